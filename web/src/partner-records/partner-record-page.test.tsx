import { fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  AddPartnerContactDocument,
  PartnerRecordDocument,
  UpdatePartnerRecordDocument,
} from '../generated/members-graphql';
import { officer, renderAt, userError, viewerMock } from '../session/test-fixtures';
import { PartnerRecordPage } from './partner-record-page';
import { fullRecord, ONCOPHARM_ID, ownersMock } from './test-fixtures';

const recordMock = (record: ReturnType<typeof fullRecord> | null) => ({
  request: { query: PartnerRecordDocument, variables: { companyId: ONCOPHARM_ID, institutionId: null } },
  result: { data: { __typename: 'Query', partnerRelationship: record } },
});

function renderRecord(mocks: object[]) {
  renderAt(
    `/office/partners/${ONCOPHARM_ID}`,
    <Route path="/office/partners/:companyId" element={<PartnerRecordPage />} />,
    [viewerMock(officer(), 5), ownersMock, ...(mocks as never[])],
  );
}

describe('PartnerRecordPage', () => {
  it("shows the relationship, the contacts, the company's contact preferences and the history with links", async () => {
    renderRecord([recordMock(fullRecord())]);
    expect((await screen.findByTestId('partner-record-name')).textContent).toBe('OncoPharm S.p.A.');
    expect((screen.getByTestId('partner-record-status') as HTMLSelectElement).value).toBe('PARTNER');
    expect((screen.getByTestId('partner-record-notes') as HTMLTextAreaElement).value).toBe(
      'Quarterly portfolio review.',
    );
    expect(within(screen.getByTestId('partner-contacts')).getByTestId('partner-contact').textContent).toContain(
      'Laura Bianchi',
    );
    const preferences = screen.getByTestId('partner-preferences');
    expect(preferences.textContent).toContain('Write to our external-innovation team first.');
    expect(preferences.textContent).toContain('buyer@oncopharm.demo');
    const history = screen.getByTestId('partner-history');
    expect(history.textContent).toContain('7 expressions of interest');
    expect(history.textContent).toContain('1 agreement');
    expect(within(history).getByTestId('partner-history-eoi').getAttribute('href')).toBe(
      '/triage/RXhwcmVzc2lvbk9mSW50ZXJlc3Q6MQ',
    );
    expect(within(history).getByTestId('partner-history-agreement').getAttribute('href')).toBe(
      '/office/agreements/QWdyZWVtZW50OjE',
    );
  });

  it('saves the relationship and says so', async () => {
    renderRecord([
      recordMock(fullRecord()),
      {
        request: {
          query: UpdatePartnerRecordDocument,
          variables: {
            input: {
              id: fullRecord().id,
              status: 'FORMER_PARTNER',
              ownerId: 'VXNlcjoy',
              notes: 'Quarterly portfolio review.',
            },
          },
        },
        result: {
          data: {
            __typename: 'Mutation',
            updatePartnerRelationship: {
              __typename: 'PartnerRelationshipPayload',
              partnerRelationship: fullRecord({ status: 'FORMER_PARTNER' }),
              errors: [],
            },
          },
        },
      },
    ]);
    await screen.findByTestId('partner-record-form');
    fireEvent.change(screen.getByTestId('partner-record-status'), { target: { value: 'FORMER_PARTNER' } });
    await screen.findByRole('option', { name: 'Marco Rinaldi' });
    fireEvent.change(screen.getByTestId('partner-record-owner'), { target: { value: 'VXNlcjoy' } });
    fireEvent.click(screen.getByTestId('partner-record-save'));
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it("adds a contact and shows the API's objection in the reader's words", async () => {
    renderRecord([
      recordMock(fullRecord()),
      {
        request: {
          query: AddPartnerContactDocument,
          variables: {
            input: {
              relationshipId: fullRecord().id,
              contact: { name: 'Ada', role: '', email: 'nope', phone: '', notes: '' },
            },
          },
        },
        result: {
          data: {
            __typename: 'Mutation',
            addPartnerContact: {
              __typename: 'PartnerRelationshipPayload',
              partnerRelationship: null,
              errors: [userError('PARTNER_CONTACT_EMAIL_INVALID', 'contact.email')],
            },
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('partner-contact-add'));
    fireEvent.click(screen.getByTestId('partner-contact-save'));
    expect((await screen.findByTestId('partner-contact-problem')).textContent).toBe("Enter the contact's name.");
    fireEvent.change(screen.getByTestId('partner-contact-name'), { target: { value: 'Ada' } });
    fireEvent.change(screen.getByTestId('partner-contact-email'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByTestId('partner-contact-save'));
    expect(await screen.findByText('Enter a valid e-mail address.')).toBeTruthy();
  });

  it('says when the office keeps no record of the company', async () => {
    renderRecord([recordMock(null)]);
    expect(await screen.findByText('No partner record')).toBeTruthy();
  });
});
