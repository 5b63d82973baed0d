import { beforeAll, describe, expect, it } from 'vitest';
import { useDemoClients } from '../test-support/demo-accounts.js';
import { completeFields, create, publish, sectorIds, update } from '../test-support/listing-fixtures.js';
import { useTestServer } from '../test-support/use-test-server.js';

const server = useTestServer();
const { officer, otherOfficer, anonymous } = useDemoClients(server);

const ADD = `mutation($input: EmbedOriginInput!) { addEmbedOrigin(input: $input) { origins errors { code } } }`;

async function get(path: string) {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, headers: response.headers, html: await response.text() };
}

const titles = (html: string) => [...html.matchAll(/<h2><a [^>]*>(.*?)<span class="sr">/g)].map((match) => match[1]!);

let sectors: string[];
let irst: string;

beforeAll(async () => {
  sectors = await sectorIds(server);
  const found = await anonymous.gql<{ institution: { id: string } }>('{ institution(slug: "irst") { id } }');
  irst = found.data!.institution.id;
});

describe('the listings widget', () => {
  it('cannot be framed anywhere until the institute lists a site, then only there; other pages never', async () => {
    const before = await get('/embed/institutes/int');
    expect(before.status).toBe(200);
    expect(before.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const added = await officer.gql(ADD, { input: { institutionId: irst, origin: 'https://www.irst.example/home' } });
    expect(added.errors).toBeUndefined();
    await officer.gql(ADD, { input: { institutionId: irst, origin: 'https://ricerca.irst.example' } });
    const after = await get('/embed/institutes/irst');
    const policy = after.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/frame-ancestors https:\/\/ricerca\.irst\.example https:\/\/www\.irst\.example$/);
    expect(policy).toMatch(
      /default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'self'; form-action 'self'/,
    );
    expect(after.headers.get('x-frame-options')).toBeNull();
    expect(after.headers.get('x-robots-tag')).toBe('noindex');
    // Another institute's widget keeps its own (empty) list.
    expect((await get('/embed/institutes/int')).headers.get('content-security-policy')).toContain(
      "frame-ancestors 'none'",
    );
    // Every other response still refuses to be framed.
    for (const path of ['/', '/institutes/irst', '/robots.txt', '/feeds/catalogue.atom', '/embed/institutes/nobody']) {
      const other = await get(path);
      expect(other.headers.get('x-frame-options'), path).toBe('DENY');
      expect(other.headers.get('content-security-policy') ?? '', path).not.toMatch(/frame-ancestors (?!'none')/);
    }
  });

  it('shows the institute’s published listings only, with links to their pages, within its size budget', async () => {
    const draft = await create(officer, { kind: 'INVENTION', title: 'Embed draft zyxembed assay' });
    const shown = await create(officer, { kind: 'INVENTION', title: 'Embed published zyxembed assay' });
    await update(officer, { id: shown.asset!.id, ...completeFields(sectors) });
    const published = await publish(officer, shown.asset!.id);
    expect(published.errors).toEqual([]);
    const elsewhere = await create(otherOfficer, { kind: 'INVENTION', title: 'Embed zyxembed assay of INT' });
    await update(otherOfficer, { id: elsewhere.asset!.id, ...completeFields(sectors) });
    await publish(otherOfficer, elsewhere.asset!.id);

    const { status, html, headers } = await get('/embed/institutes/irst?q=zyxembed');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(titles(html)).toEqual(['Embed published zyxembed assay']);
    expect(html).toContain(`href="${server.url}/assets/${published.asset!.slug}" target="_blank" rel="noopener"`);
    expect(html).not.toContain(draft.asset!.title);
    expect(html).not.toContain('<script');
    expect(Buffer.byteLength((await get('/embed/institutes/irst')).html)).toBeLessThan(15_000);
  });

  it('filters by kind and sector, pages, and ignores what it does not understand', async () => {
    const all = await get('/embed/institutes/irst');
    const sectorSelect = /<select id="sector" name="sector">(.*?)<\/select>/.exec(all.html)?.[1] ?? '';
    const sectorOptions = [...sectorSelect.matchAll(/<option value="([a-z0-9-]+)"/g)].map((match) => match[1]!);
    expect(sectorOptions.length).toBeGreaterThan(0);
    const services = await get('/embed/institutes/irst?kind=SERVICE');
    expect(services.html).toContain('<option value="SERVICE" selected>');
    for (const item of services.html.split('<li').slice(1)) expect(item).toContain('<p class="kind">Service</p>');
    const sector = await get(`/embed/institutes/irst?sector=${sectorOptions[0]}`);
    expect(sector.html).toContain(`<option value="${sectorOptions[0]}" selected>`);
    // Unknown values are dropped: the widget shows more, never an error inside someone's site.
    const lenient = await get('/embed/institutes/irst?kind=BOGUS&sector=no-such-sector&q=%00');
    expect(lenient.status).toBe(200);
    expect(titles(lenient.html)).toEqual(titles(all.html));
    // Ten a page, the next ones behind a link that keeps the filters.
    expect(titles(all.html)).toHaveLength(10);
    const next = /<a href="([^"]+)" rel="next">/.exec(all.html)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toMatch(/^\/embed\/institutes\/irst\?after=/);
    const second = await get(next!);
    expect(titles(second.html).some((title) => titles(all.html).includes(title))).toBe(false);
    expect(second.html).toContain('First page');
    expect((await get('/embed/institutes/irst?after=bm90LWEtY3Vyc29y')).status).toBe(400);
  });

  it('speaks Italian with ?lang=it', async () => {
    const { html } = await get('/embed/institutes/irst?lang=it&kind=INVENTION');
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('<label for="q">Parole</label>');
    expect(html).toContain('<input type="hidden" name="lang" value="it">');
    expect(html).toContain('<p class="kind">Invenzione</p>');
    expect(html).toMatch(/href="[^"]*\/it\/assets\//);
    expect(html).toMatch(/<p role="status">\d+ schede<\/p>/);
  });

  it('answers 404 for an unknown institute', async () => {
    expect((await get('/embed/institutes/nobody')).status).toBe(404);
    expect((await get('/embed/institutes/NOT%20A%20SLUG')).status).toBe(404);
  });
});
