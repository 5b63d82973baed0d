import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '../generated/graphql';
import { renderAt, userError, viewerMock, viewerUser } from '../session/test-fixtures';
import { sitePageMock } from '../site-pages/site-page-mocks';
import { AcceptInvitationPage } from './accept-invitation-page';

const TOKEN = 'tok_3d6a0c1e9b';
const routes = <Route path="/invitations/accept" element={<AcceptInvitationPage />} />;

const preview = (invitation: object | null) => ({
  request: { query: InvitationPreviewDocument, variables: { token: TOKEN } },
  result: { data: { __typename: 'Query', invitation } },
});

const invitation = {
  __typename: 'InvitationPreview',
  email: 'luca.bianchi@oncopharm.demo',
  role: 'COMPANY_MEMBER',
  organisationName: 'OncoPharm S.p.A.',
  expiresAt: '2026-12-01T10:00:00.000Z',
};

function acceptMock(errors: ReturnType<typeof userError>[]) {
  const user = viewerUser({ id: 'VXNlcjoyMA', name: 'Luca Bianchi', email: 'luca.bianchi@oncopharm.demo' });
  return {
    request: {
      query: AcceptInvitationDocument,
      variables: {
        input: { token: TOKEN, name: 'Luca Bianchi', password: 'granite-harbour-42', acceptedTermsVersion: 3 },
      },
    },
    result: {
      data: {
        __typename: 'Mutation',
        acceptInvitation: {
          __typename: 'AuthPayload',
          errors,
          viewer: errors.length ? null : { __typename: 'Viewer', user },
        },
      },
    },
  };
}

async function fill() {
  fireEvent.change(screen.getByLabelText('Full name'), { target: { value: 'Luca Bianchi' } });
  fireEvent.change(screen.getByLabelText('Choose a password'), { target: { value: 'granite-harbour-42' } });
  const terms = screen.getByTestId('accept-terms') as HTMLInputElement;
  await waitFor(() => expect(terms.disabled).toBe(false));
  fireEvent.click(terms);
  fireEvent.click(screen.getByTestId('accept-invitation-submit'));
}

describe('AcceptInvitationPage', () => {
  it('shows what the invitation is for, and checks the password against the invited address', async () => {
    renderAt(`/invitations/accept?token=${TOKEN}`, routes, [
      viewerMock(null),
      preview(invitation),
      sitePageMock('TERMS'),
    ]);
    const card = await screen.findByTestId('invitation-preview');
    expect(screen.getByTestId('invitation-heading').textContent).toBe('Join OncoPharm S.p.A.');
    expect(within(card).getByTestId('invitation-organisation').textContent).toBe('OncoPharm S.p.A.');
    expect(within(card).getByTestId('invitation-role').textContent).toBe('Company member');
    expect(within(card).getByTestId('invitation-email').textContent).toBe('luca.bianchi@oncopharm.demo');
    expect(document.title).toBe('Join OncoPharm S.p.A. · TT Marketplace');

    const password = screen.getByLabelText('Choose a password');
    fireEvent.change(password, { target: { value: 'Luca.Bianchi-2026' } });
    fireEvent.blur(password);
    expect(screen.getByTestId('error-password').textContent).toBe('The password must not contain your e-mail address.');
  });

  it('creates the account, signs in and goes to the company page', async () => {
    const member = viewerUser({ id: 'VXNlcjoyMA', name: 'Luca Bianchi', email: 'luca.bianchi@oncopharm.demo' });
    renderAt(`/invitations/accept?token=${TOKEN}`, routes, [
      viewerMock(null),
      preview(invitation),
      sitePageMock('TERMS'),
      acceptMock([]),
      viewerMock(member),
    ]);
    await screen.findByTestId('invitation-preview');
    await fill();
    expect((await screen.findByTestId('other-page')).textContent).toBe('/company');
  });

  it('shows a refused link at the top of the form', async () => {
    renderAt(`/invitations/accept?token=${TOKEN}`, routes, [
      viewerMock(null),
      preview(invitation),
      sitePageMock('TERMS'),
      acceptMock([userError('INVITATION_EXPIRED', 'token')]),
    ]);
    await screen.findByTestId('invitation-preview');
    await fill();
    const summary = await screen.findByTestId('error-summary');
    expect(within(summary).getByTestId('form-error').textContent).toBe(
      'This invitation has expired. Ask the person who invited you to send a new one.',
    );
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });

  it('says when a link is no longer valid', async () => {
    renderAt(`/invitations/accept?token=${TOKEN}`, routes, [viewerMock(null), preview(null)]);
    expect((await screen.findByTestId('invitation-invalid')).textContent).toContain('This invitation cannot be used');
    expect(screen.queryByTestId('accept-invitation-form')).toBeNull();
  });
});
