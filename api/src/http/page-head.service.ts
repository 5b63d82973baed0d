import type { Db } from '@tt/db/database';
import { AssetKind, AssetStatus, IpStatus, PartneringModel, values } from '@tt/shared/asset-enums';
import { Language } from '@tt/shared/languages';
import { ListingAvailability } from '@tt/shared/listing-availability';
import { placeName } from '@tt/shared/place-names';
import {
  ABOUT_ROUTE,
  assetPath,
  type CatalogueSearchLink,
  COOKIES_ROUTE,
  catalogueSearchPath,
  INSTITUTES_ROUTE,
  institutePath,
  NEW_REQUEST_ROUTE,
  PARTNERS_ROUTE,
  PRIVACY_ROUTE,
  partnerPath,
  REQUESTS_ROUTE,
  requestPath,
  TERMS_ROUTE,
} from '@tt/shared/web-routes';
import { findAssetStatus, findVisibleAsset } from '../features/catalogue/asset-lookup.service.js';
import { findInstitution } from '../features/institutions/directory-lookup.service.js';
import type { InstitutionRecord } from '../features/institutions/institution-records.js';
import { findListedCompany } from '../features/partners/partner-directory.service.js';
import { canSeeRequest } from '../features/requests/technology-request-access.js';
import { readTechnologyRequest } from '../features/requests/technology-request-records.js';
import { createLoaders } from '../loaders/create-loaders.js';
import { mailMessages } from '../mail/mail-messages.js';
import { isAppPath } from './app-route-table.js';
import { type PageContext, type PageHead, pageUrl } from './page-heads.js';
import { breadcrumbs, type OrganizationLd, type StructuredData, withContext } from './structured-data.js';

/** The network's own pages (site pages, edited by admins): public and indexed, each with its title. */
const NETWORK_PAGES = [ABOUT_ROUTE, PRIVACY_ROUTE, TERMS_ROUTE, COOKIES_ROUTE] as const;

// The head of each public page from its URL: the listing, institute and partner pages read their record (one or
// two statements, through the catalogue's and directories' services), the others only their URL. Unknown records
// answer 404, a withdrawn listing 410; the app's other pages keep 200, out of search engines.

/** A page to give a head: its path without the language prefix (as Express gives it, percent-encoded), its query. */
export interface PageRequest {
  path: string;
  query: URLSearchParams;
}

/** The shape of every slug (listings, institutes, companies): what could be one is looked up, nothing else. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** The Asset fields a listing's head shows (asset-records.ts then reads only their columns). */
const LISTING_FIELDS: ReadonlySet<string> = new Set([
  'slug',
  'kind',
  'status',
  'title',
  'summary',
  'trl',
  'patentNumbers',
  'keywords',
  'textLanguage',
  'institution',
]);

/** A description for a meta tag: one line, at most about 160 characters (as the app's usePageMeta cuts it). */
export function metaDescription(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[,;:.\s]+$/, '')}…`;
}

/** The slug in a path's last segment, or null when it cannot be one. */
function slugOf(segment: string): string | null {
  let slug: string;
  try {
    slug = decodeURIComponent(segment);
  } catch {
    return null;
  }
  return SLUG.test(slug) ? slug : null;
}

export class PageHeads {
  constructor(
    private readonly db: Db,
    private readonly context: Omit<PageContext, 'language' | 'siteName'>,
  ) {}

  /** The head of the page at this path, in this language, with its status. */
  async headOf(request: PageRequest, language: Language): Promise<PageHead> {
    const say = mailMessages(language);
    const path = request.path.replace(/\/+$/, '') || '/';
    if (path === '/') return this.catalogue(request.query, language);
    const technologyRequest = /^\/requests\/([^/]+)$/.exec(path);
    // requests/new is the form for a new one (a signed-in page).
    if (technologyRequest && path !== `/${NEW_REQUEST_ROUTE}`) {
      const slug = slugOf(technologyRequest[1] ?? '');
      return slug ? this.technologyRequest(slug, language) : this.notFound(language, 'request');
    }
    const match = /^\/(assets|institutes|partners)\/([^/]+)$/.exec(path);
    if (match) {
      const slug = slugOf(match[2] ?? '');
      const record = match[1] === 'assets' ? 'asset' : match[1] === 'institutes' ? 'institute' : 'partner';
      if (!slug) return this.notFound(language, record);
      if (match[1] === 'assets') return this.listing(slug, language);
      if (match[1] === 'institutes') return this.institute(slug, language);
      return this.partner(slug, language);
    }
    if (path === `/${PARTNERS_ROUTE}`) {
      return this.directory(
        `/${PARTNERS_ROUTE}`,
        say('head.partners.title'),
        say('head.partners.description'),
        language,
      );
    }
    if (path === `/${INSTITUTES_ROUTE}`) {
      const description = say('head.institutes.description');
      return this.directory(`/${INSTITUTES_ROUTE}`, say('head.institutes.title'), description, language);
    }
    if (path === `/${REQUESTS_ROUTE}`) {
      return this.directory(`/${REQUESTS_ROUTE}`, say('head.requests.title'), say('head.description'), language);
    }
    const networkPage = NETWORK_PAGES.find((route) => path === `/${route}`);
    if (networkPage) {
      const head = `head.${networkPage}` as const;
      return this.directory(`/${networkPage}`, say(`${head}.title`), say(`${head}.description`), language);
    }
    if (isAppPath(path)) return this.appPage(language);
    return this.notFound(language);
  }

  private url(language: Language, path: string): string {
    return pageUrl(this.context, language, path);
  }

  private catalogueStep(language: Language) {
    return { name: mailMessages(language)('head.catalogue.title'), url: this.url(language, '/') };
  }

  /** The catalogue (the home page), with the search its URL holds: its canonical URL is the search, normalised. */
  private catalogue(query: URLSearchParams, language: Language): PageHead {
    const say = mailMessages(language);
    const search = catalogueSearchOf(query);
    const kinds = search.filter?.kinds ?? [];
    const words = search.query ? say('head.catalogue.search', { query: search.query }) : say('head.catalogue.title');
    return {
      status: 200,
      title: [words, ...kinds.map((kind) => say(`head.kind.${kind}`))].join(' · '),
      description: say('head.catalogue.description'),
      path: catalogueSearchPath(search),
      // A search's words make a page per query: followed, never indexed.
      ...(search.query ? { robots: 'noindex, follow' } : {}),
      ogType: 'website',
      structuredData: [],
    };
  }

  private directory(path: string, title: string, description: string, language: Language): PageHead {
    return {
      status: 200,
      title,
      description,
      path,
      ogType: 'website',
      structuredData: [breadcrumbs([this.catalogueStep(language), { name: title, url: this.url(language, path) }])],
    };
  }

  /** A published listing; an archived one is gone (410), a draft or an unknown slug not found (404). */
  private async listing(slug: string, language: Language): Promise<PageHead> {
    const say = mailMessages(language);
    const loaders = createLoaders(this.db, language);
    const asset = await findVisibleAsset(
      this.db,
      null,
      { slug },
      {
        loaders,
        relations: { institution: true },
        fields: LISTING_FIELDS,
        language,
      },
    );
    if (!asset) {
      const status = await findAssetStatus(this.db, slug);
      return status === AssetStatus.ARCHIVED ? this.gone(language) : this.notFound(language, 'asset');
    }
    // A former slug (findVisibleAsset finds those of published listings): the listing's address now.
    if (asset.slug !== slug) return { ...this.notFound(language), status: 301, movedTo: assetPath(asset.slug) };
    // Primed by the listing's statement: no statement of its own.
    const institution = await loaders.institutionById.load(asset.institutionId);
    if (!institution) return this.notFound(language);
    const path = assetPath(asset.slug);
    const url = this.url(language, path);
    const description = metaDescription(asset.summary);
    const organization = this.organization(institution, language);
    const kindLabel = say(`head.kind.${asset.kind}`);
    const keywords = asset.keywords.length > 0 ? { keywords: asset.keywords.join(', ') } : {};
    const item: StructuredData =
      asset.kind === AssetKind.SERVICE
        ? withContext({
            '@type': 'Service',
            name: asset.title,
            description: asset.summary,
            url,
            serviceType: kindLabel,
            provider: organization,
          })
        : withContext({
            '@type': 'Product',
            name: asset.title,
            description: asset.summary,
            url,
            category: kindLabel,
            brand: organization,
            ...(asset.patentNumbers.length > 0
              ? {
                  identifier: asset.patentNumbers.map((value) => ({
                    '@type': 'PropertyValue' as const,
                    propertyID: 'patent' as const,
                    value,
                  })),
                }
              : {}),
            ...keywords,
          });
    return {
      status: 200,
      title: asset.title,
      description,
      path,
      ogType: 'article',
      image: `${this.context.publicUrl}/og/listings/${encodeURIComponent(asset.slug)}.png`,
      structuredData: [item, breadcrumbs([this.catalogueStep(language), { name: asset.title, url }])],
      firstPaint: {
        kind: asset.kind,
        kindLabel,
        trlLabel: say('head.trl', { trl: asset.trl }),
        title: asset.title,
        summary: asset.summary,
        textLanguage: asset.textLanguage === language ? null : asset.textLanguage,
        offeredBy: say('head.offeredBy'),
        institute: {
          name: institution.name,
          city: placeName(institution.city, institution.cityIt, language),
          path: institutePath(institution.slug),
        },
      },
    };
  }

  /** An institute as an Organization (with its platforms on its own page). */
  private organization(institution: InstitutionRecord, language: Language, description?: string): OrganizationLd {
    return {
      '@type': 'Organization',
      name: institution.name,
      alternateName: institution.shortName,
      url: this.url(language, institutePath(institution.slug)),
      ...(description ? { description } : {}),
      ...(institution.website ? { sameAs: [institution.website] } : {}),
      address: {
        '@type': 'PostalAddress',
        addressLocality: placeName(institution.city, institution.cityIt, language),
        addressRegion: placeName(institution.region, institution.regionIt, language),
        addressCountry: institution.country,
      },
    };
  }

  /** An institute's page: its platforms read through the loader (the second statement). */
  private async institute(slug: string, language: Language): Promise<PageHead> {
    const say = mailMessages(language);
    const institution = await findInstitution(this.db, { slug });
    if (!institution) return this.notFound(language, 'institute');
    const platforms = await createLoaders(this.db, language).platformsByInstitutionId.load(institution.dbId);
    const italian = language === Language.IT && institution.hasItalianText;
    const text = italian ? institution.descriptionIt : institution.description;
    const description = text
      ? metaDescription(text)
      : say('head.institute.description', {
          name: institution.name,
          city: placeName(institution.city, institution.cityIt, language),
        });
    const path = institutePath(institution.slug);
    const url = this.url(language, path);
    const organization: OrganizationLd = {
      ...this.organization(institution, language, description),
      ...(platforms.length > 0
        ? {
            subOrganization: platforms.map((platform) => {
              const platformText =
                language === Language.IT && platform.hasItalianText ? platform.descriptionIt : platform.description;
              return {
                '@type': 'Organization' as const,
                name: platform.name,
                url: `${url}#${encodeURIComponent(platform.slug)}`,
                ...(platformText ? { description: metaDescription(platformText) } : {}),
              };
            }),
          }
        : {}),
    };
    return {
      status: 200,
      title: institution.name,
      description,
      path,
      ogType: 'website',
      structuredData: [
        withContext(organization),
        breadcrumbs([
          { name: say('head.institutes.title'), url: this.url(language, `/${INSTITUTES_ROUTE}`) },
          { name: institution.name, url },
        ]),
      ],
    };
  }

  /** A company in the public directory; any other is not found. */
  private async partner(slug: string, language: Language): Promise<PageHead> {
    const say = mailMessages(language);
    const company = await findListedCompany(this.db, { slug });
    if (!company) return this.notFound(language, 'partner');
    const text = language === Language.IT && company.hasItalianText ? company.descriptionIt : company.description;
    const description = text ? metaDescription(text) : say('head.partners.description');
    const path = partnerPath(company.slug);
    const url = this.url(language, path);
    return {
      status: 200,
      title: company.name,
      description,
      path,
      ogType: 'website',
      structuredData: [
        withContext({
          '@type': 'Organization',
          name: company.name,
          url,
          description,
          ...(company.website ? { sameAs: [company.website] } : {}),
          address: {
            '@type': 'PostalAddress',
            ...(company.city ? { addressLocality: company.city } : {}),
            addressCountry: company.country,
          },
        }),
        breadcrumbs([
          { name: say('head.partners.title'), url: this.url(language, `/${PARTNERS_ROUTE}`) },
          { name: company.name, url },
        ]),
      ],
    };
  }

  /**
   * A company's technology request, as an anonymous visitor may see it (technology-request-access.ts): a public one
   * has its own head; one for the institutes only, or none at that slug, is not found (the app still shows it to
   * those who may see it).
   */
  private async technologyRequest(slug: string, language: Language): Promise<PageHead> {
    const say = mailMessages(language);
    const request = await readTechnologyRequest(this.db, { slug });
    if (!request || !canSeeRequest(null, request)) return this.notFound(language, 'request');
    const path = requestPath(request.slug);
    return {
      status: 200,
      title: request.title,
      description: metaDescription(request.description),
      path,
      ogType: 'website',
      structuredData: [
        breadcrumbs([
          { name: say('head.requests.title'), url: this.url(language, `/${REQUESTS_ROUTE}`) },
          { name: request.title, url: this.url(language, path) },
        ]),
      ],
    };
  }

  /** The app's other pages (signed-in ones, sign-in, forms): the site's head, kept out of search engines. */
  private appPage(language: Language): PageHead {
    return {
      status: 200,
      title: '',
      description: mailMessages(language)('head.description'),
      path: null,
      robots: 'noindex',
      ogType: 'website',
      structuredData: [],
    };
  }

  /** Not found: a record's own title when the path named one (as the app's page for it says), else the page's. */
  private notFound(language: Language, record?: 'asset' | 'partner' | 'institute' | 'request'): PageHead {
    const say = mailMessages(language);
    return {
      status: 404,
      title: say(record ? `head.notFound.${record}` : 'head.notFound.title'),
      description: say('head.notFound.description'),
      path: null,
      robots: 'noindex',
      ogType: 'website',
      structuredData: [],
    };
  }

  private gone(language: Language): PageHead {
    const say = mailMessages(language);
    return {
      ...this.notFound(language),
      status: 410,
      title: say('head.gone.title'),
      description: say('head.gone.description'),
    };
  }
}

/** A catalogue value from the URL: a code of the app's (sector or institute slug, enum value), or nothing. */
const CODE = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * The search a catalogue URL holds (the parameters of catalogueSearchPath), each value checked and sorted, so
 * that the same search has one canonical URL whatever the order or the junk in the one visited.
 */
export function catalogueSearchOf(query: URLSearchParams): CatalogueSearchLink {
  const list = (name: string, allowed?: readonly string[]) =>
    [...new Set(query.getAll(name))]
      .filter((value) => CODE.test(value) && (!allowed || allowed.includes(value)))
      .sort();
  const trl = (name: string) => {
    const value = Number(query.get(name));
    return query.has(name) && Number.isInteger(value) && value >= 1 && value <= 9 ? value : null;
  };
  // Control characters never reach a title; a long query is cut as the search box would.
  const words = (query.get('q') ?? '')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return {
    query: words || null,
    filter: {
      kinds: list('kind', values(AssetKind)),
      sectors: list('sector'),
      trlMin: trl('trlMin'),
      trlMax: trl('trlMax'),
      ipStatuses: list('ip', values(IpStatus)),
      institutions: list('inst'),
      partneringModels: list('pm', values(PartneringModel)),
      availabilities: list('avail', values(ListingAvailability)),
    },
  };
}
