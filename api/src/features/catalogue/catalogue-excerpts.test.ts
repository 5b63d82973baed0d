// A search result's excerpt shows where the description matched; a match only in the title or the summary (which
// the result card shows already) gives no excerpt at all.
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
