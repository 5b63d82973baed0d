import { fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MyCompanyContactPreferencesDocument, SetCompanyContactPreferencesDocument } from '../generated/graphql';
import { renderAt } from '../session/test-fixtures';
import { ContactPreferencesPanel } from './contact-preferences-panel';

const preferences = (people: { userId: string; email: string | null; phone: string | null }[], note = '') => ({
  __typename: 'CompanyContactPreferences' as const,
  note,
  noteLanguage: 'EN' as const,
  people: people.map((person) => ({ __typename: 'CompanyContactPerson' as const, ...person })),
});

const mineMock = {
  request: { query: MyCompanyContactPreferencesDocument },
  result: {
    data: {
      __typename: 'Query',
      viewer: {
        __typename: 'Viewer',
        user: {
          __typename: 'User',
          id: 'VXNlcjo3',
          company: {
            __typename: 'Company',
            id: 'Q29tcGFueTox',
            members: [
              {
                __typename: 'User',
                id: 'VXNlcjo3',
                name: 'Giulia Conti',
                email: 'buyer@oncopharm.demo',
                disabled: false,
              },
              {
                __typename: 'User',
                id: 'VXNlcjo4',
                name: 'Paolo Neri',
                email: 'p.neri@oncopharm.demo',
                disabled: false,
              },
            ],
            contactPreferences: preferences([{ userId: 'VXNlcjo3', email: 'buyer@oncopharm.demo', phone: null }]),
          },
        },
      },
    },
  },
};

describe('ContactPreferencesPanel', () => {
  it('says who may be contacted and how, and saves it', async () => {
    renderAt('/company', <Route path="/company" element={<ContactPreferencesPanel />} />, [
      mineMock,
      {
        request: {
          query: SetCompanyContactPreferencesDocument,
          variables: {
            input: {
              note: 'Mornings are best.',
              people: [
                { userId: 'VXNlcjo3', byEmail: true, phone: null },
                { userId: 'VXNlcjo4', byEmail: false, phone: '+39 02 555 0100' },
              ],
            },
          },
        },
        result: {
          data: {
            __typename: 'Mutation',
            setCompanyContactPreferences: {
              __typename: 'CompanyPayload',
              company: {
                __typename: 'Company',
                id: 'Q29tcGFueTox',
                contactPreferences: preferences(
                  [
                    { userId: 'VXNlcjo3', email: 'buyer@oncopharm.demo', phone: null },
                    { userId: 'VXNlcjo4', email: null, phone: '+39 02 555 0100' },
                  ],
                  'Mornings are best.',
                ),
              },
              errors: [],
            },
          },
        },
      },
    ]);
    const people = await screen.findAllByTestId('contact-person');
    expect(people).toHaveLength(2);
    expect((screen.getAllByTestId('contact-person-email')[0] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getAllByTestId('contact-person-phone')[1]!);
    fireEvent.change(screen.getByTestId('contact-person-phone-number'), { target: { value: '+39 02 555 0100' } });
    fireEvent.change(screen.getByTestId('contact-preferences-note'), { target: { value: 'Mornings are best.' } });
    fireEvent.click(screen.getByTestId('contact-preferences-save'));
    expect((await screen.findByText('Saved.')).textContent).toBe('Saved.');
  });
});
