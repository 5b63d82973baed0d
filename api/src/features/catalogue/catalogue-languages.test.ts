import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../test-support/use-test-server.js';

// The catalogue in both languages (issue #11): a query is matched as its English parse in the English texts and,
// for a request in Italian, its Italian parse in the Italian texts and sector labels, accents folded; the listings,
// their snippets and the facets' labels come in the request's language (Accept-Language) when the listing has it.

interface Node {
  slug: string;
  title: string;
  summary: string;
  textLanguage: 'EN' | 'IT';
}
interface Page {
  assets: {
    totalCount: number;
    edges: { snippet: { text: string; highlighted: boolean }[] | null; node: Node }[];
    facets: { sectors: { value: string; label: string; count: number }[] };
  };
}

const SEARCH = /* GraphQL */ `
  query Search($query: String, $first: Int) {
    assets(query: $query, first: $first) {
      totalCount
      edges { snippet { text highlighted } node { slug title summary textLanguage } }
      facets { sectors { value label count } }
    }
  }
`;

const server = useTestServer();
const sql = <T>(text: string, params: unknown[] = []) => server.orm.em.fork().execute<T[]>(text, params);

async function search(query: string | null, language?: string, first = 100): Promise<Page['assets']> {
  const headers = language ? { 'accept-language': language } : undefined;
  const response = await server.gql<Page>(SEARCH, { query, first }, { headers });
  expect(response.errors).toBeUndefined();
  return response.data!.assets;
}

describe('searching in Italian', () => {
  it.each([
    ['immunoterapia', 'immunotherapy'],
    ['anticorpo', 'antibody'],
    ['polmone', 'lung'],
    ['sequenziamento', 'sequencing'],
    ['biobanca', 'biobank'],
    ['campioni tumorali', 'tumour samples'],
  ])('"%s" finds at least as many demo listings as "%s"', async (italian, english) => {
    const [inItalian, inEnglish] = await Promise.all([search(italian, 'it'), search(english, 'en')]);
    expect(inEnglish.totalCount).toBeGreaterThan(0);
    expect(inItalian.totalCount).toBeGreaterThanOrEqual(inEnglish.totalCount);
  });

  it('folds accents: a word typed without them finds the text and labels written with them', async () => {
    const [labelled] = await sql<{ count: string }>(
      `select count(*) from asset_search s join sector x on x.id = any(s.sector_ids) where x.slug = 'digital-health'`,
    );
    expect(Number(labelled!.count)).toBeGreaterThan(0);
    // "Sanità digitale", the Italian label of Digital health.
    const typed = await search('sanita digitale', 'it');
    expect(typed.totalCount).toBeGreaterThanOrEqual(Number(labelled!.count));
    expect((await search('SANITÀ digitale', 'it')).totalCount).toBe(typed.totalCount);
  });

  it('finds a noun by its adjective and back ("tumorali", "tumore")', async () => {
    const slugs = async (query: string) => (await search(query, 'it')).edges.map((edge) => edge.node.slug).sort();
    const [withNoun] = await sql<{ slug: string }>(
      `select a.slug from asset a join asset_search s on s.asset_id = a.id
       where s.match_vector_it @@ to_tsquery('italian_unaccent', 'tumore') and not s.match_vector_it @@ to_tsquery('italian_unaccent', 'tumorale')
       order by a.id limit 1`,
    );
    expect(await slugs('tumorale')).toContain(withNoun!.slug);
    expect(await slugs('tumorali')).toEqual(await slugs('tumore'));
  });

  it('never matches, for a request in English, an English word with an Italian one that stems alike ("lung", "lungo")', async () => {
    const english = new Set((await search('lung')).edges.map((edge) => edge.node.slug));
    const published = await sql<{ id: number; slug: string }>(
      `select a.id, a.slug from asset a where a.status = 'PUBLISHED' order by a.id`,
    );
    const other = published.find((listing) => !english.has(listing.slug));
    await sql(
      `update asset set description_it = description_it || ' I risultati restano stabili a lungo termine.'
      where id = ?`,
      [other!.id],
    );
    try {
      expect((await search('lung')).edges.map((edge) => edge.node.slug)).not.toContain(other!.slug);
      expect((await search('lungo termine', 'it')).edges.map((edge) => edge.node.slug)).toContain(other!.slug);
    } finally {
      await sql(
        `update asset set description_it = replace(description_it, ' I risultati restano stabili a lungo termine.', '')
        where id = ?`,
        [other!.id],
      );
    }
  });
});

describe('the language of what is shown', () => {
  it('shows a listing in Italian to an Italian request, with its snippet, and in English otherwise', async () => {
    const italian = await search('immunoterapia', 'it', 5);
    const slug = italian.edges[0]!.node.slug;
    const [stored] = await sql<{ title: string; title_it: string; summary_it: string }>(
      `select title, title_it, summary_it from asset where slug = ?`,
      [slug],
    );
    expect(italian.edges[0]!.node).toEqual({
      slug,
      title: stored!.title_it,
      summary: stored!.summary_it,
      textLanguage: 'IT',
    });
    expect(italian.edges[0]!.snippet!.some((part) => part.highlighted && /immunoterap/i.test(part.text))).toBe(true);
    const LISTING = `query ($slug: String!) { asset(slug: $slug) { title textLanguage } }`;
    const inEnglish = await server.gql<{ asset: { title: string; textLanguage: string } }>(LISTING, { slug });
    expect(inEnglish.data!.asset).toEqual({ title: stored!.title, textLanguage: 'EN' });
    // A browser's own header, by preference; a language the marketplace does not speak is English.
    const language = async (header: string) =>
      (
        await server.gql<{ asset: { textLanguage: string } }>(
          LISTING,
          { slug },
          { headers: { 'accept-language': header } },
        )
      ).data!.asset.textLanguage;
    expect(await language('it-IT,it;q=0.9,en;q=0.8')).toBe('IT');
    expect(await language('en-GB,it;q=0.8')).toBe('EN');
    expect(await language('de-DE,de;q=0.9')).toBe('EN');
  });

  it('shows a listing whose Italian text is incomplete in English, whole, to an Italian request', async () => {
    const [listing] = await sql<{ id: number; slug: string; problem_it: string }>(
      `select id, slug, problem_it from asset where status = 'PUBLISHED' and problem_it <> '' order by id limit 1`,
    );
    await sql(`update asset set problem_it = '' where id = ?`, [listing!.id]);
    try {
      const response = await server.gql<{ asset: Node & { problem: string } }>(
        `query ($slug: String!) { asset(slug: $slug) { slug title summary problem textLanguage } }`,
        { slug: listing!.slug },
        { headers: { 'accept-language': 'it' } },
      );
      const [stored] = await sql<{ title: string; problem: string }>(`select title, problem from asset where id = ?`, [
        listing!.id,
      ]);
      expect(response.data!.asset).toMatchObject({
        textLanguage: 'EN',
        title: stored!.title,
        problem: stored!.problem,
      });
    } finally {
      await sql(`update asset set problem_it = ? where id = ?`, [listing!.problem_it, listing!.id]);
    }
  });

  it("labels the sector facet in the request's language, and keeps each language's answer apart", async () => {
    // Asked three times each: the shared cache keeps an answer from the second time on.
    for (let i = 0; i < 3; i += 1) {
      const [italian, english] = await Promise.all([search(null, 'it'), search(null, 'en')]);
      const oncology = (page: Page['assets']) => page.facets.sectors.find((sector) => sector.value === 'oncology');
      expect(oncology(italian)?.label).toBe('Oncologia');
      expect(oncology(english)?.label).toBe('Oncology');
      expect(italian.edges[0]!.node.textLanguage).toBe('IT');
      expect(english.edges[0]!.node.textLanguage).toBe('EN');
    }
  });

  it('institutes, platforms, companies and sectors follow the request too', async () => {
    const QUERY = /* GraphQL */ `
      {
        institution(slug: "irst") { description textLanguage platforms { description textLanguage } }
        sectors { slug label }
      }
    `;
    const italian = await server.gql<{
      institution: { description: string; textLanguage: string; platforms: { textLanguage: string }[] };
      sectors: { slug: string; label: string }[];
    }>(QUERY, {}, { headers: { 'accept-language': 'it' } });
    const [irst] = await sql<{ description_it: string }>(`select description_it from institution where slug = 'irst'`);
    expect(italian.data!.institution).toMatchObject({ description: irst!.description_it, textLanguage: 'IT' });
    expect(italian.data!.institution.platforms.every((platform) => platform.textLanguage === 'IT')).toBe(true);
    expect(italian.data!.sectors.find((sector) => sector.slug === 'oncology')!.label).toBe('Oncologia');
    const english = await server.gql<{ institution: { textLanguage: string } }>(QUERY);
    expect(english.data!.institution.textLanguage).toBe('EN');
  });
});
