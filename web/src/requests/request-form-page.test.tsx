import { fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CatalogueTaxonomyDocument } from '../generated/graphql';
import { PublishTechnologyRequestDocument } from '../generated/members-graphql';
import { renderAt, userError, where } from '../session/test-fixtures';
import { RequestFormPage } from './request-form-page';
import { inDays } from './test-fixtures';

const optionsMock = {
  request: { query: CatalogueTaxonomyDocument },
  result: {
    data: {
      __typename: 'Query' as const,
      sectors: [
        {
          __typename: 'Sector' as const,
          id: 'U2VjOjc',
          slug: 'diagnostics',
          kind: 'SECTOR' as const,
          labelEn: 'Diagnostics',
          labelIt: 'Diagnostica',
          position: 7,
          parent: null,
        },
        {
          __typename: 'Sector' as const,
          id: 'U2VjOjk',
          slug: 'liquid-biopsy',
          kind: 'SECTOR' as const,
          labelEn: 'Liquid biopsy',
          labelIt: 'Biopsia liquida',
          position: 8,
          parent: { __typename: 'Sector' as const, id: 'U2VjOjc', slug: 'diagnostics' },
        },
      ],
      institutions: [],
    },
  },
};

const TITLE = 'Liquid biopsy assay for colorectal cancer';
const DESCRIPTION =
  'We are looking for a validated cfDNA methylation assay that detects colorectal cancer at stage I–II.';

function input(deadline: string) {
  return {
    title: TITLE,
    description: DESCRIPTION,
    motivation: null,
    sectorIds: ['U2VjOjk'],
    trlMin: 3,
    trlMax: 6,
    partneringModels: ['CO_DEVELOPMENT'],
    budgetBand: null,
    deadline,
    visibility: 'OFFICES',
  };
}

describe('RequestFormPage (publishing a request)', () => {
  it('says what is missing before sending, then publishes and opens the new request', async () => {
    const deadline = inDays(90);
    renderAt('/requests/new', <Route path="/requests/new" element={<RequestFormPage />} />, [
      optionsMock,
      {
        request: { query: PublishTechnologyRequestDocument, variables: { input: input(deadline) } },
        result: {
          data: {
            __typename: 'Mutation',
            publishTechnologyRequest: {
              __typename: 'TechnologyRequestPayload',
              technologyRequest: {
                __typename: 'TechnologyRequest',
                id: 'VGVjaG5vbG9neVJlcXVlc3Q6Nw',
                slug: 'liquid-biopsy-assay-for-colorectal-cancer',
              },
              errors: [],
            },
          },
        },
      },
    ]);
    const form = await screen.findByTestId('request-form');
    fireEvent.click(within(form).getByTestId('save-request'));
    const summary = await screen.findByTestId('error-summary');
    for (const text of [
      'The title is required.',
      'The description is required.',
      'Choose at least one sector or therapeutic area.',
      'Choose at least one way to partner',
    ]) {
      expect(summary.textContent).toContain(text);
    }

    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: TITLE } });
    fireEvent.change(within(form).getByLabelText('What you are looking for'), { target: { value: DESCRIPTION } });
    fireEvent.click(within(form).getByLabelText('Liquid biopsy'));
    fireEvent.click(within(form).getByLabelText('Co-development'));
    fireEvent.click(within(form).getByTestId('visibility-offices'));
    expect((within(form).getByTestId('deadline') as HTMLInputElement).value).toBe(deadline);
    fireEvent.click(within(form).getByTestId('save-request'));
    await screen.findByTestId('other-page');
    expect(where.pathname).toBe('/requests/liquid-biopsy-assay-for-colorectal-cancer');
  });

  it('shows the server’s answer under the field it names', async () => {
    const deadline = inDays(90);
    renderAt('/requests/new', <Route path="/requests/new" element={<RequestFormPage />} />, [
      optionsMock,
      {
        request: {
          query: PublishTechnologyRequestDocument,
          variables: { input: { ...input(deadline), visibility: 'PUBLIC' } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            publishTechnologyRequest: {
              __typename: 'TechnologyRequestPayload',
              technologyRequest: null,
              errors: [userError('SECTOR_UNKNOWN', 'sectorIds.0')],
            },
          },
        },
      },
    ]);
    const form = await screen.findByTestId('request-form');
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: TITLE } });
    fireEvent.change(within(form).getByLabelText('What you are looking for'), { target: { value: DESCRIPTION } });
    fireEvent.click(within(form).getByLabelText('Liquid biopsy'));
    fireEvent.click(within(form).getByLabelText('Co-development'));
    fireEvent.click(within(form).getByTestId('save-request'));
    expect((await screen.findByTestId('error-summary')).textContent).toContain('Choose sectors from the taxonomy.');
  });
});
