import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../apollo/cache';
import { AssetDetailDocument, type AssetDetailQuery, AssetViewerCanEditDocument } from '../generated/graphql';
import { activateLocale } from '../i18n/i18n';
import { AssetPage } from './asset-page';
import { assetDetail } from './test-fixtures';

function LocationProbe() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

function renderAsset(slug: string, data: AssetDetailQuery, viewerCanEdit = false) {
  const id = data.asset?.id ?? '';
  render(
    <MockedProvider
      mocks={[
        { request: { query: AssetDetailDocument, variables: { slug } }, result: { data } },
        {
          request: { query: AssetViewerCanEditDocument, variables: { slug } },
          result: { data: { __typename: 'Query', asset: { __typename: 'Asset', id, viewerCanEdit } } },
        },
      ]}
      cache={createCache()}
      mockLinkDefaultOptions={{ delay: 0 }}
    >
      <MemoryRouter initialEntries={[`/assets/${slug}`]}>
        <Routes>
          <Route path="/assets/:slug" element={<AssetPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('AssetPage', () => {
  it('a former slug shows the listing at its current address', async () => {
    const current = assetDetail();
    render(
      <MockedProvider
        mocks={[
          { request: { query: AssetDetailDocument, variables: { slug: 'old-title' } }, result: { data: current } },
          {
            request: { query: AssetDetailDocument, variables: { slug: 'int-urinary-rna-prostate-test' } },
            result: { data: current },
          },
        ]}
        cache={createCache()}
        mockLinkDefaultOptions={{ delay: 0 }}
      >
        <MemoryRouter initialEntries={['/assets/old-title']}>
          <Routes>
            <Route path="/assets/:slug" element={<AssetPage />} />
            <Route path="*" element={null} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </MockedProvider>,
    );
    await screen.findByTestId('asset-title');
    expect(screen.getByTestId('location').textContent).toBe('/assets/int-urinary-rna-prostate-test');
    expect(screen.queryByTestId('unpublished-banner')).toBeNull();
  });

  it('the office sees that a draft is not public, with a link to its editor', async () => {
    renderAsset('int-urinary-rna-prostate-test', assetDetail({ status: 'DRAFT', relatedAssets: [] }), true);
    const banner = await screen.findByTestId('unpublished-banner');
    expect(banner.textContent).toContain('only the office sees this listing');
    // The viewer's part arrives apart from the listing.
    expect((await within(banner).findByRole('link')).getAttribute('href')).toBe('/office/listings/QXNzZXQ6Mjc/edit');
  });

  it('shows what a buyer looks for, with patents linked to Espacenet', async () => {
    renderAsset('int-urinary-rna-prostate-test', assetDetail());

    const title = await screen.findByTestId('asset-title');
    expect(title.tagName).toBe('H1');
    expect(title.textContent).toBe('Urinary RNA test for clinically significant prostate cancer');
    expect(document.title).toBe('Urinary RNA test for clinically significant prostate cancer · TT Marketplace');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('first-catch urine');

    const patents = screen.getAllByTestId('patent-link');
    expect(patents.map((link) => link.getAttribute('href'))).toEqual([
      'https://worldwide.espacenet.com/patent/search?q=pn%3DEP4198823A1',
      'https://worldwide.espacenet.com/patent/search?q=pn%3DWO2023076508',
    ]);
    expect(patents[1]!.textContent).toContain('WO2023/076508');
    expect(patents[0]!.getAttribute('rel')).toBe('noopener noreferrer');

    const express = screen.getByTestId('express-interest');
    expect(express.getAttribute('href')).toBe('/sign-in?next=/assets/int-urinary-rna-prostate-test');
    expect(express.textContent).toContain('Express interest');

    expect(screen.getByText('TRL 6 of 9')).toBeTruthy();
    expect(screen.getByText('Technology demonstrated in a relevant environment')).toBeTruthy();
    expect(screen.getByText('Clinical validation')).toBeTruthy();
    expect(screen.getByText('Exclusive licence')).toBeTruthy();
    expect(within(screen.getByTestId('inventors')).getByText('Laura Sozzi')).toBeTruthy();
    expect(screen.getByTestId('contact-officer').textContent).toContain('Federica Colombo');
    expect(screen.getByTestId('tto-email').textContent).toBe('tto@int.demo');
    expect(screen.getByTestId('asset-institution').getAttribute('href')).toBe('/institutes/int');
    expect(screen.getAllByTestId('related-card')).toHaveLength(1);
    // Without a catalogue search to return to, the back link leads to the catalogue.
    expect(screen.getByTestId('back-link').getAttribute('href')).toBe('/');
  });

  it('tells every visitor a listing is licensed exclusively, and offers a sign-in to be notified instead', async () => {
    renderAsset('int-urinary-rna-prostate-test', assetDetail({ availability: 'LICENSED_EXCLUSIVELY' }));
    await screen.findByTestId('asset-title');
    expect(screen.getByTestId('availability-badge').textContent).toBe('Licensed exclusively');
    expect(screen.getByTestId('availability-notice').textContent).toContain('takes no new expressions of interest');
    expect(screen.queryByTestId('express-interest')).toBeNull();
    expect(within(screen.getByTestId('cta-panel')).getByRole('heading').textContent).toBe('Licensed exclusively');
    const signIn = screen.getByTestId('watch-availability-sign-in');
    expect(signIn.getAttribute('href')).toBe('/sign-in?next=/assets/int-urinary-rna-prostate-test');
    expect(signIn.textContent).toContain('Sign in to be notified if it becomes available');
  });

  it('shows what a partly licensed listing has already licensed, and still takes interest', async () => {
    renderAsset(
      'int-urinary-rna-prostate-test',
      assetDetail({
        availability: 'PARTLY_LICENSED',
        exclusiveScopes: [
          { __typename: 'ExclusiveScope', fieldOfUse: 'Veterinary diagnostics', territory: null, language: 'EN' },
          { __typename: 'ExclusiveScope', fieldOfUse: 'Human diagnostics', territory: 'Japan', language: 'IT' },
        ],
      }),
    );
    await screen.findByTestId('asset-title');
    expect(screen.getByTestId('availability-badge').textContent).toBe('Partly licensed');
    const items = within(screen.getByTestId('availability-notice')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Field of use: Veterinary diagnostics · Territory: anywhere',
      'Field of use: Human diagnostics · Territory: Japan',
    ]);
    // The office's words are marked with the language it wrote them in, where it is not the page's.
    expect(items[0]!.querySelector('[lang]')).toBeNull();
    expect(items[1]!.querySelector('[lang="it"]')?.textContent).toBe('Human diagnostics');
    expect(screen.getByTestId('express-interest').textContent).toContain('Express interest');
  });

  describe('in Italian', () => {
    afterEach(() => activateLocale('en'));

    it('marks an English listing not yet translated: lang="en" on its texts and "In inglese" once', async () => {
      await activateLocale('it');
      renderAsset('int-urinary-rna-prostate-test', assetDetail());
      const title = await screen.findByTestId('asset-title');
      expect(title.getAttribute('lang')).toBe('en');
      expect(screen.getByText(/first-catch urine/).getAttribute('lang')).toBe('en');
      expect(screen.getByText('Triage of men with elevated PSA').closest('ul')?.getAttribute('lang')).toBe('en');
      expect(screen.getAllByTestId('text-language-marker').map((marker) => marker.textContent)).toEqual(['In inglese']);
      // The headings are the interface's, in the page's language.
      expect(screen.getByRole('heading', { name: 'Il problema' }).getAttribute('lang')).toBeNull();
    });

    it('shows an Italian listing without a marker or lang of its own', async () => {
      await activateLocale('it');
      renderAsset(
        'int-urinary-rna-prostate-test',
        assetDetail({ textLanguage: 'IT', title: 'Test dell’RNA urinario per il tumore della prostata' }),
      );
      const title = await screen.findByTestId('asset-title');
      expect(title.getAttribute('lang')).toBeNull();
      expect(screen.queryByTestId('text-language-marker')).toBeNull();
    });
  });

  it('shows service details for a service', async () => {
    renderAsset(
      'int-adaptive-bayesian-trial-design',
      assetDetail({
        slug: 'int-adaptive-bayesian-trial-design',
        kind: 'SERVICE',
        ipStatus: 'KNOW_HOW',
        patentNumbers: [],
        turnaround: 'Design proposal in 4 weeks',
        pricingModel: 'PROJECT_QUOTE',
        platform: {
          __typename: 'Platform',
          id: 'UGxhdDox',
          slug: 'int-clinical-biostatistics',
          name: 'Clinical Epidemiology and Biostatistics Unit',
          kind: 'BIOSTATISTICS',
        },
      }),
    );

    expect(await screen.findByText('Design proposal in 4 weeks')).toBeTruthy();
    expect(screen.getByText('Quote per project')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Clinical Epidemiology and Biostatistics Unit' }).getAttribute('href'),
    ).toBe('/institutes/int#int-clinical-biostatistics');
    expect(screen.queryAllByTestId('patent-link')).toHaveLength(0);
  });

  it('shows a service in the service template: what is delivered, throughput, accreditations; no TRL, IP or problem', async () => {
    renderAsset(
      'irst-biobank-sample-access',
      assetDetail({
        slug: 'irst-biobank-sample-access',
        kind: 'SERVICE',
        trl: 9,
        ipStatus: 'NONE',
        patentNumbers: [],
        problem: 'Developers struggle to obtain well-annotated samples.',
        description: 'The Biological Resource Centre stores tissue and blood-derived samples.',
        deliverables: 'Aliquots shipped on dry ice with temperature logs.',
        throughput: 'Typical requests of 20 to 500 cases',
        accreditations: ['ISO 9001:2015', 'BBMRI-ERIC'],
        turnaround: '6–8 weeks including ethics review',
        pricingModel: 'PER_SAMPLE',
        partneringModels: ['SERVICE_AGREEMENT', 'MATERIAL_TRANSFER'],
      }),
    );
    const facts = await screen.findByTestId('service-facts');
    expect(within(facts).getByText('Typical requests of 20 to 500 cases')).toBeTruthy();
    expect(within(facts).getByText('6–8 weeks including ethics review')).toBeTruthy();
    expect(within(facts).getByText('Per sample')).toBeTruthy();
    expect(
      within(screen.getByTestId('accreditations'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['ISO 9001:2015', 'BBMRI-ERIC']);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(expect.arrayContaining(['The service', 'What you receive', 'The need it meets']));
    expect(headings).not.toContain('The problem');
    expect(headings).not.toContain('The solution');
    expect(screen.getByText('Aliquots shipped on dry ice with temperature logs.')).toBeTruthy();
    // Bought, not licensed: no TRL and no IP in its header or its facts (related listings have their own).
    const header = document.querySelector('.asset-header') as HTMLElement;
    for (const part of [header, facts]) {
      expect(within(part).queryByText(/TRL/)).toBeNull();
      expect(within(part).queryByText('No IP protection')).toBeNull();
    }
    expect(screen.queryByTestId('invention-facts')).toBeNull();
  });

  it('shows an invention in the invention template: TRL, IP, the problem and the solution', async () => {
    renderAsset('int-urinary-rna-prostate-test', assetDetail());
    const facts = await screen.findByTestId('invention-facts');
    expect(within(facts).getByText('TRL 6 of 9')).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(expect.arrayContaining(['The problem', 'The solution']));
    expect(headings).not.toContain('What you receive');
    expect(screen.queryByTestId('service-facts')).toBeNull();
    expect(screen.queryByTestId('accreditations')).toBeNull();
  });

  it('says when a listing does not exist', async () => {
    renderAsset('nope', { __typename: 'Query', asset: null });
    expect((await screen.findByTestId('not-found')).textContent).toContain('Listing not found');
    expect(screen.queryByTestId('express-interest')).toBeNull();
    // The page's description says so too, in the page's language, not index.html's text.
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'This listing does not exist, or it is no longer published.',
    );
  });
});
