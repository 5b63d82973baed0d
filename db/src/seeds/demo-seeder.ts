import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { UserRole } from '@tt/shared/company-enums';
import { Language } from '@tt/shared/languages';
import { Asset } from '../entities/asset.entity.js';
import { AssetInventor } from '../entities/asset-inventor.entity.js';
import { AssetSector } from '../entities/asset-sector.entity.js';
import { Company } from '../entities/company.entity.js';
import { Institution } from '../entities/institution.entity.js';
import { Inventor } from '../entities/inventor.entity.js';
import { Platform } from '../entities/platform.entity.js';
import { Sector } from '../entities/sector.entity.js';
import { User } from '../entities/user.entity.js';
import { demoAccounts } from './demo/demo-accounts.js';
import { demoAssets } from './demo/demo-assets.js';
import { demoCompanies } from './demo/demo-companies.js';
import { demoInstitutions, demoOfficers } from './demo/demo-institutions.js';
import { demoInventors } from './demo/demo-inventors.js';
import { demoAssetsItalian, demoCompaniesItalian, demoInstitutionsItalian } from './demo/demo-italian.js';
import { demoServiceTemplates } from './demo/demo-service-template.js';
import { demoSectors } from './demo/demo-taxonomy.js';
import { seedDemoSavedSearches } from './demo/saved-searches.js';
import { seedDemoAgreements } from './demo-agreement-seeder.js';
import { seedDemoCapacity } from './demo-capacity-seeder.js';
import { seedDemoDisclosures } from './demo-disclosure-seeder.js';
import { seedDemoEois } from './demo-eoi-seeder.js';
import { demoListingExpiry } from './demo-listing-expiry.js';
import { seedDemoMatchmaking } from './demo-matchmaking-seeder.js';
import { seedDemoPartnerRecords } from './demo-partner-seeder.js';
import { seedDemoQuotes } from './demo-quote-seeder.js';
import { seedDemoServiceRequests } from './demo-service-request-seeder.js';
import { type DemoFileStore, seedDemoServiceDelivery } from './demo-service-seeder.js';
import { seedDemoTechnologyRequests } from './demo-technology-request-seeder.js';

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (!found) throw new Error(`Demo data refers to an unknown ${what}: ${key}`);
  return found;
}

/** Every demo account signs in with this password (listed in the README; never in production). */

/** A demo service's template (what is delivered, throughput, accreditations) in both languages; none elsewhere. */
function serviceTemplateOf(slug: string) {
  const template = demoServiceTemplates[slug];
  return template
    ? {
        deliverables: template.deliverables,
        deliverablesIt: template.deliverablesIt,
        throughput: template.throughput,
        throughputIt: template.throughputIt,
        accreditations: template.accreditations,
      }
    : {};
}

export const DEMO_PASSWORD = 'tt-demo-2026';

/**
 * The demo marketplace: two institutes, their platforms, the taxonomy, assets, industry partners, their
 * expressions of interest, and their technology requests with the institutes' responses. What its people wrote themselves (titles, interests, EoIs, disclosures and their
 * threads) is in English, and recorded as written in English.
 */
export class DemoSeeder extends Seeder {
  constructor(
    private readonly hashPassword?: (password: string) => Promise<string>,
    /** Where the demo's files are stored (the API's attachment storage); without it, no files. */
    private readonly files?: DemoFileStore,
  ) {
    super();
  }

  async run(em: EntityManager): Promise<void> {
    const passwordHash = this.hashPassword ? await this.hashPassword(DEMO_PASSWORD) : null;
    const verified = new Date('2026-01-15T09:00:00Z');
    const institutions = new Map<string, Institution>();
    const platforms = new Map<string, Platform>();
    // The Italian texts beside the English ones; one missing stays empty (shown in English), a test says so.
    for (const { platforms: platformData, ...data } of demoInstitutions) {
      const italian = demoInstitutionsItalian[data.slug];
      const institution = em.create(Institution, {
        ...data,
        descriptionIt: italian?.description ?? '',
        missionIt: italian?.mission ?? '',
      });
      institutions.set(data.slug, institution);
      for (const platform of platformData) {
        const platformItalian = italian?.platforms[platform.slug];
        platforms.set(
          platform.slug,
          em.create(Platform, {
            ...platform,
            institution,
            descriptionIt: platformItalian?.description ?? '',
            capabilitiesIt: platformItalian?.capabilities ?? [],
          }),
        );
      }
    }

    const sectors = new Map<string, Sector>();
    demoSectors.forEach((term, position) => {
      const parent = term.parent ? lookup(sectors, term.parent, 'parent term') : null;
      sectors.set(term.slug, em.create(Sector, { ...term, parent, position }));
    });

    const officers = new Map<string, User>();
    for (const officer of demoOfficers) {
      officers.set(
        officer.key,
        em.create(User, {
          email: officer.email,
          name: officer.name,
          title: officer.title,
          titleLanguage: Language.EN,
          role: UserRole.TT_OFFICER,
          institution: lookup(institutions, officer.institution, 'institute'),
          passwordHash,
          emailVerifiedAt: verified,
        }),
      );
    }

    const inventors = new Map<string, Inventor>();
    for (const inventor of demoInventors) {
      inventors.set(inventor.key, em.create(Inventor, { name: inventor.name, affiliation: inventor.affiliation }));
    }

    const companies = new Map<string, Company>();
    for (const { sectors: sectorSlugs, ...company } of demoCompanies) {
      const entity = em.create(Company, {
        ...company,
        interestsLanguage: Language.EN,
        descriptionIt: demoCompaniesItalian[company.slug]?.description ?? '',
      });
      companies.set(company.slug, entity);
      for (const slug of sectorSlugs) entity.sectors.add(lookup(sectors, slug, 'sector'));
    }
    const accounts = new Map<string, User>();
    for (const account of demoAccounts) {
      const user = em.create(User, {
        email: account.email,
        name: account.name,
        title: account.title ?? null,
        titleLanguage: Language.EN,
        phone: account.phone ?? null,
        role: account.role,
        institution: account.institution ? lookup(institutions, account.institution, 'institute') : null,
        company: account.company ? lookup(companies, account.company, 'company') : null,
        passwordHash,
        emailVerifiedAt: verified,
      });
      accounts.set(account.email, user);
      if (account.inventor) {
        const inventor = lookup(inventors, account.inventor, 'inventor');
        inventor.user = user;
        inventor.email = account.email;
      }
    }
    await em.flush();

    const assets = new Map<string, Asset>();
    const seededAt = new Date();
    for (const data of demoAssets) {
      const italian = demoAssetsItalian[data.slug];
      const asset = em.create(Asset, {
        slug: data.slug,
        kind: data.kind,
        status: data.status,
        title: data.title,
        summary: data.summary,
        description: data.description,
        problem: data.problem,
        benefits: data.benefits,
        applications: data.applications,
        trl: data.trl,
        ipStatus: data.ipStatus,
        patentNumbers: data.patentNumbers,
        developmentStage: data.developmentStage,
        partneringModels: data.partneringModels,
        keywords: data.keywords,
        institution: lookup(institutions, data.institution, 'institute'),
        platform: data.platform ? lookup(platforms, data.platform, 'platform') : null,
        contactOfficer: lookup(officers, data.contactOfficer, 'officer'),
        turnaround: data.turnaround ?? null,
        pricingModel: data.pricingModel ?? null,
        titleIt: italian?.title ?? '',
        summaryIt: italian?.summary ?? '',
        descriptionIt: italian?.description ?? '',
        problemIt: italian?.problem ?? '',
        benefitsIt: italian?.benefits ?? '',
        applicationsIt: italian?.applications ?? [],
        keywordsIt: italian?.keywords ?? [],
        turnaroundIt: italian?.turnaround ?? null,
        ...serviceTemplateOf(data.slug),
        publishedAt: data.publishedAt ? new Date(data.publishedAt) : null,
        ...demoListingExpiry(data, seededAt),
        createdAt: new Date(data.publishedAt ?? data.updatedAt),
        updatedAt: new Date(data.updatedAt),
      });
      assets.set(data.slug, asset);
      for (const slug of data.sectors) em.create(AssetSector, { asset, sector: lookup(sectors, slug, 'sector') });
      data.inventors.forEach((key, position) => {
        em.create(AssetInventor, { asset, inventor: lookup(inventors, key, 'inventor'), position });
      });
    }
    seedDemoCapacity(seededAt, { assets });
    await em.flush();

    seedDemoSavedSearches(em, accounts);
    await em.flush();

    await seedDemoEois(em, { assets, companies, officers, accounts });
    await seedDemoMatchmaking(em, { assets, companies });
    await seedDemoDisclosures(em, { institutions, assets, officers, accounts });
    await seedDemoTechnologyRequests(em, { assets, companies, sectors, officers, accounts });
    await seedDemoAgreements(em, { assets, companies, officers });
    await seedDemoPartnerRecords(em, { companies, officers, accounts });
    await seedDemoServiceRequests(em, { institutions, platforms, assets, companies, accounts, passwordHash, verified });
    await seedDemoQuotes(em, { assets, companies, officers });
    await seedDemoServiceDelivery(em, { assets, companies, officers, accounts }, this.files);
  }
}
