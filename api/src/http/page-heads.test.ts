import http from 'node:http';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { countStatements, installSqlCounter } from '../test-support/sql-counter.js';
import { useTestServer } from '../test-support/use-test-server.js';
import { useWebDistFixture } from '../test-support/web-dist-fixture.js';
import { metaDescription } from './page-head.service.js';
import { checkStructuredData } from './structured-data-requirements.js';

// Issue #14, point 1 and 2: every public page answers a plain GET (no JavaScript) with its own head, the right
// status, JSON-LD, and a listing's header as the first paint; its URLs come from the configured public URL only.

const server = useTestServer({ webDistDir: useWebDistFixture() });

interface Page {
  status: number;
  html: string;
  headers: Headers;
}

async function get(page: string, headers: Record<string, string> = {}): Promise<Page> {
  const response = await fetch(`${server.url}${page}`, { headers, redirect: 'manual' });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** A GET with a Host header of the caller's choosing (fetch sends the real one). */
function getWithHeaders(page: string, headers: Record<string, string>): Promise<Page> {
  const target = new URL(server.url);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname: target.hostname, port: target.port, path: page, headers }, (response) => {
        let html = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          html += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, html, headers: new Headers() }));
      })
      .on('error', reject);
  });
}

const decodeHtml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The content of the head's tags, by name or property (unescaped); every value when there are several. */
function metaOf(html: string, key: string): string[] {
  const found = [...html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" \/>/g)];
  return found.filter((match) => match[1] === key).map((match) => decodeHtml(match[2] ?? ''));
}
const titleOf = (html: string) => decodeHtml(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]*)" \/>/.exec(html)?.[1] ?? null;
const hreflangsOf = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]*)" \/>/g)].map((m) => [m[1], m[2]]),
  );
const jsonLdOf = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? ''));

interface Listing {
  slug: string;
  title: string;
  summary: string;
  title_it: string;
  kind: string;
  institute: string;
  institute_slug: string;
  patent_numbers: string[];
}

let invention: Listing;
let service: Listing;
let institute: { slug: string; name: string; platforms: number };
let partner: { slug: string; name: string };
let base: string;

beforeAll(async () => {
  installSqlCounter();
  base = server.url;
  const db = server.orm.em.fork().getKysely();
  const listing = (kind: string, patents: boolean) =>
    sql<Listing>`
      select a.slug, a.title, a.summary, a.title_it, a.kind, i.name as institute, i.slug as institute_slug, a.patent_numbers
      from asset a join institution i on i.id = a.institution_id
      where a.status = 'PUBLISHED' and a.kind = ${kind} and (${!patents} or cardinality(a.patent_numbers) > 0)
      order by a.id limit 1`.execute(db);
  invention = (await listing('INVENTION', true)).rows[0]!;
  service = (await listing('SERVICE', false)).rows[0]!;
  const institutes = await sql<{ slug: string; name: string; platforms: number }>`
    select i.slug, i.name, count(p.id)::int as platforms from institution i join platform p on p.institution_id = i.id
    group by i.id order by count(p.id) desc, i.id limit 1`.execute(db);
  institute = institutes.rows[0]!;
  const companies = await sql<{ slug: string; name: string }>`
    select slug, name from company where listed order by id limit 1`.execute(db);
  partner = companies.rows[0]!;
});

describe('a listing’s page', () => {
  it('has its own head: title, description, canonical URL, alternates, Open Graph and Twitter tags', async () => {
    const page = await get(`/assets/${invention.slug}`);
    expect(page.status).toBe(200);
    expect(titleOf(page.html)).toBe(`${invention.title} · TT Marketplace`);
    expect(page.html.match(/<title>/g)).toHaveLength(1);
    expect(page.html.match(/<meta name="description"/g)).toHaveLength(1);
    const description = metaOf(page.html, 'description')[0] ?? '';
    expect(invention.summary.replace(/\s+/g, ' ')).toContain(description.replace(/…$/, ''));
    const url = `${base}/assets/${invention.slug}`;
    expect(canonicalOf(page.html)).toBe(url);
    expect(hreflangsOf(page.html)).toEqual({ en: url, it: `${base}/it/assets/${invention.slug}`, 'x-default': url });
    expect(metaOf(page.html, 'og:title')).toEqual([`${invention.title} · TT Marketplace`]);
    expect(metaOf(page.html, 'og:description')).toEqual([description]);
    expect(metaOf(page.html, 'og:url')).toEqual([url]);
    expect(metaOf(page.html, 'og:type')).toEqual(['article']);
    expect(metaOf(page.html, 'og:site_name')).toEqual(['TT Marketplace']);
    expect(metaOf(page.html, 'og:locale')).toEqual(['en_GB']);
    expect(metaOf(page.html, 'og:locale:alternate')).toEqual(['it_IT']);
    expect(metaOf(page.html, 'og:image')).toEqual([`${base}/og/listings/${invention.slug}.png`]);
    expect(metaOf(page.html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaOf(page.html, 'twitter:image')).toEqual([`${base}/og/listings/${invention.slug}.png`]);
    expect(metaOf(page.html, 'robots')).toEqual([]);
  });

  it('is in Italian under /it, with the listing’s Italian text when it has one', async () => {
    const page = await get(`/it/assets/${invention.slug}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="it">');
    const title = invention.title_it || invention.title;
    expect(titleOf(page.html)).toBe(`${title} · TT Marketplace`);
    expect(canonicalOf(page.html)).toBe(`${base}/it/assets/${invention.slug}`);
    expect(metaOf(page.html, 'og:locale')).toEqual(['it_IT']);
    expect(page.html).toContain('<p class="asset-header__institute">Offerto da ');
  });

  it('shows an English text on the Italian page marked as English', async () => {
    const db = server.orm.em.fork().getKysely();
    await sql`update asset set title_it = '', summary_it = '' where slug = ${service.slug}`.execute(db);
    const page = await get(`/it/assets/${service.slug}`);
    expect(titleOf(page.html)).toBe(`${service.title} · TT Marketplace`);
    expect(page.html).toContain('<h1 class="asset-header__title" lang="en">');
    expect(page.html).toContain('Servizio</span>');
  });

  it('paints its header before the app runs, inside #root, in the page’s classes', async () => {
    const page = await get(`/assets/${invention.slug}`);
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<script/.exec(page.html)?.[1] ?? '';
    expect(root).toContain('<header class="asset-header">');
    expect(root).toContain('<span class="badge badge--kind badge--invention">Invention</span>');
    expect(root).toMatch(/<span class="badge badge--trl">TRL \d<\/span>/);
    expect(decodeHtml(/<h1 class="asset-header__title">([^<]*)<\/h1>/.exec(root)?.[1] ?? '')).toBe(invention.title);
    expect(root).toContain(`<a href="/institutes/${invention.institute_slug}">`);
  });

  it('escapes a title with <, " and & everywhere it appears, and JSON-LD against </script>', async () => {
    const db = server.orm.em.fork().getKysely();
    const title = 'Anti-<CD19> "CAR" & co </script><script>alert(1)</script>';
    await sql`update asset set title = ${title} where slug = ${service.slug}`.execute(db);
    const page = await get(`/assets/${service.slug}`);
    expect(page.html).not.toContain('<CD19>');
    expect(page.html).not.toContain('<script>alert(1)');
    expect(page.html.match(/<\/script>/g)).toHaveLength(3); // two JSON-LD objects and the app's script
    expect(titleOf(page.html)).toBe(`${title} · TT Marketplace`);
    expect(metaOf(page.html, 'og:title')).toEqual([`${title} · TT Marketplace`]);
    expect(page.html).toContain('<h1 class="asset-header__title">Anti-&lt;CD19&gt; &quot;CAR&quot; &amp; co');
    const [item] = jsonLdOf(page.html);
    expect(item?.name).toBe(title);
  });

  it('carries a Product with its institute and patents for an invention, a Service for a service, and breadcrumbs', async () => {
    const [product, trail] = jsonLdOf((await get(`/assets/${invention.slug}`)).html);
    expect(product).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: invention.title,
      url: `${base}/assets/${invention.slug}`,
      brand: {
        '@type': 'Organization',
        name: invention.institute,
        url: `${base}/institutes/${invention.institute_slug}`,
      },
    });
    expect(product?.identifier).toEqual(
      invention.patent_numbers.map((value) => ({ '@type': 'PropertyValue', propertyID: 'patent', value })),
    );
    expect(trail).toMatchObject({ '@type': 'BreadcrumbList' });
    expect(checkStructuredData(product)).toEqual([]);
    expect(checkStructuredData(trail)).toEqual([]);
    const [offer, serviceTrail] = jsonLdOf((await get(`/it/assets/${service.slug}`)).html);
    expect(offer).toMatchObject({ '@type': 'Service', serviceType: 'Servizio', provider: { '@type': 'Organization' } });
    expect(checkStructuredData(offer)).toEqual([]);
    expect(checkStructuredData(serviceTrail)).toEqual([]);
  });
});

describe('statuses', () => {
  it('answers 404 with the app for an unknown listing, institute, partner, or a path no page has', async () => {
    for (const page of [
      '/assets/no-such-listing',
      '/it/assets/no-such-listing',
      '/assets/NOT%00A-SLUG',
      '/institutes/no-such-institute',
      '/partners/no-such-company',
      '/wp-login.php',
      '/items',
      '/de/assets/x',
    ]) {
      const response = await get(page);
      expect(response.status, page).toBe(404);
      expect(response.html, page).toContain('<div id="root"></div>');
      expect(response.html, page).toContain('<script type="module" src="/_app/main.js"></script>');
      expect(metaOf(response.html, 'robots'), page).toEqual(['noindex']);
      expect(canonicalOf(response.html), page).toBeNull();
    }
    expect(titleOf((await get('/it/assets/no-such-listing')).html)).toBe('Scheda non trovata · TT Marketplace');
    expect(titleOf((await get('/institutes/no-such-institute')).html)).toBe('Institute not found · TT Marketplace');
    expect(titleOf((await get('/it/partners/no-such-company')).html)).toBe('Azienda non trovata · TT Marketplace');
    expect(titleOf((await get('/it/wp-login.php')).html)).toBe('Pagina non trovata · TT Marketplace');
  });

  it('answers 400 for a path that is not percent-encoded UTF-8', async () => {
    for (const page of ['/assets/%E0%A4%A', '/it/institutes/%ZZ']) expect((await get(page)).status, page).toBe(400);
  });

  it('answers 404 for a draft and 410 for a withdrawn (archived) listing, at its slug and former ones', async () => {
    const db = server.orm.em.fork().getKysely();
    await sql`update asset set status = 'DRAFT' where slug = ${service.slug}`.execute(db);
    expect((await get(`/assets/${service.slug}`)).status).toBe(404);
    await sql`update asset set status = 'ARCHIVED' where slug = ${service.slug}`.execute(db);
    const gone = await get(`/assets/${service.slug}`);
    expect(gone.status).toBe(410);
    expect(titleOf(gone.html)).toBe('Listing no longer available · TT Marketplace');
    expect(metaOf(gone.html, 'robots')).toEqual(['noindex']);
    const { rows } = await sql<{ id: number }>`select id from asset where slug = ${service.slug}`.execute(db);
    await sql`insert into asset_slug_redirect (asset_id, slug, created_at) values (${rows[0]!.id}, 'an-archived-former-slug', now())`.execute(
      db,
    );
    expect((await get('/it/assets/an-archived-former-slug')).status).toBe(410);
    await sql`update asset set status = 'PUBLISHED' where slug = ${service.slug}`.execute(db);
  });

  it('keeps the 301 of a renamed listing', async () => {
    const db = server.orm.em.fork().getKysely();
    const { rows } = await sql<{ id: number }>`select id from asset where slug = ${invention.slug}`.execute(db);
    await sql`insert into asset_slug_redirect (asset_id, slug, created_at) values (${rows[0]!.id}, 'a-renamed-listing', now())`.execute(
      db,
    );
    const moved = await get('/it/assets/a-renamed-listing?ref=mail');
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`/it/assets/${invention.slug}?ref=mail`);
  });

  it('serves signed-in pages with 200, the site’s head and noindex', async () => {
    for (const page of ['/triage', '/it/office/listings', '/account', '/sign-in', '/admin/users', '/pipeline/12']) {
      const response = await get(page);
      expect(response.status, page).toBe(200);
      expect(titleOf(response.html), page).toBe('TT Marketplace');
      expect(metaOf(response.html, 'robots'), page).toEqual(['noindex']);
      expect(canonicalOf(response.html), page).toBeNull();
      expect(jsonLdOf(response.html), page).toEqual([]);
    }
  });

  it('answers a revalidation with 304 when the page has not changed', async () => {
    const first = await get(`/assets/${invention.slug}`);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await fetch(`${base}/assets/${invention.slug}`, { headers: { 'if-none-match': tag ?? '' } });
    expect(again.status).toBe(304);
  });
});

describe('institute and partner pages', () => {
  it('an institute’s page: its name, an Organization with its platforms, breadcrumbs', async () => {
    const page = await get(`/institutes/${institute.slug}`);
    expect(page.status).toBe(200);
    expect(titleOf(page.html)).toBe(`${institute.name} · TT Marketplace`);
    expect(canonicalOf(page.html)).toBe(`${base}/institutes/${institute.slug}`);
    expect(hreflangsOf(page.html)).toMatchObject({ it: `${base}/it/institutes/${institute.slug}` });
    expect(metaOf(page.html, 'og:image')).toEqual([]);
    expect(metaOf(page.html, 'twitter:card')).toEqual(['summary']);
    const [organization, trail] = jsonLdOf(page.html);
    expect(organization).toMatchObject({ '@type': 'Organization', name: institute.name });
    expect(organization?.subOrganization).toHaveLength(institute.platforms);
    expect(checkStructuredData(organization)).toEqual([]);
    expect(checkStructuredData(trail)).toEqual([]);
    expect(page.html).toContain('<div id="root"></div>');
  });

  it('a listed partner’s page, in both languages', async () => {
    for (const [prefix, directory] of [
      ['', 'Partner directory'],
      ['/it', 'Elenco dei partner'],
    ] as const) {
      const page = await get(`${prefix}/partners/${partner.slug}`);
      expect(page.status).toBe(200);
      expect(titleOf(page.html)).toBe(`${partner.name} · TT Marketplace`);
      expect(canonicalOf(page.html)).toBe(`${base}${prefix}/partners/${partner.slug}`);
      const [organization, trail] = jsonLdOf(page.html);
      expect(checkStructuredData(organization)).toEqual([]);
      expect(trail).toMatchObject({ itemListElement: [{ name: directory }, { name: partner.name }] });
    }
  });

  it('an unlisted company has no public page', async () => {
    const db = server.orm.em.fork().getKysely();
    const { rows } = await sql<{ slug: string }>`select slug from company where not listed limit 1`.execute(db);
    if (rows[0]) expect((await get(`/partners/${rows[0].slug}`)).status).toBe(404);
  });
});

describe('technology requests', () => {
  it('a public request has its own head in both languages; one for the institutes only, or none, is not found', async () => {
    const db = server.orm.em.fork().getKysely();
    const { rows } = await sql<{ slug: string; title: string; description: string; visibility: string }>`
      select distinct on (visibility) slug, title, description, visibility from technology_request
      order by visibility, id`.execute(db);
    const open = rows.find((row) => row.visibility === 'PUBLIC');
    const offices = rows.find((row) => row.visibility === 'OFFICES');
    expect(open && offices, 'the demo data has a request of each visibility').toBeTruthy();
    for (const [prefix, directory] of [
      ['', 'Technology requests'],
      ['/it', 'Richieste di tecnologia'],
    ] as const) {
      const page = await get(`${prefix}/requests/${open!.slug}`);
      expect(page.status).toBe(200);
      expect(titleOf(page.html)).toBe(`${open!.title} · TT Marketplace`);
      expect(canonicalOf(page.html)).toBe(`${base}${prefix}/requests/${open!.slug}`);
      expect(decodeHtml(metaOf(page.html, 'description')[0] ?? '')).toBe(metaDescription(open!.description));
      expect(metaOf(page.html, 'robots')).toEqual([]);
      const [trail] = jsonLdOf(page.html);
      expect(trail).toMatchObject({ itemListElement: [{ name: directory }, { name: open!.title }] });
      expect(checkStructuredData(trail)).toEqual([]);
    }
    for (const page of [`/requests/${offices!.slug}`, '/requests/no-such-request']) {
      const response = await get(page);
      expect(response.status, page).toBe(404);
      expect(metaOf(response.html, 'robots'), page).toEqual(['noindex']);
      expect(response.html, page).toContain('<div id="root"></div>');
    }
    expect(titleOf((await get('/it/requests/no-such-request')).html)).toBe('Richiesta non trovata · TT Marketplace');
    // The form for a new request and a request's editor are signed-in pages.
    expect((await get('/requests/new')).status).toBe(200);
    expect((await get(`/requests/${open!.slug}/edit`)).status).toBe(200);
  });
});

describe('the catalogue and the directories', () => {
  it('the network’s pages (about, privacy, terms, cookies) are indexed with their own titles, in both languages', async () => {
    for (const [page, title] of [
      ['/about', 'About the TT Marketplace · TT Marketplace'],
      ['/privacy', 'Privacy notice · TT Marketplace'],
      ['/it/terms', 'Condizioni d’uso · TT Marketplace'],
      ['/it/cookies', 'Informativa sui cookie · TT Marketplace'],
    ] as const) {
      const html = (await get(page)).html;
      expect(titleOf(html)).toBe(title);
      expect(canonicalOf(html)).toBe(`${base}${page}`);
      expect(html).not.toContain('noindex');
    }
  });

  it('the home page is the catalogue', async () => {
    for (const [page, title, canonical] of [
      ['/', 'Catalogue · TT Marketplace', `${base}/`],
      ['/it', 'Catalogo · TT Marketplace', `${base}/it`],
      ['/it/', 'Catalogo · TT Marketplace', `${base}/it`],
      ['/partners', 'Partner directory · TT Marketplace', `${base}/partners`],
      ['/it/institutes', 'Istituti · TT Marketplace', `${base}/it/institutes`],
      ['/requests', 'Technology requests · TT Marketplace', `${base}/requests`],
    ] as const) {
      const response = await get(page);
      expect(response.status, page).toBe(200);
      expect(titleOf(response.html), page).toBe(title);
      expect(canonicalOf(response.html), page).toBe(canonical);
      expect(Object.keys(hreflangsOf(response.html)), page).toEqual(['en', 'it', 'x-default']);
      expect(metaOf(response.html, 'robots'), page).toEqual([]);
      for (const data of jsonLdOf(response.html)) expect(checkStructuredData(data), page).toEqual([]);
    }
  });

  it('a filtered catalogue names its filters and has one canonical URL whatever the order or junk', async () => {
    const page = await get('/it/?sector=oncology&kind=SERVICE&utm_source=x&kind=BOGUS&trlMin=12&kind=INVENTION');
    expect(page.status).toBe(200);
    expect(titleOf(page.html)).toBe('Catalogo · Invenzione · Servizio · TT Marketplace');
    expect(canonicalOf(page.html)).toBe(`${base}/it/?kind=INVENTION&amp;kind=SERVICE&amp;sector=oncology`);
    expect(hreflangsOf(page.html).en).toBe(`${base}/?kind=INVENTION&amp;kind=SERVICE&amp;sector=oncology`);
  });

  it('a search by words is followed but not indexed', async () => {
    const page = await get('/?q=%3Cb%3Ecar-t%20%26%20%22nk%22');
    expect(titleOf(page.html)).toBe('Catalogue: “<b>car-t & "nk"” · TT Marketplace');
    expect(page.html).not.toContain('<b>');
    expect(metaOf(page.html, 'robots')).toEqual(['noindex, follow']);
  });
});

describe('URLs never come from the request', () => {
  it('a forged Host or X-Forwarded-Host changes nothing in a page', async () => {
    const page = `/assets/${invention.slug}`;
    const genuine = await get(page);
    const forgeries: Record<string, string>[] = [
      { host: 'attacker.example' },
      { host: new URL(base).host, 'x-forwarded-host': 'attacker.example', 'x-forwarded-proto': 'https' },
    ];
    for (const headers of forgeries) {
      const forged = await getWithHeaders(page, headers);
      expect(forged.status).toBe(200);
      expect(forged.html).toBe(genuine.html);
      expect(forged.html).not.toContain('attacker.example');
    }
  });
});

describe('the cost of a head', () => {
  it('is one statement for a listing or a partner, two for an institute or a missing listing, none otherwise', async () => {
    const cost = (page: string) => countStatements(() => get(page));
    expect(await cost(`/assets/${invention.slug}`)).toBe(1);
    expect(await cost(`/it/assets/${invention.slug}`)).toBe(1);
    expect(await cost(`/partners/${partner.slug}`)).toBe(1);
    expect(await cost(`/institutes/${institute.slug}`)).toBe(2);
    expect(await cost('/requests/no-such-request')).toBe(1);
    // The listing (its former slugs too: a 301), then its status.
    expect(await cost('/assets/no-such-listing')).toBe(2);
    expect(await cost('/?kind=SERVICE')).toBe(0);
    expect(await cost('/triage')).toBe(0);
    expect(await cost('/wp-login.php')).toBe(0);
  });
});
