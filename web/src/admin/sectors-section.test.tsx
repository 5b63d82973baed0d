import { fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  RetireSectorDocument,
  type SectorAdminFieldsFragment,
  SectorsAdminDocument,
} from '../generated/members-graphql';
import { admin, renderAt, userError, viewerMock } from '../session/test-fixtures';
import { SectorsSection } from './sectors-section';

function sector(
  id: string,
  labelEn: string,
  labelIt: string,
  overrides: Partial<SectorAdminFieldsFragment> = {},
): SectorAdminFieldsFragment {
  return {
    __typename: 'Sector',
    id,
    slug: labelEn.toLowerCase().replace(/\W+/g, '-'),
    kind: 'SECTOR',
    labelEn,
    labelIt,
    position: 0,
    retiredAt: null,
    parent: null,
    replacedBy: null,
    usage: { __typename: 'SectorUsage', listings: 0, companies: 0, requests: 0, savedSearches: 0, children: 0 },
    ...overrides,
  };
}

const usage = (listings: number, companies: number, requests: number, children = 0) => ({
  __typename: 'SectorUsage' as const,
  listings,
  companies,
  requests,
  savedSearches: 0,
  children,
});
const diagnostics = sector('S1', 'Diagnostics', 'Diagnostica', { usage: usage(4, 1, 0, 2) });
const biopsy = sector('S2', 'Liquid biopsy', 'Biopsia liquida', {
  parent: { __typename: 'Sector', id: 'S1' },
  position: 1,
  usage: usage(12, 3, 1),
});
const genomics = sector('S3', 'Genomic testing', 'Test genomici', {
  parent: { __typename: 'Sector', id: 'S1' },
  position: 2,
});
const retired = sector('S4', 'Old imaging', 'Vecchio imaging', {
  retiredAt: '2026-11-02T10:00:00.000Z',
  replacedBy: { __typename: 'Sector', id: 'S3', labelEn: 'Genomic testing', labelIt: 'Test genomici' },
});

const listMock = (sectors: SectorAdminFieldsFragment[]) => ({
  request: { query: SectorsAdminDocument },
  result: { data: { __typename: 'Query', sectors } },
});

function renderSection(mocks: object[]) {
  renderAt('/admin/sectors', <Route path="/admin/sectors" element={<SectorsSection />} />, [
    viewerMock(admin(), 5),
    ...(mocks as never[]),
  ]);
}

describe('SectorsSection', () => {
  it('shows the tree with what uses each term, and the retired terms with their replacement', async () => {
    renderSection([listMock([diagnostics, biopsy, genomics, retired])]);
    const nodes = await screen.findAllByTestId('sector-node');
    expect(nodes.map((node) => node.querySelector('.sector-node__label')?.textContent)).toEqual([
      'Diagnostics',
      'Liquid biopsy',
      'Genomic testing',
    ]);
    expect(within(nodes[1]!).getAllByTestId('sector-usage')[0]!.textContent).toBe(
      '12 listings · 3 companies · 1 request',
    );
    expect(within(nodes[2]!).getAllByTestId('sector-usage')[0]!.textContent).toBe('Not used yet');
    expect(screen.getByTestId('retired-sectors').textContent).toMatch(/Old imaging.*replaced by Genomic testing/);
  });

  it('retires a term into a replacement outside its own subtree, previewing what moves, and shows a refusal', async () => {
    renderSection([
      listMock([diagnostics, biopsy, genomics]),
      {
        request: { query: RetireSectorDocument, variables: { input: { id: 'S2', replacementId: 'S3' } } },
        result: {
          data: {
            __typename: 'Mutation',
            retireSector: {
              __typename: 'SectorPayload',
              sector: null,
              errors: [userError('SECTOR_REPLACEMENT_RETIRED', 'replacementId')],
            },
          },
        },
      },
    ]);
    const nodes = await screen.findAllByTestId('sector-node');
    fireEvent.click(within(nodes[1]!).getAllByTestId('sector-retire')[0]!);
    const form = screen.getByTestId('retire-sector-form');
    const select = within(form).getByRole('combobox') as HTMLSelectElement;
    // Not itself; Diagnostics is its parent (allowed), Genomic testing a sibling.
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Choose a term',
      'Diagnostics',
      'Genomic testing',
    ]);
    fireEvent.change(select, { target: { value: 'S3' } });
    expect(within(form).getByTestId('retire-preview').textContent).toBe(
      '12 listings · 3 companies · 1 request will move to Genomic testing.',
    );
    fireEvent.click(within(form).getByTestId('confirm-retire-sector'));
    expect(await within(form).findByText('Choose a replacement that is still in use.')).toBeTruthy();
  });

  it('does not offer retiring a term with terms in use under it', async () => {
    renderSection([listMock([diagnostics, biopsy, genomics])]);
    const nodes = await screen.findAllByTestId('sector-node');
    fireEvent.click(within(nodes[0]!).getAllByTestId('sector-retire')[0]!);
    const form = screen.getByTestId('retire-sector-form');
    expect(within(form).getByTestId('retire-blocked').textContent).toBe(
      '2 terms are still under it: retire them first.',
    );
    expect(within(form).queryByTestId('confirm-retire-sector')).toBeNull();
  });
});
