import { writeFileSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Language } from '@tt/shared/languages';
import { listingPdfPath, listingQrCodePath } from '@tt/shared/web-routes';
import express from 'express';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { ListingPdfFacts } from '../features/listing-pdf/listing-pdf.service.js';
import { ListingPdfStore } from '../features/listing-pdf/listing-pdf-store.js';
import { useDemoClients } from '../test-support/demo-accounts.js';
import { create } from '../test-support/listing-fixtures.js';
import { useTestServer } from '../test-support/use-test-server.js';
import { listingPdfRoutes } from './listing-pdf-routes.js';

const server = useTestServer();
const { officer } = useDemoClients(server);

async function get(base: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The PDF's pages and text, whitespace taken out (lines wrap anywhere between words). */
async function readPdf(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, '') };
}
const squeezed = (text: string) => text.replace(/\s+/g, '');

interface Row {
  slug: string;
  title: string;
  title_it: string;
  institute: string;
  contact_email: string;
  officer: string | null;
}

/** A published listing of `kind`, one with a contact officer where there is one. */
async function listingOf(kind: string): Promise<Row> {
  const [row] = await server.orm.em.fork().execute<Row[]>(
    `select a.slug, a.title, a.title_it, i.name as institute, i.contact_email, u.name as officer
       from asset a join institution i on i.id = a.institution_id left join app_user u on u.id = a.contact_officer_id
      where a.status = 'PUBLISHED' and a.kind = ? order by (u.id is null), a.id limit 1`,
    [kind],
  );
  if (!row) throw new Error(`no published ${kind}`);
  return row;
}

function localApp(store: ListingPdfStore): Promise<{ base: string; local: http.Server }> {
  const app = express();
  app.use(listingPdfRoutes({ db: server.orm.em.fork().getKysely(), publicUrl: 'https://tt.example', store }));
  const local = app.listen(0, '127.0.0.1');
  return new Promise((resolve) =>
    local.once('listening', () =>
      resolve({ base: `http://127.0.0.1:${(local.address() as AddressInfo).port}`, local }),
    ),
  );
}

describe('listing PDFs', () => {
  for (const kind of ['INVENTION', 'PROTOTYPE', 'SERVICE']) {
    it(`are one A4 page for a published ${kind.toLowerCase()}: title, institute, contact, in English and Italian`, async () => {
      const listing = await listingOf(kind);
      const path = listingPdfPath(listing.slug);
      expect(path).toBe(`/pdf/listings/${listing.slug}.pdf`);
      const english = await get(server.url, path);
      expect(english.status).toBe(200);
      if (process.env.LISTING_PDF_OUT) writeFileSync(`${process.env.LISTING_PDF_OUT}-${kind}.pdf`, english.bytes);
      expect(english.headers.get('content-type')).toBe('application/pdf');
      expect(english.headers.get('content-disposition')).toBe(`attachment; filename="${listing.slug}.pdf"`);
      expect(english.headers.get('cache-control')).toBe('public, max-age=3600');
      expect(english.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const read = await readPdf(english.bytes);
      expect(read.pages).toBe(1);
      expect(read.text).toContain(squeezed(listing.title));
      expect(read.text).toContain(squeezed(listing.institute));
      expect(read.text).toContain(squeezed(listing.contact_email));
      if (listing.officer) expect(read.text).toContain(squeezed(listing.officer));
      expect(read.text).toContain(squeezed('Scan to open this listing online'));
      expect(read.text).toContain(squeezed(kind === 'SERVICE' ? 'PARTNERING MODELS' : 'TECHNOLOGY READINESS'));

      const again = await get(server.url, path, { 'if-none-match': english.headers.get('etag')! });
      expect(again.status).toBe(304);

      const italian = await get(server.url, `/it${path}`);
      expect(italian.status).toBe(200);
      const readItalian = await readPdf(italian.bytes);
      expect(readItalian.pages).toBe(1);
      expect(readItalian.text).toContain(squeezed(listing.title_it || listing.title));
      expect(readItalian.text).toContain(squeezed('Inquadri il codice per aprire la scheda online'));
      expect(readItalian.text).toContain(squeezed('Contatti'));
      expect((await get(server.url, `${path}?lang=it`)).headers.get('etag')).toBe(italian.headers.get('etag'));
    });
  }

  it("are rendered anew when what they show changes without the listing: the institute's contact e-mail", async () => {
    const listing = await listingOf('PROTOTYPE');
    const path = listingPdfPath(listing.slug);
    const before = await get(server.url, path);
    const em = server.orm.em.fork();
    const changed = 'licensing.office@irst.demo';
    await em.execute(`update institution set contact_email = ? where contact_email = ?`, [
      changed,
      listing.contact_email,
    ]);
    try {
      const after = await get(server.url, path, { 'if-none-match': before.headers.get('etag')! });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
      expect((await readPdf(after.bytes)).text).toContain(squeezed(changed));
    } finally {
      await em.execute(`update institution set contact_email = ? where contact_email = ?`, [
        listing.contact_email,
        changed,
      ]);
    }
  });

  it('answer 404 for an unknown slug, a draft, an archived listing or an unknown language', async () => {
    const draft = await create(officer, { kind: 'PROTOTYPE', title: 'PDF-hidden draft' });
    const rows = await server.orm.em
      .fork()
      .execute<{ slug: string }[]>(`select slug from asset where status <> 'PUBLISHED' order by id limit 3`);
    const hidden = [...rows.map((row) => row.slug), draft.asset!.slug];
    for (const slug of [...hidden, 'no-such-listing', 'BAD..slug']) {
      expect((await get(server.url, listingPdfPath(slug))).status, slug).toBe(404);
      expect((await get(server.url, listingQrCodePath(slug))).status, slug).toBe(404);
    }
    const { slug } = await listingOf('INVENTION');
    expect((await get(server.url, `/de${listingPdfPath(slug)}`)).status).toBe(404);
  });

  it("redirect a former slug to the listing's current PDF, in its language", async () => {
    const { slug } = await listingOf('PROTOTYPE');
    await server.orm.em
      .fork()
      .execute(
        `insert into asset_slug_redirect (asset_id, slug, created_at) select id, 'a-former-pdf-slug', now() from asset where slug = ?`,
        [slug],
      );
    for (const [asked, current] of [
      [listingPdfPath('a-former-pdf-slug'), listingPdfPath(slug)],
      [`/it${listingPdfPath('a-former-pdf-slug')}`, `/it${listingPdfPath(slug)}`],
    ] as const) {
      const response = await fetch(`${server.url}${asked}`, { redirect: 'manual' });
      expect(response.status, asked).toBe(301);
      expect(response.headers.get('location'), asked).toBe(current);
    }
  });

  it("draw the QR code of the listing's page as SVG for its print stylesheet", async () => {
    const { slug } = await listingOf('SERVICE');
    const qr = await get(server.url, listingQrCodePath(slug));
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    expect(qr.bytes.toString()).toMatch(/^<svg[^>]*viewBox/);
    expect((await get(server.url, `/it${listingQrCodePath(slug)}`)).bytes.equals(qr.bytes)).toBe(false);
  });

  it('render once per version and refuse renders beyond their bound with 503 and Retry-After', async () => {
    let unblock!: () => void;
    const blocked = new Promise<void>((resolve) => {
      unblock = resolve;
    });
    const tiny = Buffer.from('%PDF-1.3\n%%EOF\n');
    const store = new ListingPdfStore(
      { renderSlots: 1, queueLength: 0, queueWaitMs: 100, retryAfterSeconds: 7, cacheBytes: 1024 },
      async (_listing: ListingPdfFacts, _language: Language) => {
        await blocked;
        return tiny;
      },
    );
    const { base, local } = await localApp(store);
    try {
      const first = (await listingOf('INVENTION')).slug;
      const second = (await listingOf('SERVICE')).slug;
      const held = get(base, listingPdfPath(first));
      // The first holds the only slot; the second finds no slot and no room to wait.
      await expect.poll(() => store.renders).toBe(1);
      const refused = await get(base, listingPdfPath(second));
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('7');
      expect(refused.headers.get('content-disposition')).toBeNull();
      unblock();
      expect((await held).status).toBe(200);
      expect((await get(base, listingPdfPath(first))).status).toBe(200);
      expect(store.renders).toBe(1);
    } finally {
      unblock();
      await new Promise((resolve) => local.close(resolve));
    }
  });
});
