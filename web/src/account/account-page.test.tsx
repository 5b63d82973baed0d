import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AccountSettingsDocument, RevokeSessionDocument, type SessionFieldsFragment } from '../generated/graphql';
import { renderAt, viewerUser } from '../session/test-fixtures';
import { AccountPage } from './account-page';

function session(id: string, current: boolean): SessionFieldsFragment {
  return {
    __typename: 'SessionInfo',
    id,
    current,
    userAgent: current ? 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' : 'Mozilla/5.0 (iPhone) Safari/605.1',
    ip: '192.0.2.1',
    createdAt: '2026-11-30T09:00:00.000Z',
    lastSeenAt: '2026-12-01T09:00:00.000Z',
  };
}

describe('AccountPage', () => {
  it('drops a signed-out browser from the list without asking for the list again', async () => {
    const settings = {
      request: { query: AccountSettingsDocument },
      result: {
        data: {
          __typename: 'Query' as const,
          viewer: {
            __typename: 'Viewer' as const,
            user: { ...viewerUser(), phone: null },
            sessions: [session('U2Vzc2lvbjox', true), session('U2Vzc2lvbjoy', false)],
          },
        },
      },
      // Answered once: a second request for the list would fail the page.
      maxUsageCount: 1,
    };
    const revoke = {
      request: { query: RevokeSessionDocument, variables: { input: { id: 'U2Vzc2lvbjoy' } } },
      result: { data: { revokeSession: { __typename: 'OkPayload', ok: true, errors: [] } } },
    };
    renderAt('/account', <Route path="/account" element={<AccountPage />} />, [settings, revoke]);

    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('revoke-session'));
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(1));
    expect(screen.getByTestId('this-browser')).toBeTruthy();
    expect(screen.queryByTestId('error-state')).toBeNull();
  });
});
