import { writeFileSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { titleShownInItalianSql } from '@tt/db/entities/listing-italian-text';
import type { Language } from '@tt/shared/languages';
import { listingPreviewImagePath } from '@tt/shared/web-routes';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { findListingPreview, type ListingPreview } from '../features/preview-images/listing-preview.service.js';
import { PreviewImageStore } from '../features/preview-images/preview-image-store.js';
import { useDemoClients } from '../test-support/demo-accounts.js';
import { completeFields, create, publish, sectorIds, update } from '../test-support/listing-fixtures.js';
import { useTestServer } from '../test-support/use-test-server.js';
import { previewImageRoutes } from './preview-image-routes.js';

const server = useTestServer();
const { officer } = useDemoClients(server);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function image(base: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** A PNG's width and height, from its IHDR chunk. */
const dimensions = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

async function slugs(status: string, kind?: string): Promise<string[]> {
  const rows = await server.orm.em
    .fork()
    .execute<{ slug: string }[]>(
      `select slug from asset where status = ? ${kind ? 'and kind = ?' : ''} order by id limit 3`,
      kind ? [status, kind] : [status],
    );
  return rows.map((row) => row.slug);
}

/** A test app whose store renders through `render` (to hold renders in flight), with tight limits. */
function localApp(store: PreviewImageStore): Promise<{ base: string; local: http.Server }> {
  const app = express();
  app.use(previewImageRoutes({ db: server.orm.em.fork().getKysely(), store }));
  const local = app.listen(0, '127.0.0.1');
  return new Promise((resolve) =>
    local.once('listening', () =>
      resolve({ base: `http://127.0.0.1:${(local.address() as AddressInfo).port}`, local }),
    ),
  );
}

describe('listing preview images', () => {
  it("are 1200×630 PNGs of a published listing, cached by the listing's version", async () => {
    const [slug] = await slugs('PUBLISHED', 'INVENTION');
    const path = listingPreviewImagePath(slug!);
    expect(path).toBe(`/og/listings/${slug}.png`);
    const first = await image(server.url, path);
    expect(first.status).toBe(200);
    if (process.env.PREVIEW_IMAGE_OUT) writeFileSync(process.env.PREVIEW_IMAGE_OUT, first.bytes);
    expect(first.headers.get('content-type')).toBe('image/png');
    expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(first.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(first.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(dimensions(first.bytes)).toEqual({ width: 1200, height: 630 });
    const again = await image(server.url, path, { 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);

    // In Italian under /it/ and with ?lang=it: another image (the words differ), the same for both addresses.
    const italian = await image(server.url, `/it${path}`);
    expect(italian.status).toBe(200);
    expect(dimensions(italian.bytes)).toEqual({ width: 1200, height: 630 });
    expect(italian.bytes.equals(first.bytes)).toBe(false);
    const asked = await image(server.url, `${path}?lang=it`);
    expect(asked.headers.get('etag')).toBe(italian.headers.get('etag'));
  });

  it('answer 404 for an unknown slug, a draft, an archived listing or an unknown language', async () => {
    const draft = await create(officer, { kind: 'PROTOTYPE', title: 'Preview-hidden draft' });
    const hidden = [...(await slugs('DRAFT')), ...(await slugs('ARCHIVED')), draft.asset!.slug];
    expect(hidden.length).toBeGreaterThan(1);
    for (const slug of [...hidden, 'no-such-listing', 'BAD..slug']) {
      expect((await image(server.url, `/og/listings/${slug}.png`)).status, slug).toBe(404);
    }
    const [slug] = await slugs('PUBLISHED');
    expect((await image(server.url, `/de/og/listings/${slug}.png`)).status).toBe(404);
  });

  it('render once per version: a second request is a cache hit, an edit renders anew', async () => {
    const store = new PreviewImageStore();
    const { base, local } = await localApp(store);
    try {
      const sectors = await sectorIds(server);
      const created = await create(officer, { kind: 'INVENTION', title: 'Whole-slide imaging for preview tests' });
      await update(officer, { id: created.asset!.id, ...completeFields(sectors) });
      const published = await publish(officer, created.asset!.id);
      expect(published.errors).toEqual([]);
      const listing = published.asset!;
      const path = `/og/listings/${listing.slug}.png`;
      const first = await image(base, path);
      expect(first.status).toBe(200);
      const second = await image(base, path);
      expect(second.bytes.equals(first.bytes)).toBe(true);
      expect(store.renders).toBe(1);
      const edit = await update(officer, { id: created.asset!.id, title: 'Whole-slide imaging, now with AI triage' });
      expect(edit.errors).toEqual([]);
      // A published listing's new title may give it a new slug: the image follows the listing.
      const edited = await image(base, `/og/listings/${edit.asset!.slug}.png`);
      expect(edited.status).toBe(200);
      expect(edited.headers.get('etag')).not.toBe(first.headers.get('etag'));
      expect(store.renders).toBe(2);
    } finally {
      await new Promise((resolve) => local.close(resolve));
    }
  });

  it("redirect a former slug to the listing's current image, in its language", async () => {
    const sectors = await sectorIds(server);
    const created = await create(officer, { kind: 'INVENTION', title: 'Spectral imaging for preview redirects' });
    await update(officer, { id: created.asset!.id, ...completeFields(sectors) });
    const before = (await publish(officer, created.asset!.id)).asset!.slug;
    const renamed = await update(officer, { id: created.asset!.id, title: 'Hyperspectral imaging for margins' });
    expect(renamed.errors).toEqual([]);
    const after = renamed.asset!.slug;
    expect(after).not.toBe(before);
    for (const [asked, current] of [
      [listingPreviewImagePath(before), listingPreviewImagePath(after)],
      [`/it${listingPreviewImagePath(before)}`, `/it${listingPreviewImagePath(after)}`],
      [`${listingPreviewImagePath(before)}?lang=it`, `/it${listingPreviewImagePath(after)}`],
    ] as const) {
      const response = await fetch(`${server.url}${asked}`, { redirect: 'manual' });
      expect(response.status, asked).toBe(301);
      expect(response.headers.get('location'), asked).toBe(current);
    }
    expect((await image(server.url, listingPreviewImagePath(after))).status).toBe(200);
  });

  it("show the title the listing's page shows: in Italian only when the listing is wholly translated", async () => {
    const db = server.orm.em.fork().getKysely();
    const sectors = await sectorIds(server);
    const created = await create(officer, { kind: 'INVENTION', title: 'Radiomics signature for preview titles' });
    await update(officer, { id: created.asset!.id, ...completeFields(sectors) });
    const slug = (await publish(officer, created.asset!.id)).asset!.slug;
    // An Italian title alone: the Italian page shows the listing in English, title included.
    await server.orm.em
      .fork()
      .execute(`update asset set title_it = 'Firma radiomica per i titoli' where slug = ?`, [slug]);
    expect((await findListingPreview(db, slug, 'it'))?.title).toBe('Radiomics signature for preview titles');
    // A wholly translated demo listing: its Italian title.
    const [whole] = await server.orm.em.fork().execute<{ slug: string; title_it: string }[]>(
      `select slug, title_it from asset a where status = 'PUBLISHED' and ${titleShownInItalianSql('a')} = a.title_it
           and a.title_it <> a.title order by id limit 1`,
    );
    expect(whole, 'a wholly translated published listing').toBeDefined();
    expect((await findListingPreview(db, whole!.slug, 'it'))?.title).toBe(whole!.title_it);
    expect((await findListingPreview(db, whole!.slug, 'en'))?.title).not.toBe(whole!.title_it);
  });

  it('refuse renders beyond their bound with 503 and Retry-After', async () => {
    let unblock!: () => void;
    const blocked = new Promise<void>((resolve) => {
      unblock = resolve;
    });
    const tiny = Buffer.from(PNG_SIGNATURE);
    const store = new PreviewImageStore(
      { renderSlots: 1, queueLength: 0, queueWaitMs: 100, retryAfterSeconds: 7, cacheBytes: 1024 },
      async (_listing: ListingPreview, _language: Language) => {
        await blocked;
        return tiny;
      },
    );
    const { base, local } = await localApp(store);
    try {
      const [first, second] = await slugs('PUBLISHED');
      const held = image(base, `/og/listings/${first}.png`);
      // The first holds the only slot; the second finds no slot and no room to wait.
      await expect.poll(() => store.renders).toBe(1);
      const refused = await image(base, `/og/listings/${second}.png`);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('7');
      unblock();
      expect((await held).status).toBe(200);
      expect((await image(base, `/og/listings/${second}.png`)).status).toBe(200);
      expect(await findListingPreview(server.orm.em.fork().getKysely(), second!, 'en')).not.toBeNull();
    } finally {
      unblock();
      await new Promise((resolve) => local.close(resolve));
    }
  });
});
