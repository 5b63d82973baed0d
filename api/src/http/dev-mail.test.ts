import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from '@tt/db/orm-config';
import express from 'express';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { captureTransport } from '../mail/mail-transport.js';
import { OutboxSender } from '../mail/outbox-sender.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { type DevMail, devMailRouter, linkify } from './dev-mail.js';

let database: TestDatabase;
let orm: MikroORM;
let server: http.Server;
let url: string;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(createOrmConfig(database.url));
  const db = orm.em.fork().getKysely();
  await sql`delete from outbox_message`.execute(db);
  await enqueueMail(db, {
    to: 'officer@irst.example',
    language: 'en',
    template: 'invitation',
    data: {
      inviterName: '<script>alert("x")</script>',
      organisationName: 'R&D "Lab" <b>',
      role: 'RESEARCHER',
      acceptUrl: 'http://localhost:4000/invitation?token=abc&next=%2F"><script>',
      expiresInDays: 7,
    },
  });
  await new OutboxSender({ orm, transport: captureTransport(), logger: createLogger('silent') }).drain();
  await enqueueMail(db, {
    to: 'giulia@irst.example',
    language: 'it',
    template: 'password-reset',
    data: { name: 'Giulia', resetUrl: 'http://localhost:4000/reset?token=def', expiresInMinutes: 30 },
  });
  const app = express();
  app.use(devMailRouter(orm));
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await orm?.close();
  await database?.drop();
});

describe('/dev/mail.json', () => {
  it('lists the messages newest first, rendered, with their links', async () => {
    const response = await fetch(`${url}/dev/mail.json`);
    expect(response.status).toBe(200);
    const mails = (await response.json()) as DevMail[];
    expect(mails.map((m) => [m.to, m.template, m.status])).toEqual([
      ['giulia@irst.example', 'password-reset', 'PENDING'],
      ['officer@irst.example', 'invitation', 'SENT'],
    ]);
    const [reset, invitation] = mails;
    // In the language it was queued in.
    expect(reset).toMatchObject({
      subject: 'Reimpostazione della password di TT Marketplace',
      language: 'it',
      attempts: 0,
      sentAt: null,
    });
    expect(reset!.text).toContain('\nhttp://localhost:4000/reset?token=def\n');
    expect(reset!.links).toEqual(['http://localhost:4000/reset?token=def']);
    expect(new Date(reset!.createdAt).toISOString()).toBe(reset!.createdAt);
    expect(invitation!.subject).toBe('<script>alert("x")</script> invited you to TT Marketplace');
    expect(invitation!.links).toEqual(['http://localhost:4000/invitation?token=abc&next=%2F']);
    expect(invitation!.sentAt).not.toBeNull();
  });

  it('keeps one recipient with ?to=', async () => {
    const mails = (await (await fetch(`${url}/dev/mail.json?to=Giulia@IRST.example`)).json()) as DevMail[];
    expect(mails.map((m) => m.to)).toEqual(['giulia@irst.example']);
  });
});

describe('/dev/mail', () => {
  it('is a self-contained page that escapes everything from the data', async () => {
    const response = await fetch(`${url}/dev/mail`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; invited you to TT Marketplace');
    expect(html).toContain('R&amp;D &quot;Lab&quot; &lt;b&gt;');
    // Nothing loaded from elsewhere.
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=/);
    // Links are clickable, and only the URL itself becomes one.
    expect(html).toContain('<a href="http://localhost:4000/reset?token=def">http://localhost:4000/reset?token=def</a>');
    expect(html).toContain(
      '<a href="http://localhost:4000/invitation?token=abc&amp;next=%2F">http://localhost:4000/invitation?token=abc&amp;next=%2F</a>&quot;&gt;&lt;script&gt;',
    );
    expect(html).toContain('giulia@irst.example');
    expect(html.indexOf('giulia@irst.example')).toBeLessThan(html.indexOf('officer@irst.example'));
    expect(html).toMatch(/PENDING, 0 attempts/);
    expect(html).toMatch(/SENT, 1 attempt</);
  });

  it('shows one message at /dev/mail/:id, 404 otherwise', async () => {
    const [mail] = (await (await fetch(`${url}/dev/mail.json`)).json()) as DevMail[];
    const one = await fetch(`${url}/dev/mail/${mail!.id}`);
    expect(one.status).toBe(200);
    const html = await one.text();
    expect(html).toContain('<pre lang="it">Gentile Giulia,');
    expect(html).not.toContain('officer@irst.example');
    expect((await fetch(`${url}/dev/mail/999999`)).status).toBe(404);
    expect((await fetch(`${url}/dev/mail/abc`)).status).toBe(404);
  });
});

describe('linkify', () => {
  it('links only http(s) URLs, without trailing punctuation, and escapes the rest', () => {
    expect(linkify('See https://a.example/x. Or javascript:alert(1) <i>')).toBe(
      'See <a href="https://a.example/x">https://a.example/x</a>. Or javascript:alert(1) &lt;i&gt;',
    );
    expect(linkify('no links & "quotes"')).toBe('no links &amp; &quot;quotes&quot;');
  });
});
