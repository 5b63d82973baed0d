import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageHead } from './page-heads.js';
import { webAppRouter } from './web-app.js';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <title>TT Marketplace</title>
  </head>
  <body><div id="root"></div></body>
</html>
`;
let dir: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tt-web-app-'));
  mkdirSync(path.join(dir, '_app'));
  mkdirSync(path.join(dir, '.vite'));
  writeFileSync(path.join(dir, 'index.html'), INDEX);
  writeFileSync(path.join(dir, '_app', 'it-abc123.js'), 'export const messages = {};\n');
  writeFileSync(
    path.join(dir, '.vite', 'manifest.json'),
    JSON.stringify({ 'src/i18n/locales/it.po': { file: '_app/it-abc123.js', isDynamicEntry: true } }),
  );
  const app = express();
  app.use(webAppRouter(dir));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the catalogue feed in the head', () => {
  it('names the feed of each language in its pages', async () => {
    const withFeed = INDEX.replace(
      '</head>',
      '  <link rel="alternate" type="application/atom+xml" title="x" href="/feeds/catalogue.atom" />\n  </head>',
    );
    const feedDir = mkdtempSync(path.join(os.tmpdir(), 'tt-web-app-feed-'));
    mkdirSync(path.join(feedDir, '_app'));
    writeFileSync(path.join(feedDir, 'index.html'), withFeed);
    const app = express();
    app.use(webAppRouter(feedDir));
    const feedServer = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => feedServer.once('listening', resolve));
    const url = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${url}/`)).text()).toContain(
        '<link rel="alternate" type="application/atom+xml" title="TT Marketplace: new and updated listings" href="/feeds/catalogue.atom" />',
      );
      expect(await (await fetch(`${url}/it/partners`)).text()).toContain(
        '<link rel="alternate" type="application/atom+xml" title="TT Marketplace: schede nuove e aggiornate" href="/it/feeds/catalogue.atom" />',
      );
    } finally {
      feedServer.close();
      rmSync(feedDir, { recursive: true, force: true });
    }
  });
});

describe('the web app in each language', () => {
  it('serves English pages unprefixed, as built', async () => {
    for (const page of ['/', '/assets/car-t', '/partners?country=IT', '/items']) {
      const response = await fetch(`${base}${page}`, { headers: { 'accept-language': 'it-IT,it;q=0.9' } });
      expect(response.status, page).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const html = await response.text();
      expect(html, page).toBe(INDEX);
    }
  });

  it('serves Italian pages under /it with <html lang="it"> and their messages preloaded', async () => {
    for (const page of ['/it', '/it/', '/it/assets/car-t', '/it/triage?status=OPEN']) {
      const response = await fetch(`${base}${page}`);
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html, page).toContain('<html lang="it">');
      expect(html).toContain('<link rel="modulepreload" crossorigin href="/_app/it-abc123.js">');
    }
  });

  it('redirects where the page’s head says it moved, in the same language, with the query', async () => {
    const movedDir = mkdtempSync(path.join(os.tmpdir(), 'tt-web-app-moved-'));
    mkdirSync(path.join(movedDir, '_app'));
    writeFileSync(path.join(movedDir, 'index.html'), INDEX);
    const head: PageHead = {
      status: 200,
      title: '',
      description: 'd',
      path: null,
      ogType: 'website',
      structuredData: [],
    };
    const app = express();
    app.use(
      webAppRouter(movedDir, {
        pageHeads: {
          publicUrl: 'https://tt.example.org',
          headOf: async (request) =>
            request.path === '/assets/old-name' ? { ...head, status: 301, movedTo: '/assets/new-name' } : head,
        },
      }),
    );
    const movedServer = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => movedServer.once('listening', resolve));
    const url = `http://127.0.0.1:${(movedServer.address() as AddressInfo).port}`;
    try {
      const english = await fetch(`${url}/assets/old-name?ref=mail`, { redirect: 'manual' });
      expect(english.status).toBe(301);
      expect(english.headers.get('location')).toBe('/assets/new-name?ref=mail');
      const italian = await fetch(`${url}/it/assets/old-name`, { redirect: 'manual' });
      expect(italian.status).toBe(301);
      expect(italian.headers.get('location')).toBe('/it/assets/new-name');
    } finally {
      movedServer.close();
      rmSync(movedDir, { recursive: true, force: true });
    }
  });
});
