// A published listing's page links to its editor for its own office and administrators, and for nobody else.
import { cleanup, screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AssetDetailDocument, AssetViewerCanEditDocument, type ViewerUserFieldsFragment } from '../generated/graphql';
import { admin, officer, renderAt, viewerMock, viewerUser } from '../session/test-fixtures';
import { AssetPage } from './asset-page';
import { assetDetail } from './test-fixtures';

const asset = assetDetail();
const slug = asset.asset!.slug;
const listingInstitute = asset.asset!.institution;

function renderFor(user: ViewerUserFieldsFragment | null, viewerCanEdit: boolean) {
  renderAt(`/assets/${slug}`, <Route path="/assets/:slug" element={<AssetPage />} />, [
    viewerMock(user, 5),
    { request: { query: AssetDetailDocument, variables: { slug } }, result: { data: asset }, maxUsageCount: 3 },
    {
      request: { query: AssetViewerCanEditDocument, variables: { slug } },
      result: { data: { __typename: 'Query', asset: { __typename: 'Asset', id: asset.asset!.id, viewerCanEdit } } },
      maxUsageCount: 3,
    },
  ]);
}

const ownOfficer = () => viewerUser({ ...officer(), institution: { ...listingInstitute, __typename: 'Institution' } });
const otherOfficer = () =>
  viewerUser({
    ...officer(),
    institution: { __typename: 'Institution', id: 'SW5zdDo5', slug: 'other', shortName: 'OTHER', name: 'Other' },
  });

describe("a published listing's Edit link", () => {
  it('is shown to an officer of the listing’s institute, to its editor', async () => {
    renderFor(ownOfficer(), true);
    const link = within(await screen.findByTestId('office-edit-link')).findByRole('link', { name: 'Edit the listing' });
    expect((await link).getAttribute('href')).toBe(`/office/listings/${asset.asset!.id}/edit`);
  });

  it('is shown to an administrator', async () => {
    renderFor(admin(), true);
    expect(await within(await screen.findByTestId('office-edit-link')).findByRole('link')).toBeTruthy();
  });

  it("is not shown to another institute's officer, to a company member or to a visitor", async () => {
    for (const user of [otherOfficer(), viewerUser(), null]) {
      renderFor(user, false);
      await screen.findByTestId('asset-title');
      // Give the viewer's and the editing query's answers time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(screen.queryByTestId('edit-listing-link')).toBeNull();
      cleanup();
    }
  });
});
