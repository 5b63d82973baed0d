import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SignUpDocument } from '../generated/graphql';
import { renderAt, userError, viewerMock, viewerUser } from '../session/test-fixtures';
import { sitePageMock } from '../site-pages/site-page-mocks';
import { SignUpPage } from './sign-up-page';

const signUpRoute = <Route path="/sign-up" element={<SignUpPage />} />;

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(input(label), { target: { value } });

function fillValidForm() {
  type('Full name', 'Marta Rinaldi');
  type('Work e-mail address', 'marta@biotech.example');
  type('Password', 'granite-harbour-42');
  type('Company name', 'Biotech Example S.r.l.');
  type('Country', 'IT');
  type('Size', 'STARTUP');
  type('Website (optional)', 'https://biotech.example');
}

/** Ticks "I accept the terms of use" once the terms' version is there (the box is disabled until then). */
async function acceptTerms() {
  const box = screen.getByTestId('accept-terms') as HTMLInputElement;
  await waitFor(() => expect(box.disabled).toBe(false));
  fireEvent.click(box);
}

const expectedInput = {
  name: 'Marta Rinaldi',
  email: 'marta@biotech.example',
  password: 'granite-harbour-42',
  company: {
    name: 'Biotech Example S.r.l.',
    country: 'IT',
    size: 'STARTUP',
    website: 'https://biotech.example',
    description: null,
  },
  acceptedTermsVersion: 3,
};

function signUpMock(errors: ReturnType<typeof userError>[], user = viewerUser()) {
  return {
    request: { query: SignUpDocument, variables: { input: expectedInput } },
    result: {
      data: {
        __typename: 'Mutation',
        signUp: {
          __typename: 'AuthPayload',
          errors,
          viewer: errors.length ? null : { __typename: 'Viewer', user },
        },
      },
    },
  };
}

describe('SignUpPage', () => {
  it('validates as the user types, once a field has been left', async () => {
    renderAt('/sign-up', signUpRoute, [viewerMock(null), sitePageMock('TERMS')]);
    expect(await screen.findByTestId('join-note')).toBeTruthy();
    expect(document.title).toBe('Create a company account · TT Marketplace');

    // The password gets live feedback from the first key; errors wait until the field is left.
    type('Work e-mail address', 'marta.rinaldi@biotech.example');
    type('Password', 'short');
    expect(screen.getByTestId('password-strength').textContent).toBe('Strength: weak');
    expect(screen.queryByTestId('error-password')).toBeNull();
    fireEvent.blur(input('Password'));
    expect(screen.getByTestId('error-password').textContent).toBe('Use at least 10 characters.');
    expect(input('Password').getAttribute('aria-invalid')).toBe('true');

    // From then on the error follows what is typed.
    type('Password', 'password123');
    expect(screen.getByTestId('error-password').textContent).toBe(
      'This password is too common; choose one that is hard to guess.',
    );
    type('Password', 'marta.rinaldi-2026!');
    expect(screen.getByTestId('error-password').textContent).toBe('The password must not contain your e-mail address.');
    type('Password', 'granite-harbour-42');
    expect(screen.queryByTestId('error-password')).toBeNull();
    expect(input('Password').getAttribute('aria-invalid')).toBeNull();
    const rules = within(screen.getByTestId('password-feedback')).getAllByRole('listitem');
    expect(rules.map((rule) => rule.getAttribute('data-met'))).toEqual(['true', 'true', 'true']);

    // Untouched fields stay quiet until the first submit, which lists every problem.
    expect(screen.queryByTestId('error-company.name')).toBeNull();
    type('Website (optional)', 'biotech.example');
    fireEvent.blur(input('Website (optional)'));
    expect(screen.getByTestId('error-company.website').textContent).toBe('Enter a web address starting with https://');
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    const summary = await screen.findByTestId('error-summary');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Full name: Enter your full name.',
      'Company name: Enter your company’s name.',
      'Country: Choose the country.',
      'Size: Choose a size.',
      'Website: Enter a web address starting with https://',
      'Terms of use: Please read and accept the terms of use to create an account.',
    ]);
    fireEvent.click(links[1]!);
    expect(document.activeElement).toBe(input('Company name'));
  });

  it('puts the server’s field errors under the fields they name, and the others at the top', async () => {
    renderAt('/sign-up', signUpRoute, [
      viewerMock(null),
      sitePageMock('TERMS'),
      signUpMock([
        userError('EMAIL_TAKEN', 'email'),
        userError('WEBSITE_INVALID', 'company.website'),
        userError('COMPANY_DETAILS_REQUIRED', 'company'),
      ]),
    ]);
    await screen.findByTestId('join-note');
    fillValidForm();
    await acceptTerms();
    fireEvent.click(screen.getByTestId('sign-up-submit'));

    expect((await screen.findByTestId('error-email')).textContent).toBe(
      'An account with this e-mail already exists. Log in or reset your password.',
    );
    expect(input('Work e-mail address').getAttribute('aria-invalid')).toBe('true');
    expect(input('Work e-mail address').getAttribute('aria-describedby')).toContain(
      screen.getByTestId('error-email').id,
    );
    expect(screen.getByTestId('error-company.website').textContent).toBe('Enter a web address starting with https://');
    const summary = screen.getByTestId('error-summary');
    expect(within(summary).getByTestId('form-error').textContent).toBe('Give your company’s name, country and size.');
    await waitFor(() => expect(document.activeElement).toBe(summary));

    // A new value is the user's answer to the server's error: it goes away.
    type('Work e-mail address', 'marta@other.example');
    expect(screen.queryByTestId('error-email')).toBeNull();
  });

  it('creates the account and goes to the company page', async () => {
    const user = viewerUser({ name: 'Marta Rinaldi', email: 'marta@biotech.example', emailVerified: false });
    renderAt('/sign-up', signUpRoute, [
      viewerMock(null),
      sitePageMock('TERMS'),
      signUpMock([], user),
      viewerMock(user),
    ]);
    await screen.findByTestId('join-note');
    fillValidForm();
    await acceptTerms();
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect((await screen.findByTestId('other-page')).textContent).toBe('/company');
  });

  it('asks for the terms of use, linked, and sends the version shown; refuses a changed version at the box', async () => {
    renderAt('/sign-up', signUpRoute, [
      viewerMock(null),
      sitePageMock('TERMS'),
      signUpMock([userError('TERMS_CHANGED', 'acceptedTermsVersion')]),
      sitePageMock('TERMS', 4),
      {
        ...signUpMock([userError('EMAIL_TAKEN', 'email')]),
        request: { query: SignUpDocument, variables: { input: { ...expectedInput, acceptedTermsVersion: 4 } } },
      },
    ]);
    await screen.findByTestId('join-note');
    expect(screen.getByTestId('terms-link').getAttribute('href')).toBe('/terms');
    const box = screen.getByTestId('accept-terms') as HTMLInputElement;
    expect(box.required).toBe(true);
    fillValidForm();
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect((await screen.findByTestId('error-acceptedTermsVersion')).textContent).toBe(
      'Please read and accept the terms of use to create an account.',
    );
    await acceptTerms();
    expect(screen.queryByTestId('error-acceptedTermsVersion')).toBeNull();
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect((await screen.findByTestId('error-acceptedTermsVersion')).textContent).toBe(
      'The terms of use have just changed: please read them again and accept the current version.',
    );
    // The box is unticked and the current terms are read again: ticking it accepts those (version 4).
    expect(box.checked).toBe(false);
    await waitFor(() => expect(box.dataset.version).toBe('4'));
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.click(box);
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect((await screen.findByTestId('error-email')).textContent).toBe(
      'An account with this e-mail already exists. Log in or reset your password.',
    );
  });
});
