import type { Db } from '@tt/db/database';
import { AssetKind } from '@tt/shared/asset-enums';
import type { Language } from '@tt/shared/languages';
import { SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { acceptableText } from '@tt/shared/text-rules';
import type { AssetRecord } from '../catalogue/asset-records.js';
import { instituteCatalogueSearch } from '../catalogue/catalogue.service.js';
import { findInstitution } from '../institutions/directory-lookup.service.js';
import type { InstitutionRecord } from '../institutions/institution-records.js';
import { embedOriginsOf } from './embed-origins.service.js';

// What the listings widget shows (issue #14): an institute's published listings as the catalogue's own search
// finds them (CatalogueSearch, which reads published listings only), filtered by the visitor's words, a kind and a
// sector. The address's parameters are whatever a visitor or a host page typed: anything not understood is
// dropped (the widget then shows more, never an error page inside someone's website).

export const EMBED_PAGE_SIZE = 10;
const CURSOR_MAX_LENGTH = 200;

/** The widget's question, from its address (`q`, `kind`, `sector`, `after`). */
export interface EmbedQuestion {
  query: string;
  kind: AssetKind | null;
  /** A sector's slug, among the institute's (else dropped). */
  sector: string | null;
  after: string | null;
}

export interface EmbedSector {
  slug: string;
  label: string;
}

export interface EmbedWidgetData {
  institute: InstitutionRecord;
  /** The sites allowed to frame it: its `frame-ancestors`. */
  origins: string[];
  question: EmbedQuestion;
  /** The sectors of the institute's published listings, most listings first: the sector filter's choices. */
  sectors: EmbedSector[];
  listings: AssetRecord[];
  total: number;
  nextCursor: string | null;
}

const KINDS = new Set<string>(Object.values(AssetKind));

/** Reads the address's parameters leniently (see above). */
export function embedQuestion(params: Record<string, unknown>): EmbedQuestion {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const query = acceptableText(text(params.q)).replace(/\s+/g, ' ').trim().slice(0, SEARCH_QUERY_MAX_LENGTH);
  const kind = text(params.kind);
  const sector = text(params.sector);
  const after = text(params.after);
  return {
    query,
    kind: KINDS.has(kind) ? (kind as AssetKind) : null,
    sector: /^[a-z0-9][a-z0-9-]{0,119}$/.test(sector) ? sector : null,
    after: after && after.length <= CURSOR_MAX_LENGTH && /^[A-Za-z0-9_=-]+$/.test(after) ? after : null,
  };
}

/** The widget of the institute with this slug, or null when there is none. */
export async function embedWidgetData(
  db: Db,
  slug: string,
  asked: EmbedQuestion,
  language: Language,
): Promise<EmbedWidgetData | null> {
  const institute = await findInstitution(db, { slug });
  if (!institute) return null;
  // The sector choices: the facets of the institute's whole catalogue (by slug, as the catalogue's addresses).
  const [origins, facets] = await Promise.all([
    embedOriginsOf(db, institute.dbId),
    instituteCatalogueSearch(db, { institutionId: institute.dbId }, language).facets(),
  ]);
  const sectors = facets.sectors
    .filter((value) => value.label && value.count > 0)
    .map((value) => ({ slug: value.value, label: value.label ?? '' }));
  const question = {
    ...asked,
    sector: sectors.some((sector) => sector.slug === asked.sector) ? asked.sector : null,
  };
  const search = instituteCatalogueSearch(
    db,
    {
      institutionId: institute.dbId,
      query: question.query || null,
      filter: {
        ...(question.kind ? { kinds: [question.kind] } : {}),
        ...(question.sector ? { sectors: [question.sector] } : {}),
      },
    },
    language,
  );
  const [page, total] = await Promise.all([search.page(EMBED_PAGE_SIZE, question.after), search.totalCount()]);
  return {
    institute,
    origins,
    question,
    sectors,
    listings: page.edges.map((edge) => edge.node),
    total,
    nextCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
  };
}
