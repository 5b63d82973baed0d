import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from '@tt/db/orm-config';
import type { Language } from '@tt/shared/languages';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toDate } from '../database/to-date.js';
import { createLogger } from '../logger.js';
import { useTestOrm } from '../test-support/use-test-orm.js';
import { enqueueMail } from './enqueue-mail.js';
import type { OutgoingMail } from './mail-templates.js';
import { captureTransport, type MailMessage, type MailTransport, smtpTransport } from './mail-transport.js';
import { MAX_ATTEMPTS, OutboxSender, retryDelayMs } from './outbox-sender.js';

const logger = createLogger('silent');
const testDb = useTestOrm();

beforeEach(async () => {
  await sql`delete from outbox_message`.execute(db());
});

function db() {
  return testDb.db();
}

function resetMail(to: string, language: Language = 'en'): OutgoingMail<'password-reset'> {
  return {
    to,
    language,
    template: 'password-reset',
    data: {
      name: 'Giulia',
      resetUrl: `http://localhost:4000/reset?token=${encodeURIComponent(to)}`,
      expiresInMinutes: 30,
    },
  };
}

interface Row {
  id: number;
  recipient: string;
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
  /** Seconds from the database's now() to next_attempt_at. */
  due_in: number;
}

async function rows(): Promise<Row[]> {
  const result = await sql<Row>`select id, recipient, status, attempts, last_error, sent_at,
    extract(epoch from next_attempt_at - now())::float8 as due_in from outbox_message order by id`.execute(db());
  return result.rows;
}

async function makeDue(): Promise<void> {
  await sql`update outbox_message set next_attempt_at = now()`.execute(db());
}

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

function slowTransport(ms: number, sent: MailMessage[]): MailTransport {
  return {
    async send(message) {
      await sleep(ms);
      sent.push(message);
    },
  };
}

describe('enqueueMail', () => {
  it('writes a due PENDING row that commits with the transaction', async () => {
    const id = await testDb.orm.em
      .fork()
      .transactional((em) => enqueueMail(em.getKysely(), resetMail('giulia@irst.example')));
    const [row] = await rows();
    expect(row).toMatchObject({ id, recipient: 'giulia@irst.example', status: 'PENDING', attempts: 0 });
    expect(row!.due_in).toBeLessThanOrEqual(0);
    const { rows: data } = await sql<{ data: unknown }>`select data from outbox_message`.execute(db());
    expect(data[0]!.data).toEqual(resetMail('giulia@irst.example').data);
  });

  it('leaves nothing when the transaction rolls back', async () => {
    await expect(
      testDb.orm.em.fork().transactional(async (em) => {
        await enqueueMail(em.getKysely(), resetMail('giulia@irst.example'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rows()).toEqual([]);
  });

  it('refuses obviously invalid addresses and incomplete data', async () => {
    for (const to of [
      '',
      'giulia',
      'giulia@',
      '@irst.example',
      'giulia@irst',
      'a b@irst.example',
      'a@b.example, c@d.example',
    ]) {
      await expect(enqueueMail(db(), resetMail(to))).rejects.toThrow(/Not a valid e-mail address/);
    }
    await expect(enqueueMail(db(), resetMail('a@b.example\r\nBcc: c@d.example'))).rejects.toThrow(/Not a valid/);
    await expect(enqueueMail(db(), resetMail(`${'a'.repeat(200)}@b.example`))).rejects.toThrow(/Not a valid/);
    const incomplete = {
      to: 'a@b.example',
      language: 'en',
      template: 'password-reset',
      data: { name: 'G' },
    } as unknown as OutgoingMail;
    await expect(enqueueMail(db(), incomplete)).rejects.toThrow(/needs text "resetUrl"/);
    const speechless = { ...resetMail('a@b.example'), language: 'fr' } as unknown as OutgoingMail;
    await expect(enqueueMail(db(), speechless)).rejects.toThrow(/no language the marketplace speaks/);
    expect(await rows()).toEqual([]);
    await enqueueMail(db(), resetMail('  Giulia.Rossi+tt@irst-meldola.example.it '));
    expect((await rows())[0]!.recipient).toBe('Giulia.Rossi+tt@irst-meldola.example.it');
  });
});

describe('OutboxSender.drainOnce', () => {
  it('sends each due message once and records it', async () => {
    for (const to of ['a@x.example', 'b@x.example', 'later@x.example']) await enqueueMail(db(), resetMail(to));
    await sql`update outbox_message set next_attempt_at = now() + interval '1 hour' where recipient = 'later@x.example'`.execute(
      db(),
    );
    const transport = captureTransport();
    const sender = new OutboxSender({ orm: testDb.orm, transport, logger });

    expect(await sender.drain()).toEqual({ sent: 2, failed: 0 });
    expect(transport.sent.map((m) => m.to)).toEqual(['a@x.example', 'b@x.example']);
    expect(transport.sent[0]!.subject).toBe('Reset your TT Marketplace password');
    expect(transport.sent[0]!.text).toContain('\nhttp://localhost:4000/reset?token=a%40x.example\n');
    const [a, b, later] = await rows();
    for (const row of [a, b]) {
      expect(row).toMatchObject({ status: 'SENT', attempts: 1, last_error: null });
      expect(Date.now() - toDate(row!.sent_at!).getTime()).toBeLessThan(60_000);
    }
    expect(later).toMatchObject({ status: 'PENDING', attempts: 0, sent_at: null });

    expect(await sender.drain()).toEqual({ sent: 0, failed: 0 });
    expect(transport.sent).toHaveLength(2);
  });

  it('renders each message in the language it was queued in', async () => {
    await enqueueMail(db(), resetMail('it@x.example', 'it'));
    await enqueueMail(db(), resetMail('en@x.example', 'en'));
    const transport = captureTransport();
    expect(await new OutboxSender({ orm: testDb.orm, transport, logger }).drain()).toEqual({ sent: 2, failed: 0 });
    expect(transport.sent.map((m) => [m.to, m.subject])).toEqual([
      ['it@x.example', 'Reimpostazione della password di TT Marketplace'],
      ['en@x.example', 'Reset your TT Marketplace password'],
    ]);
    expect(transport.sent[0]!.text).toMatch(/^Gentile Giulia,\n/);
  });

  it('stops at its limit, at the end of its budget, or once its signal aborts', async () => {
    for (let i = 0; i < 23; i++) await enqueueMail(db(), resetMail(`user${i}@x.example`));
    const transport = slowTransport(20, []);
    const sender = new OutboxSender({ orm: testDb.orm, transport, logger });
    expect(await sender.drain({ limit: 5 })).toEqual({ sent: 5, failed: 0 });
    const { sent } = await sender.drain({ budgetMs: 50 });
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(sent).toBeLessThan(10);
    const stop = new AbortController();
    stop.abort();
    expect(await sender.drain({ signal: stop.signal })).toEqual({ sent: 0, failed: 0 });
    expect(await sender.drain()).toEqual({ sent: 18 - sent, failed: 0 });
  });

  it('never sends a message twice when two processes drain at once', async () => {
    for (let i = 0; i < 30; i++) await enqueueMail(db(), resetMail(`user${i}@x.example`));
    const otherOrm = await MikroORM.init(createOrmConfig(testDb.database.url)); // a second API process
    try {
      const sentByA: MailMessage[] = [];
      const sentByB: MailMessage[] = [];
      const a = new OutboxSender({ orm: testDb.orm, transport: slowTransport(15, sentByA), logger });
      const b = new OutboxSender({ orm: otherOrm, transport: slowTransport(15, sentByB), logger });
      const drainAll = async (sender: OutboxSender) => {
        while ((await sender.drain()).sent > 0) {}
      };
      await Promise.all([drainAll(a), drainAll(b), drainAll(a), drainAll(b)]);

      const recipients = [...sentByA, ...sentByB].map((m) => m.to);
      expect(recipients).toHaveLength(30);
      expect(new Set(recipients).size).toBe(30);
      expect(sentByA.length).toBeGreaterThan(0);
      expect(sentByB.length).toBeGreaterThan(0);
      expect((await rows()).every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
    } finally {
      await otherOrm.close();
    }
  });

  it('sends what was enqueued before a restart', async () => {
    await enqueueMail(db(), resetMail('before-restart@x.example'));
    const restarted = await MikroORM.init(createOrmConfig(testDb.database.url));
    try {
      const transport = captureTransport();
      expect(await new OutboxSender({ orm: restarted, transport, logger }).drain()).toEqual({ sent: 1, failed: 0 });
      expect(transport.sent[0]!.to).toBe('before-restart@x.example');
    } finally {
      await restarted.close();
    }
  });
});

describe('OutboxSender retries', () => {
  it('backs off exponentially from 30 s, at most 1 h', () => {
    expect([1, 2, 3, 4, 7].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 1_920_000]);
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });

  it('reschedules a failed send, then gives up after 8 attempts', async () => {
    await enqueueMail(db(), resetMail('a@x.example'));
    let calls = 0;
    const failing: MailTransport = {
      async send() {
        calls++;
        throw new Error(`421 try again later ${'x'.repeat(5000)}`);
      },
    };
    const sender = new OutboxSender({ orm: testDb.orm, transport: failing, logger });

    expect(await sender.drain()).toEqual({ sent: 0, failed: 1 });
    let [row] = await rows();
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, sent_at: null });
    expect(row!.last_error).toMatch(/^421 try again later x+$/);
    expect(row!.last_error!.length).toBe(1000);
    expect(row!.due_in).toBeGreaterThan(25);
    expect(row!.due_in).toBeLessThan(35);
    expect(await sender.drain()).toEqual({ sent: 0, failed: 0 }); // not due yet

    for (let attempt = 2; attempt < MAX_ATTEMPTS; attempt++) {
      await makeDue();
      expect(await sender.drain()).toEqual({ sent: 0, failed: 1 });
      [row] = await rows();
      expect(row).toMatchObject({ status: 'PENDING', attempts: attempt });
      expect(row!.due_in).toBeGreaterThan(retryDelayMs(attempt) / 1000 - 5);
      expect(row!.due_in).toBeLessThan(retryDelayMs(attempt) / 1000 + 5);
    }
    await makeDue();
    expect(await sender.drain()).toEqual({ sent: 0, failed: 1 });
    [row] = await rows();
    expect(row).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS });
    await makeDue();
    expect(await sender.drain()).toEqual({ sent: 0, failed: 0 });
    expect(calls).toBe(MAX_ATTEMPTS);
  });

  it('sends on a later attempt once the transport recovers', async () => {
    await enqueueMail(db(), resetMail('a@x.example'));
    let down = true;
    const sent: MailMessage[] = [];
    const keys: (string | undefined)[] = [];
    const flaky: MailTransport = {
      async send(message) {
        keys.push(message.key);
        if (down) throw new Error('connection refused');
        sent.push(message);
      },
    };
    const sender = new OutboxSender({ orm: testDb.orm, transport: flaky, logger });
    expect(await sender.drain()).toEqual({ sent: 0, failed: 1 });
    down = false;
    await makeDue();
    expect(await sender.drain()).toEqual({ sent: 1, failed: 0 });
    expect((await rows())[0]).toMatchObject({ status: 'SENT', attempts: 2, last_error: null });
    // Both tries carry the row's identity: one Message-ID, however many copies reach the recipient.
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(new RegExp(`^outbox-${(await rows())[0]!.id}-\\d+$`));
    expect(keys[1]).toBe(keys[0]);
  });

  it('gives up at once on a message that cannot be rendered', async () => {
    await sql`insert into outbox_message (recipient, template, data, next_attempt_at, created_at)
      values ('a@x.example', 'no-such-template', '{}'::jsonb, now(), now())`.execute(db());
    const transport = captureTransport();
    expect(await new OutboxSender({ orm: testDb.orm, transport, logger }).drain()).toEqual({ sent: 0, failed: 1 });
    expect((await rows())[0]).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect((await rows())[0]!.last_error).toMatch(/Unknown mail template/);
    expect(transport.sent).toEqual([]);
  });
});

describe('OutboxSender.drain with a signal', () => {
  it('finishes and records the message being sent when aborted, and leaves the rest', async () => {
    const sent: MailMessage[] = [];
    let sending = 0;
    const transport: MailTransport = {
      async send(message) {
        sending++;
        await sleep(200);
        sent.push(message);
      },
    };
    await enqueueMail(db(), resetMail('a@x.example'));
    await enqueueMail(db(), resetMail('b@x.example'));
    const sender = new OutboxSender({ orm: testDb.orm, transport, logger });
    const stop = new AbortController();
    const drained = sender.drain({ signal: stop.signal });
    await until(async () => sending === 1);
    stop.abort();
    expect(await drained).toEqual({ sent: 1, failed: 0 });
    expect(sent.map((m) => m.to)).toEqual(['a@x.example']);
    expect((await rows()).map((row) => row.status)).toEqual(['SENT', 'PENDING']);

    expect(await sender.drain()).toEqual({ sent: 1, failed: 0 });
    expect(sent.map((m) => m.to)).toEqual(['a@x.example', 'b@x.example']);
  });
});

interface FakeSmtp {
  url: string;
  received: { from: string; to: string[]; data: string }[];
  rejectRecipients: boolean;
  close(): Promise<void>;
}

/** Just enough SMTP for nodemailer on plain TCP: EHLO, MAIL FROM, RCPT TO, DATA, RSET, QUIT. */
async function startFakeSmtp(): Promise<FakeSmtp> {
  const sockets = new Set<net.Socket>();
  const fake: FakeSmtp = { url: '', received: [], rejectRecipients: false, close: async () => {} };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    const reply = (text: string) => socket.write(`${text}\r\n`);
    let buffer = '';
    let inData = false;
    let envelope = { from: '', to: [] as string[] };
    reply('220 fake.test ESMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          fake.received.push({ ...envelope, data: buffer.slice(0, end).replace(/^\.\./gm, '.') });
          buffer = buffer.slice(end + 5);
          inData = false;
          envelope = { from: '', to: [] };
          reply('250 2.0.0 queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.split(/[ :]/)[0]!.toUpperCase();
        const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
        if (verb === 'EHLO' || verb === 'HELO') reply('250-fake.test\r\n250 8BITMIME');
        else if (verb === 'MAIL') {
          envelope.from = address;
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          if (fake.rejectRecipients) reply('550 5.1.1 mailbox unavailable');
          else {
            envelope.to.push(address);
            reply('250 2.1.5 ok');
          }
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 go ahead');
        } else if (verb === 'RSET' || verb === 'NOOP') reply('250 ok');
        else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('502 5.5.2 not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `smtp://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return fake;
}

/** The body as written, whichever transfer encoding nodemailer chose. */
function decodeBody(data: string): string {
  const at = data.indexOf('\r\n\r\n');
  const head = at < 0 ? data : data.slice(0, at);
  const body = at < 0 ? '' : data.slice(at + 4);
  if (/content-transfer-encoding: quoted-printable/i.test(head)) {
    return body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      .replace(/\r\n/g, '\n');
  }
  if (/content-transfer-encoding: base64/i.test(head)) return Buffer.from(body, 'base64').toString('utf8');
  return body.replace(/\r\n/g, '\n');
}

describe('smtpTransport', () => {
  let smtp: FakeSmtp;
  beforeAll(async () => {
    smtp = await startFakeSmtp();
  });
  afterAll(() => smtp?.close());

  it('delivers an outbox message over SMTP', async () => {
    await enqueueMail(db(), resetMail('giulia@irst.example'));
    const transport = smtpTransport(smtp.url, 'TT Marketplace <no-reply@tt.example>');
    expect(await new OutboxSender({ orm: testDb.orm, transport, logger }).drain()).toEqual({ sent: 1, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.from).toBe('no-reply@tt.example');
    expect(mail!.to).toEqual(['giulia@irst.example']);
    expect(mail!.data).toMatch(/^Subject: Reset your TT Marketplace password\r$/m);
    expect(mail!.data).toMatch(/^From: TT Marketplace <no-reply@tt\.example>\r$/m);
    expect(mail!.data).toMatch(/^Content-Type: text\/plain/m);
    const [row] = await rows();
    expect(mail!.data).toMatch(new RegExp(`^Message-ID: <outbox-${row!.id}-\\d+@tt\\.example>\r$`, 'm'));
    const body = decodeBody(mail!.data);
    expect(body).toContain('Hello Giulia,');
    expect(body).toContain('\nhttp://localhost:4000/reset?token=giulia%40irst.example\n');
    expect(body.trimEnd().endsWith('TT Marketplace')).toBe(true);
  });

  it('a refused recipient is a failed attempt, retried later', async () => {
    smtp.rejectRecipients = true;
    try {
      await enqueueMail(db(), resetMail('nobody@irst.example'));
      const transport = smtpTransport(smtp.url, 'no-reply@tt.example');
      expect(await new OutboxSender({ orm: testDb.orm, transport, logger }).drain()).toEqual({
        sent: 0,
        failed: 1,
      });
      expect((await rows())[0]).toMatchObject({ status: 'PENDING', attempts: 1 });
      expect((await rows())[0]!.last_error).toMatch(/550/);
    } finally {
      smtp.rejectRecipients = false;
    }
  });
});
