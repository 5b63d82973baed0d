// A search result's excerpt shows where the description matched; a match only in the title or the summary (which
// the result card shows already) gives no excerpt at all. The excerpt of a long description comes from the part of
// it around the first match (description_excerpt), and still from the whole text when that part holds none.
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../test-support/use-test-server.js';
import { excerptSnippet } from './catalogue-search.service.js';

const server = useTestServer();

interface Edge {
  snippet: { text: string; highlighted: boolean }[] | null;
  node: { slug: string };
}

const SEARCH = `query($query: String) { assets(query: $query, first: 100) { edges { snippet { text highlighted } node { slug } } } }`;

async function search(query: string): Promise<Edge[]> {
  const response = await server.gql<{ assets: { edges: Edge[] } }>(SEARCH, { query });
  return response.data!.assets.edges;
}

interface Listing {
  slug: string;
  title: string;
  summary: string;
  description: string;
}

async function publishedListings(): Promise<Listing[]> {
  return server.orm.em
    .fork()
    .execute<Listing[]>(
      `select slug, title, summary, description from asset where status = 'PUBLISHED' and description is not null order by id`,
    );
}

const words = (text: string) => text.toLowerCase().match(/\p{L}{9,}/gu) ?? [];
/** No word of `text` shares the first six letters (a stem, roughly) with `word`. */
const absentFrom = (word: string, text: string) => !text.toLowerCase().includes(word.slice(0, 6));

describe("search results' excerpts", () => {
  it('give none when the query matched only what the card shows (title or summary)', async () => {
    const listings = await publishedListings();
    const everything = listings
      .map((listing) => `${listing.title} ${listing.summary} ${listing.description}`)
      .join(' ');
    // A word of one listing's summary that no description (of any listing) has.
    const found = listings
      .flatMap((listing) => words(listing.summary).map((word) => ({ listing, word })))
      .find(({ word }) => listings.every((other) => absentFrom(word, other.description)) && everything.includes(word));
    expect(found, 'a summary word no description has').toBeTruthy();
    const edges = await search(found!.word);
    const edge = edges.find((candidate) => candidate.node.slug === found!.listing.slug);
    expect(edge, `${found!.listing.slug} found by "${found!.word}"`).toBeTruthy();
    expect(edge!.snippet).toBeNull();
  });

  it('show the description where it matched, highlighted', async () => {
    const listings = await publishedListings();
    const found = listings
      .flatMap((listing) => words(listing.description).map((word) => ({ listing, word })))
      .find(({ listing, word }) => absentFrom(word, `${listing.title} ${listing.summary}`));
    expect(found, 'a description word the title and summary lack').toBeTruthy();
    const edges = await search(found!.word);
    const edge = edges.find((candidate) => candidate.node.slug === found!.listing.slug);
    expect(
      edge!.snippet!.some((part) => part.highlighted && part.text.toLowerCase().startsWith(found!.word.slice(0, 6))),
    ).toBe(true);
  });

  it('keep a headline only when it holds a match', () => {
    expect(excerptSnippet('The first words of the description')).toBeNull();
    expect(excerptSnippet('Cells \u0001expanded\u0002 in culture')).toEqual([
      { text: 'Cells ', highlighted: false },
      { text: 'expanded', highlighted: true },
      { text: ' in culture', highlighted: false },
    ]);
  });
});

const OPTIONS = 'StartSel=<, StopSel=>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';

interface Excerpts {
  part: string;
  whole: string;
}

/** The excerpt of `body` for `query` (English unless said), beside ts_headline's of the whole text. */
async function excerpts(body: string, query: string, italian = false): Promise<Excerpts> {
  const [row] = await server.orm.em.fork().execute<Excerpts[]>(
    `select description_excerpt(c, b, q, excerpt_pattern(q), o, '<') as part, ts_headline(c, b, q, o) as whole
     from (select ?::regconfig c, ?::text b, ?::text o,
       case when ? then italian_search_query(?) else websearch_to_tsquery('english_unaccent', ?) end q) v`,
    [italian ? 'italian_unaccent' : 'english_unaccent', body, OPTIONS, italian, query, query],
  );
  return row!;
}

/** Filler words none of the queries below match, `count` of them. */
const filler = (count: number) =>
  Array.from({ length: count }, (_, index) => ['stable', 'assay', 'protocol', 'workflow'][index % 4]).join(' ');

const highlights = (excerpt: string) => [...excerpt.matchAll(/<([^>]+)>/g)].map((match) => match[1]!.toLowerCase());

describe("a long description's excerpt", () => {
  it('comes from around the first match, as the whole text gives it', async () => {
    const body = `${filler(150)} Tested on medulloblastoma models in two cohorts. ${filler(150)}`;
    expect(body.length).toBeGreaterThan(2000);
    const { part, whole } = await excerpts(body, 'medulloblastoma');
    expect(highlights(part)).toEqual(['medulloblastoma']);
    expect(part).toBe(whole);
  });

  it('leaves out a second match far from the first (the whole text would show both)', async () => {
    const body = `Tested on medulloblastoma models. ${filler(200)} Also medulloblastoma xenografts. ${filler(20)}`;
    const { part, whole } = await excerpts(body, 'medulloblastoma');
    expect(highlights(whole)).toEqual(['medulloblastoma', 'medulloblastoma']);
    expect(highlights(part)).toEqual(['medulloblastoma']);
    expect(part).toContain('Tested on');
  });

  it('still finds the match when another word begins like it first', async () => {
    // "cellular" begins as "cells" does, far before the only match: the part around it holds none.
    const body = `Cellular ${filler(200)} Expanded cells in culture. ${filler(20)}`;
    const { part } = await excerpts(body, 'cell');
    expect(highlights(part)).toEqual(['cells']);
  });

  it('still finds the match when its written form differs from the query (accents)', async () => {
    const body = `${filler(150)} Primed naïve lymphocytes. ${filler(20)}`;
    const { part } = await excerpts(body, 'naive');
    expect(highlights(part)).toEqual(['naïve']);
  });

  it('works on an Italian description with the Italian query', async () => {
    const body = `${filler(150)} Le nuove terapie cellulari sono state validate. ${filler(150)}`;
    const { part, whole } = await excerpts(body, 'terapia', true);
    expect(highlights(part)).toEqual(['terapie']);
    expect(part).toBe(whole);
  });

  it('has a match whenever the whole text has one, for every word of every listing', async () => {
    // Each description three times over (past the window's 640 characters), each word of it 9 letters or longer.
    const listings = await publishedListings();
    const cases = listings.flatMap((listing) =>
      [...new Set(words(listing.description))].slice(0, 4).map((word) => ({ word, body: listing.description })),
    );
    expect(cases.length).toBeGreaterThan(20);
    const [row] = await server.orm.em.fork().execute<{ checked: number; differing: string[] }[]>(
      `select count(*)::int as checked,
         coalesce(array_agg(w) filter (where (strpos(part, '<') > 0) <> (strpos(whole, '<') > 0)), '{}') as differing
       from (select w, description_excerpt(c, b, q, excerpt_pattern(q), ?, '<') as part, ts_headline(c, b, q, ?) as whole
         from (select w, 'english_unaccent'::regconfig as c, repeat(b || ' ', 3) as b,
           websearch_to_tsquery('english_unaccent', w) as q
           from jsonb_to_recordset(?::jsonb) as x(w text, b text)) v) e`,
      [OPTIONS, OPTIONS, JSON.stringify(cases.map(({ word, body }) => ({ w: word, b: body })))],
    );
    expect(row).toEqual({ checked: cases.length, differing: [] });
  });
});
