import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../test-support/use-test-server.js';
import { useWebDistFixture } from '../../test-support/web-dist-fixture.js';

// An institute's city and region as the page's language names them: Milano on the Italian pages, Milan on the
// English ones; the English name in Italian where no Italian one is stored (Meldola). The demo data stores
// Milano and Lombardia for INT.

const server = useTestServer({ webDistDir: useWebDistFixture() });

type Place = { slug: string; city: string; region: string };
const inLanguage = (language: string) => ({ headers: { 'accept-language': language } });

async function placeOf(slug: string, language: string): Promise<Place> {
  const response = await server.gql<{ institution: Place }>(
    'query($slug: String!) { institution(slug: $slug) { slug city region } }',
    { slug },
    inLanguage(language),
  );
  expect(response.errors).toBeUndefined();
  return response.data!.institution;
}

describe('institutes’ place names', () => {
  it('are the Italian names on a request in Italian, the English ones otherwise', async () => {
    expect(await placeOf('int', 'it')).toEqual({ slug: 'int', city: 'Milano', region: 'Lombardia' });
    expect(await placeOf('int', 'en')).toEqual({ slug: 'int', city: 'Milan', region: 'Lombardy' });
    // None stored: the English name, which Italian shares.
    expect(await placeOf('irst', 'it')).toEqual({ slug: 'irst', city: 'Meldola', region: 'Emilia-Romagna' });
  });

  it('are the same on a catalogue card, whose institute is read narrowed to the fields it shows', async () => {
    const cards = `{ assets(first: 100) { edges { node { slug institution { slug city } } } } }`;
    for (const [language, city] of [
      ['it', 'Milano'],
      ['en', 'Milan'],
    ]) {
      const response = await server.gql<{ assets: { edges: { node: { institution: Place } }[] } }>(
        cards,
        {},
        inLanguage(language!),
      );
      expect(response.errors).toBeUndefined();
      const int = response.data!.assets.edges.filter(({ node }) => node.institution.slug === 'int');
      expect(int.length).toBeGreaterThan(0);
      for (const { node } of int) expect(node.institution.city, language).toBe(city);
    }
  });

  it('are stored apart for the editor: texts(language) gives each language’s own, empty where none', async () => {
    const response = await server.gql<{ int: Record<string, Place>; irst: Record<string, Place> }>(
      `{
        int: institution(slug: "int") { en: texts(language: EN) { city region } it: texts(language: IT) { city region } }
        irst: institution(slug: "irst") { it: texts(language: IT) { city region } }
      }`,
      {},
      inLanguage('it'),
    );
    expect(response.data!.int).toEqual({
      en: { city: 'Milan', region: 'Lombardy' },
      it: { city: 'Milano', region: 'Lombardia' },
    });
    expect(response.data!.irst).toEqual({ it: { city: '', region: '' } });
  });

  it('name the place in a listing’s first paint on the Italian page, and in its structured data', async () => {
    const listing = await server.gql<{ assets: { edges: { node: { slug: string } }[] } }>(
      '{ assets(first: 1, filter: { institutions: ["int"] }) { edges { node { slug } } } }',
    );
    const slug = listing.data!.assets.edges[0]!.node.slug;
    const italian = await (await fetch(`${server.url}/it/assets/${slug}`)).text();
    expect(italian).toContain('<span class="muted"> · Milano</span>');
    const english = await (await fetch(`${server.url}/assets/${slug}`)).text();
    expect(english).toContain('<span class="muted"> · Milan</span>');
    const institute = await (await fetch(`${server.url}/it/institutes/int`)).text();
    expect(institute).toContain('"addressLocality":"Milano"');
    expect(institute).toContain('"addressRegion":"Lombardia"');
  });
});
