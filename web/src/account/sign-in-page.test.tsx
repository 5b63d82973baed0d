import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LogInDocument, SignInAssetDocument, type ViewerUserFieldsFragment } from '../generated/graphql';
import { renderAt, userError, viewerMock, viewerUser, where } from '../session/test-fixtures';
import { SignInPage } from './sign-in-page';

const signInRoute = <Route path="/sign-in" element={<SignInPage />} />;

function logInMock(result: { errors?: ReturnType<typeof userError>[]; user?: ViewerUserFieldsFragment }) {
  return {
    request: {
      query: LogInDocument,
      variables: { input: { email: 'buyer@oncopharm.demo', password: 'tt-demo-2026' } },
    },
    result: {
      data: {
        __typename: 'Mutation' as const,
        logIn: {
          __typename: 'AuthPayload' as const,
          errors: result.errors ?? [],
          viewer: result.user ? { __typename: 'Viewer' as const, user: result.user } : null,
        },
      },
    },
  };
}

const assetMock = {
  request: { query: SignInAssetDocument, variables: { slug: 'int-urinary-rna-prostate-test' } },
  result: {
    data: {
      __typename: 'Query',
      asset: {
        __typename: 'Asset',
        id: 'QXNzZXQ6Mjc',
        slug: 'int-urinary-rna-prostate-test',
        title: 'Urinary RNA test for clinically significant prostate cancer',
        institution: { __typename: 'Institution', id: 'SW5zdDoy', shortName: 'INT' },
      },
    },
  },
  maxUsageCount: 2,
};

async function fillAndSubmit() {
  fireEvent.change(await screen.findByLabelText('E-mail address'), { target: { value: 'buyer@oncopharm.demo' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'tt-demo-2026' } });
  fireEvent.click(screen.getByTestId('sign-in-submit'));
}

describe('SignInPage', () => {
  it('takes the keyboard from the e-mail to the password, then to “Forgot your password?”', async () => {
    renderAt('/sign-in', signInRoute, [viewerMock(null)]);
    const email = await screen.findByLabelText('E-mail address');
    const password = screen.getByLabelText('Password');
    const forgot = screen.getByTestId('forgot-password-link');
    const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(email, password)).toBe(true);
    expect(follows(password, forgot)).toBe(true);
  });

  it('says what signing in is for, then shows the server’s error at the top and keeps the visitor here', async () => {
    renderAt('/sign-in?next=/assets/int-urinary-rna-prostate-test', signInRoute, [
      viewerMock(null),
      assetMock,
      logInMock({ errors: [userError('INVALID_CREDENTIALS')] }),
    ]);
    expect((await screen.findByTestId('sign-in-context')).textContent).toContain(
      'Urinary RNA test for clinically significant prostate cancer',
    );
    expect(document.title).toBe('Sign in · TT Marketplace');

    await fillAndSubmit();
    const summary = await screen.findByTestId('error-summary');
    expect(within(summary).getByTestId('form-error').textContent).toBe('The e-mail or the password is not correct.');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(where.pathname).toBe('/sign-in');
    expect((screen.getByTestId('sign-in-submit') as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows "too many attempts" as the server words it', async () => {
    renderAt('/sign-in', signInRoute, [
      viewerMock(null),
      logInMock({ errors: [userError('TOO_MANY_ATTEMPTS', null, { retryAfter: 720 })] }),
    ]);
    await fillAndSubmit();
    expect((await screen.findByTestId('form-error')).textContent).toBe('Too many attempts. Try again in 12 minutes.');
  });

  it('checks the fields before sending: after leaving a field, and on submit', async () => {
    renderAt('/sign-in', signInRoute, [viewerMock(null)]);
    const email = await screen.findByLabelText('E-mail address');
    fireEvent.change(email, { target: { value: 'not-an-address' } });
    expect(screen.queryByTestId('error-email')).toBeNull();
    fireEvent.blur(email);
    expect(screen.getByTestId('error-email').textContent).toBe('Enter an e-mail address like name@example.com.');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(screen.getByTestId('error-email').id);

    fireEvent.click(screen.getByTestId('sign-in-submit'));
    expect((await screen.findByTestId('error-password')).textContent).toBe('Enter your password.');
    expect(within(screen.getByTestId('error-summary')).getAllByRole('link')).toHaveLength(2);
  });

  it('signs in, fetches the viewer again and goes to `next`', async () => {
    const user = viewerUser();
    renderAt('/sign-in?next=%2Fassets%2Fint-urinary-rna-prostate-test', signInRoute, [
      viewerMock(null),
      assetMock,
      logInMock({ user }),
      viewerMock(user),
    ]);
    await fillAndSubmit();
    expect((await screen.findByTestId('other-page')).textContent).toBe('/assets/int-urinary-rna-prostate-test');
  });

  it('never follows `next` to another site: it goes to the role’s start page instead', async () => {
    const user = viewerUser();
    renderAt('/sign-in?next=//evil.example/phish', signInRoute, [
      viewerMock(null),
      logInMock({ user }),
      viewerMock(user),
    ]);
    await fillAndSubmit();
    // A company member's start page is the catalogue (role-navigation.ts).
    expect((await screen.findByTestId('other-page')).textContent).toBe('/');
  });
});
