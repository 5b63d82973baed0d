import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  CompaniesToApproachDocument,
  type CompaniesToApproachQuery,
  InviteCompanyToLookDocument,
} from '../generated/members-graphql';
import { renderAt, userError } from '../session/test-fixtures';
import { CompaniesToApproachPanel } from './companies-to-approach-panel';

type Candidate = CompaniesToApproachQuery['companiesToApproach'][number];
const ASSET = 'QXNzZXQ6NQ';

const reason = (fields: Partial<Candidate['reasons'][number]> & Pick<Candidate['reasons'][number], 'kind'>) => ({
  __typename: 'RecommendationReason' as const,
  requestTitle: null,
  requestSlug: null,
  sector: null,
  trl: null,
  trlMin: null,
  trlMax: null,
  term: null,
  listingTitle: null,
  listingSlug: null,
  ...fields,
});

function candidate(id: string, name: string, invitedAt: string | null, reasons: Candidate['reasons']): Candidate {
  return {
    __typename: 'RecommendedCompany',
    score: 4,
    invitedAt,
    company: {
      __typename: 'Company',
      id,
      slug: name.toLowerCase(),
      name,
      city: 'Bologna',
      country: 'IT',
      size: 'SME',
      listed: false,
    },
    reasons,
  };
}

const candidates = [
  candidate('Q29tcGFueToy', 'MediSense', null, [
    reason({ kind: 'REQUEST', requestTitle: 'Dosimetry software', requestSlug: 'dosimetry' }),
    reason({ kind: 'INTEREST', term: 'Liquid biopsy assays' }),
    reason({ kind: 'TRL_RANGE', trl: 7, trlMin: 5, trlMax: 8 }),
  ]),
  candidate('Q29tcGFueToz', 'Isotopica', '2026-11-20T10:00:00.000Z', [
    reason({ kind: 'SECTOR', sector: { __typename: 'Sector', id: 'U2VjdG9yOjQw', label: 'Radiopharmaceuticals' } }),
    reason({ kind: 'SIMILAR_TO_INTEREST', listingTitle: 'PSMA tracer', listingSlug: 'psma' }),
  ]),
];

const listMock = (list: Candidate[]) => ({
  request: { query: CompaniesToApproachDocument, variables: { assetId: ASSET, first: 6 } },
  result: { data: { __typename: 'Query', companiesToApproach: list } },
});

const render = (mocks: object[], published = true) =>
  renderAt(
    '/x',
    <Route path="/x" element={<CompaniesToApproachPanel assetId={ASSET} published={published} />} />,
    mocks as never[],
  );

describe('Companies to approach', () => {
  it('shows each company with its reasons in words, and when it was invited', async () => {
    render([listMock(candidates)]);
    const rows = await screen.findAllByTestId('company-to-approach');
    expect(rows).toHaveLength(2);
    const first = rows[0]!.textContent;
    expect(first).toContain('MediSense');
    expect(first).toContain('Not in the public directory');
    expect(first).toContain('Its request «Dosimetry software» matches this listing');
    expect(first).toContain('Interested in «Liquid biopsy assays»');
    expect(first).toContain('Takes on TRL 5–8; this listing is at TRL 7');
    expect(within(rows[0]!).getByTestId('invite')).toBeTruthy();
    expect(rows[1]!.textContent).toContain('Works in Radiopharmaceuticals');
    expect(rows[1]!.textContent).toContain('Showed interest in «PSMA tracer», a related listing of the institute');
    expect(within(rows[1]!).getByTestId('invited-at').textContent).toMatch(/^Invited on /);
    expect(within(rows[1]!).queryByTestId('invite')).toBeNull();
  });

  it('invites a company with a note, and says what the API refused', async () => {
    const input = { assetId: ASSET, companyId: 'Q29tcGFueToy', message: 'It matches your request.' };
    render([
      listMock(candidates),
      {
        request: { query: InviteCompanyToLookDocument, variables: { input } },
        result: {
          data: {
            __typename: 'Mutation',
            inviteCompanyToLook: {
              __typename: 'InviteCompanyToLookPayload',
              invitation: null,
              errors: [userError('ALREADY_INVITED_TO_LOOK', 'companyId', { days: 30 })],
            },
          },
        },
      },
      {
        request: { query: InviteCompanyToLookDocument, variables: { input } },
        result: {
          data: {
            __typename: 'Mutation',
            inviteCompanyToLook: {
              __typename: 'InviteCompanyToLookPayload',
              invitation: { __typename: 'ListingInvitation', invitedAt: '2026-12-02T10:00:00.000Z', recipientCount: 2 },
              errors: [],
            },
          },
        },
      },
      listMock([{ ...candidates[0]!, invitedAt: '2026-12-02T10:00:00.000Z' }, candidates[1]!]),
    ]);
    const [row] = await screen.findAllByTestId('company-to-approach');
    fireEvent.click(within(row!).getByTestId('invite'));
    fireEvent.change(within(row!).getByTestId('invite-message'), { target: { value: 'It matches your request.' } });
    fireEvent.click(within(row!).getByTestId('invite-send'));
    expect(await within(row!).findByRole('alert')).toBeTruthy();
    expect(within(row!).getByRole('alert').textContent).toContain('in the last 30 days');
    fireEvent.click(within(row!).getByTestId('invite-send'));
    expect(await within(row!).findByText('Invitation sent to 2 people.')).toBeTruthy();
    await waitFor(() => expect(within(row!).getByTestId('invited-at')).toBeTruthy());
  });

  it('shows nothing to a viewer the API refuses, and says so for a listing not published', async () => {
    const refused = render([
      {
        request: { query: CompaniesToApproachDocument, variables: { assetId: ASSET, first: 6 } },
        result: {
          errors: [
            new GraphQLError('Forbidden', {
              extensions: { code: 'COMPANIES_TO_APPROACH_OFFICE_ONLY', category: 'FORBIDDEN' },
            }),
          ],
        },
      },
    ]);
    await waitFor(() => expect(screen.queryByTestId('companies-to-approach')).toBeNull());
    refused.unmount();
    render([], false);
    expect((await screen.findByTestId('companies-to-approach')).textContent).toContain(
      'Companies can be approached once the listing is published.',
    );
  });

  it('says when the list is empty', async () => {
    render([listMock([])]);
    expect(await screen.findByText('No company matches this listing yet.')).toBeTruthy();
  });
});
