import { fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { UnsubscribeAlertsDocument } from '../generated/members-graphql';
import { renderAt, userError, viewerMock, viewerUser } from '../session/test-fixtures';
import { UnsubscribePage } from './unsubscribe-page';

const TOKEN = '4-1-2.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

function answer(payload: { ok: boolean; savedSearchNames?: string[]; deletedCount?: number; errors?: unknown[] }) {
  return {
    request: { query: UnsubscribeAlertsDocument, variables: { token: TOKEN } },
    result: {
      data: {
        unsubscribeAlerts: {
          __typename: 'UnsubscribeAlertsPayload',
          savedSearchNames: [],
          deletedCount: 0,
          errors: [],
          ...payload,
        },
      },
    },
  };
}

const renderPage = (path: string, mocks: Parameters<typeof renderAt>[2]) =>
  renderAt(path, <Route path="/unsubscribe" element={<UnsubscribePage />} />, mocks);

describe('UnsubscribePage', () => {
  it('changes nothing on opening: it asks first, then says which alerts stopped', async () => {
    renderPage(`/unsubscribe?token=${TOKEN}`, [
      viewerMock(null),
      answer({ ok: true, savedSearchNames: ['Liquid biopsy', 'Organoids'], deletedCount: 1 }),
    ]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Stop these e-mail alerts?');
    fireEvent.click(screen.getByTestId('unsubscribe-confirm'));
    const done = await screen.findByTestId('unsubscribe-done');
    expect(done.textContent).toContain('You will receive no more alerts for “Liquid biopsy” and “Organoids”.');
    expect(done.textContent).toContain('One saved search the e-mail was about had already been deleted.');
    // Signed out: the way to manage the rest is to sign in.
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in?next=%2Fsearches');
  });

  it('says clearly when the search was deleted, and offers the saved searches to someone signed in', async () => {
    renderPage(`/unsubscribe?token=${TOKEN}`, [
      viewerMock(viewerUser()),
      answer({ ok: false, errors: [userError('SAVED_SEARCH_GONE', 'token')] }),
    ]);
    fireEvent.click(screen.getByTestId('unsubscribe-confirm'));
    expect((await screen.findByTestId('unsubscribe-message')).textContent).toBe(
      'This saved search has been deleted: it sends no more alerts.',
    );
    expect(screen.getByTestId('unsubscribe-failed').getAttribute('role')).toBe('alert');
    expect((await screen.findByTestId('unsubscribe-manage')).getAttribute('href')).toBe('/searches');
  });

  it('refuses a link that is not one', async () => {
    renderPage(`/unsubscribe?token=${TOKEN}`, [
      viewerMock(null),
      answer({ ok: false, errors: [userError('ALERT_LINK_INVALID', 'token')] }),
    ]);
    fireEvent.click(screen.getByTestId('unsubscribe-confirm'));
    expect((await screen.findByTestId('unsubscribe-message')).textContent).toMatch(/^This link is not valid/);
  });

  it('without a token, says where the link comes from', () => {
    renderPage('/unsubscribe', [viewerMock(null)]);
    expect(screen.queryByTestId('unsubscribe-confirm')).toBeNull();
    expect(screen.getByTestId('unsubscribe-message').textContent).toMatch(/needs the link of an alert e-mail/);
  });
});
