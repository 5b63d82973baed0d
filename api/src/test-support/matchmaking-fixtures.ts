import { expect } from 'vitest';
import type { TestServer } from './test-server.js';

// Test fixtures for matchmaking: technology requests inserted directly (the requests feature writes them through
// its own mutations), and a check that every reason a ranking gives holds of the data it cites.

export type Execute = <T>(text: string, params?: unknown[]) => Promise<T[]>;

export function executor(server: TestServer): Execute {
  return <T>(text: string, params: unknown[] = []) => server.orm.em.fork().execute<T[]>(text, params);
}

export interface RequestFixture {
  company: string;
  title: string;
  sectors?: string[];
  trl?: [number, number];
  status?: 'OPEN' | 'FULFILLED' | 'CLOSED' | 'EXPIRED';
  /** Days from today to the deadline (negative: past). */
  deadlineInDays?: number;
  language?: 'en' | 'it';
}

let made = 0;

/** A technology request of a company (slug of the company), written by its first member; its id and slug. */
export async function insertRequest(execute: Execute, request: RequestFixture): Promise<{ id: number; slug: string }> {
  made += 1;
  const slug = `matchmaking-fixture-${made}-${Date.now().toString(36)}`;
  const [trlMin, trlMax] = request.trl ?? [3, 7];
  const [row] = await execute<{ id: number }>(
    `insert into technology_request (slug, company_id, author_id, title, description, motivation, language, trl_min,
       trl_max, partnering_models, deadline, visibility, status, created_at, updated_at)
     select ?, c.id, (select min(u.id) from app_user u where u.company_id = c.id), ?, 'A request made by a test.', '',
       ?, ?, ?, '{LICENSE_EXCLUSIVE}', current_date + ?::int, 'PUBLIC', ?, now(), now()
     from company c where c.slug = ? returning id`,
    [
      slug,
      request.title,
      request.language ?? 'en',
      trlMin,
      trlMax,
      request.deadlineInDays ?? 30,
      request.status ?? 'OPEN',
      request.company,
    ],
  );
  for (const sector of request.sectors ?? []) {
    await execute(
      `insert into technology_request_sector (request_id, sector_id) select ?, id from sector where slug = ?`,
      [row!.id, sector],
    );
  }
  return { id: row!.id, slug };
}

/** A reason as the tests select it. */
export interface ReasonView {
  kind: string;
  requestTitle: string | null;
  requestSlug: string | null;
  sector: { id: string; slug: string } | null;
  trl: number | null;
  trlMin: number | null;
  trlMax: number | null;
  term: string | null;
  listingTitle: string | null;
  listingSlug: string | null;
}

export const REASON_FIELDS =
  'kind requestTitle requestSlug sector { id slug label } trl trlMin trlMax term listingTitle listingSlug';

/**
 * Checks that each reason holds of the data, read here the plain way: the request is the company's, open and its
 * title's words are in the listing; the sector is the company's and the listing falls under it; the TRL is the
 * listing's and lies in the company's range (or the cited request's); every word of the interest is in the
 * listing's text; the listing it showed interest in is one it expressed (not withdrawn) interest in, and shares a
 * sector with this one. `interestInstitution`: the institute whose listings alone may be cited that way (an office's).
 */
export async function expectReasonsHold(
  execute: Execute,
  match: { companyId: number; assetId: number; reasons: ReasonView[]; interestInstitution?: number },
): Promise<void> {
  const { companyId, assetId, reasons } = match;
  const context = `company ${companyId}, listing ${assetId}`;
  expect(reasons.length, context).toBeGreaterThan(0);
  const [listing] = await execute<{ trl: number; sector_ids: number[]; words_en: string[]; words_it: string[] }>(
    `select s.trl, s.sector_ids, tsvector_to_array(s.match_vector_en) as words_en,
       tsvector_to_array(s.match_vector_it) as words_it
     from asset_search s where s.asset_id = ?`,
    [assetId],
  );
  expect(listing, `${context}: a published listing`).toBeDefined();
  const [company] = await execute<{
    trl_min: number | null;
    trl_max: number | null;
    interests: string[];
    language: string;
  }>(`select trl_min, trl_max, interests, interests_language as language from company where id = ?`, [companyId]);
  const wordsOf = async (text: string, language: string) =>
    (
      await execute<{ words: string[] }>(
        `select tsvector_to_array(to_tsvector(case when ? = 'it' then 'italian_unaccent' else 'english_unaccent' end::regconfig, ?)) as words`,
        [language, text],
      )
    )[0]!.words;
  for (const reason of reasons) {
    const about = `${context}: ${JSON.stringify(reason)}`;
    switch (reason.kind) {
      case 'REQUEST': {
        const [request] = await execute<{ title: string; words: string[]; language: string }>(
          `select title, language, request_match_words(title_words, common_lexemes(language)) as words
           from technology_request where slug = ? and company_id = ? and status = 'OPEN' and deadline >= current_date`,
          [reason.requestSlug, companyId],
        );
        expect(request, `${about}: an open request of the company`).toBeDefined();
        expect(request!.title).toBe(reason.requestTitle);
        // Its title's uncommon words (at most six): one of one, two of up to four, three of more, in the listing.
        const words = request!.words;
        const text = request!.language === 'it' ? listing!.words_it : listing!.words_en;
        const found = words.filter((word) => text.includes(word)).length;
        const wanted = words.length <= 1 ? words.length : words.length <= 4 ? 2 : 3;
        expect(words.length, `${about}: words to match`).toBeGreaterThan(0);
        expect(found, `${about}: words of the title in the listing`).toBeGreaterThanOrEqual(wanted);
        const titleWords = await wordsOf(request!.title, request!.language);
        for (const word of words) expect(titleWords, about).toContain(word);
        break;
      }
      case 'SECTOR': {
        const [sector] = await execute<{ id: number }>(
          `select s.id from sector s join company_sector x on x.sector_id = s.id where s.slug = ? and x.company_id = ?`,
          [reason.sector?.slug, companyId],
        );
        expect(sector, `${about}: a sector of the company`).toBeDefined();
        expect(listing!.sector_ids, `${about}: the listing falls under it`).toContain(sector!.id);
        break;
      }
      case 'TRL_RANGE': {
        expect(reason.trl, about).toBe(listing!.trl);
        expect(reason.trlMin! <= reason.trl! && reason.trl! <= reason.trlMax!, about).toBe(true);
        if (reason.requestSlug) {
          const [request] = await execute<{ trl_min: number; trl_max: number }>(
            `select trl_min, trl_max from technology_request where slug = ? and company_id = ? and status = 'OPEN'`,
            [reason.requestSlug, companyId],
          );
          expect([reason.trlMin, reason.trlMax], about).toEqual([request!.trl_min, request!.trl_max]);
        } else {
          expect([reason.trlMin, reason.trlMax], about).toEqual([company!.trl_min, company!.trl_max]);
        }
        break;
      }
      case 'INTEREST': {
        expect(company!.interests, about).toContain(reason.term);
        const words = await wordsOf(reason.term!, company!.language);
        const text = company!.language === 'it' ? listing!.words_it : listing!.words_en;
        expect(words.length, about).toBeGreaterThan(0);
        for (const word of words) expect(text, `${about}: "${word}" in the listing`).toContain(word);
        break;
      }
      case 'SIMILAR_TO_INTEREST': {
        const [liked] = await execute<{ id: number; institution_id: number; shared: number }>(
          `select a.id, a.institution_id, (select count(*) from asset_sector x join asset_sector y on y.sector_id = x.sector_id
             where x.asset_id = a.id and y.asset_id = ?)::int as shared
           from asset a where a.slug = ? and a.status = 'PUBLISHED' and a.id <> ? and exists (
             select 1 from expression_of_interest e where e.asset_id = a.id and e.company_id = ? and e.status <> 'WITHDRAWN')`,
          [assetId, reason.listingSlug, assetId, companyId],
        );
        expect(liked, `${about}: a listing the company showed interest in`).toBeDefined();
        expect(liked!.shared, `${about}: sectors shared`).toBeGreaterThan(0);
        if (match.interestInstitution !== undefined)
          expect(liked!.institution_id, about).toBe(match.interestInstitution);
        break;
      }
      default:
        throw new Error(`Unknown reason: ${about}`);
    }
  }
}
