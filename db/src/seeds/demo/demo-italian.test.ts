import { hasItalianText, listingPublicationWarnings } from '@tt/shared/listing-rules';
import { describe, expect, it } from 'vitest';
import { demoAssets } from './demo-assets.js';
import { demoCompanies } from './demo-companies.js';
import { demoInstitutions } from './demo-institutions.js';
import { demoAssetsItalian, demoCompaniesItalian, demoInstitutionsItalian } from './demo-italian.js';
import { demoServiceTemplates } from './demo-service-template.js';

// An Italian visitor sees an Italian catalogue on first start: every demo listing, institute, platform and listed
// company has its Italian text, complete, and nothing is written for a slug the demo data does not have.

const filled = (text: string | undefined) => (text ?? '').trim().length > 0;

describe('the demo data in Italian', () => {
  it('every listing has its whole Italian text: shown in Italian, no publication warning', () => {
    const missing = demoAssets.filter((asset) => {
      const italian = demoAssetsItalian[asset.slug];
      if (!italian) return true;
      const { inventors: _, ...fields } = asset;
      const data = {
        ...fields,
        sectorCount: asset.sectors.length,
        turnaround: asset.turnaround ?? null,
        pricingModel: asset.pricingModel ?? null,
        titleIt: italian.title,
        summaryIt: italian.summary,
        descriptionIt: italian.description,
        problemIt: italian.problem,
        benefitsIt: italian.benefits,
        applicationsIt: italian.applications,
        keywordsIt: italian.keywords,
        turnaroundIt: italian.turnaround ?? null,
        ...demoServiceTemplates[asset.slug],
      };
      return !hasItalianText(data) || listingPublicationWarnings(data).length > 0;
    });
    expect(missing.map((asset) => asset.slug)).toEqual([]);
    expect(Object.keys(demoAssetsItalian).sort()).toEqual(demoAssets.map((asset) => asset.slug).sort());
  });

  it('every published service says what it delivers and its throughput, in both languages', () => {
    const services = demoAssets.filter((asset) => asset.kind === 'SERVICE' && asset.status === 'PUBLISHED');
    expect(services.length).toBeGreaterThan(0);
    for (const service of services) {
      const template = demoServiceTemplates[service.slug];
      expect(template, service.slug).toBeDefined();
      for (const text of [
        template!.deliverables,
        template!.deliverablesIt,
        template!.throughput,
        template!.throughputIt,
      ])
        expect(filled(text), service.slug).toBe(true);
    }
    const published = new Set(services.map((service) => service.slug));
    expect(Object.keys(demoServiceTemplates).filter((slug) => !published.has(slug))).toEqual([]);
  });

  it('every institute and platform has its Italian description, mission and capabilities', () => {
    for (const institution of demoInstitutions) {
      const italian = demoInstitutionsItalian[institution.slug];
      expect(italian, institution.slug).toBeDefined();
      expect(filled(italian!.description) && filled(italian!.mission), institution.slug).toBe(true);
      for (const platform of institution.platforms) {
        const text = italian!.platforms[platform.slug];
        expect(filled(text?.description), platform.slug).toBe(true);
        expect(text!.capabilities.length, platform.slug).toBe(platform.capabilities.length);
      }
      expect(Object.keys(italian!.platforms).sort()).toEqual(institution.platforms.map((p) => p.slug).sort());
    }
    expect(Object.keys(demoInstitutionsItalian).sort()).toEqual(demoInstitutions.map((i) => i.slug).sort());
  });

  it('every listed company has its Italian description', () => {
    const listed = demoCompanies.filter((company) => company.listed);
    expect(listed.length).toBeGreaterThan(0);
    for (const company of listed)
      expect(filled(demoCompaniesItalian[company.slug]?.description), company.slug).toBe(true);
    const slugs = new Set(demoCompanies.map((company) => company.slug));
    expect(Object.keys(demoCompaniesItalian).filter((slug) => !slugs.has(slug))).toEqual([]);
  });
});
