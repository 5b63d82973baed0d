import type { MikroORM } from '@mikro-orm/postgresql';
import type { Database, Db } from '@tt/db/database';
import { Router } from 'express';
import type { Selectable } from 'kysely';
import { toDate } from '../database/to-date.js';
import { renderStoredMail } from '../mail/render-mail.js';
import { EMAIL_TEXT, textProblem } from '../schema/text-input.js';

// The demo mailbox: what the outbox holds, rendered as it was (or would be) sent, so that invitation and
// reset links can be followed without an SMTP server. It shows every recipient's links to anyone who can
// reach it: mount it only in demo mode (no SMTP_URL, not production).

const LIMIT = 200;

type OutboxRow = Omit<Selectable<Database['outbox_message']>, 'next_attempt_at'>;

/** The outbox's messages as the mailbox shows them. */
function selectMails(db: Db) {
  return db
    .selectFrom('outbox_message')
    .select([
      'id',
      'recipient',
      'template',
      'language',
      'data',
      'status',
      'attempts',
      'last_error',
      'created_at',
      'sent_at',
    ]);
}

export interface DevMail {
  id: number;
  to: string;
  template: string;
  /** The language it is written in (its recipient's). */
  language: string;
  subject: string;
  text: string;
  /** The http(s) links in the text, in order: what a journey follows. */
  links: string[];
  status: OutboxRow['status'];
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

const URL_PATTERN = /https?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/g;

function toDevMail(row: OutboxRow): DevMail {
  let subject: string;
  let text: string;
  try {
    ({ subject, text } = renderStoredMail(
      row.template,
      typeof row.data === 'string' ? JSON.parse(row.data) : row.data,
      row.language,
    ));
  } catch (error) {
    subject = `(cannot be rendered: ${error instanceof Error ? error.message : String(error)})`;
    text = JSON.stringify(row.data, null, 2);
  }
  return {
    id: row.id,
    to: row.recipient,
    template: row.template,
    language: row.language,
    subject,
    text,
    links: text.match(URL_PATTERN) ?? [],
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: toDate(row.created_at).toISOString(),
    sentAt: row.sent_at === null ? null : toDate(row.sent_at).toISOString(),
  };
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Escapes the text and makes its http(s) URLs links; nothing else of the text becomes markup. */
export function linkify(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0];
    html += escapeHtml(text.slice(last, match.index));
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = match.index + url.length;
  }
  return html + escapeHtml(text.slice(last));
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 56rem; padding: 1rem; color: #1b1f24; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
  .note { color: #545d68; margin: 0 0 1.5rem; }
  article { border: 1px solid #d0d7de; border-radius: 6px; margin: 0 0 1rem; padding: .75rem 1rem; }
  h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; margin: 0 0 .5rem; color: #545d68; }
  dd { margin: 0; overflow-wrap: anywhere; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; background: #f6f8fa; padding: .75rem;
    margin: 0; border-radius: 4px; }
  a { color: #0550ae; }
  .status-FAILED { color: #a40e26; font-weight: 600; }
  .status-PENDING { color: #7d4e00; }
`;

function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${content}
</body>
</html>
`;
}

function mailHtml(mail: DevMail): string {
  const error = mail.lastError ? `<dt>Last error</dt><dd>${escapeHtml(mail.lastError)}</dd>` : '';
  return `<article aria-labelledby="mail-${mail.id}">
<h2 id="mail-${mail.id}" lang="${escapeHtml(mail.language)}"><a href="/dev/mail/${mail.id}">${escapeHtml(mail.subject)}</a></h2>
<dl>
<dt>To</dt><dd>${escapeHtml(mail.to)}</dd>
<dt>Created</dt><dd><time datetime="${mail.createdAt}">${mail.createdAt.replace('T', ' ').slice(0, 19)} UTC</time></dd>
<dt>Status</dt><dd class="status-${escapeHtml(mail.status)}">${escapeHtml(mail.status)}, ${mail.attempts} attempt${mail.attempts === 1 ? '' : 's'}</dd>
${error}
<dt>Template</dt><dd>${escapeHtml(mail.template)}</dd>
</dl>
<pre lang="${escapeHtml(mail.language)}">${linkify(mail.text)}</pre>
</article>`;
}

// Links in the mails point back into the app: no scripts, nothing loaded from elsewhere.
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex',
};

const NOT_FOUND = page(
  'Not found — Demo mailbox',
  '<main><h1>No such e-mail</h1><p><a href="/dev/mail">All e-mails</a></p></main>',
);

/**
 * GET /dev/mail (HTML, newest first), /dev/mail/:id (one message) and /dev/mail.json
 * (`[{ id, to, template, subject, text, links, status, attempts, lastError, createdAt, sentAt }]`,
 * `?to=` keeps one recipient's). Demo mode only: the caller mounts it when there is no SMTP_URL
 * and NODE_ENV is not production.
 */
export function devMailRouter(orm: MikroORM): Router {
  const router = Router();

  async function list(to?: string): Promise<DevMail[]> {
    const db: Db = orm.em.fork().getKysely();
    const rows = await selectMails(db)
      .$if(to !== undefined, (qb) =>
        qb.where((eb) => eb(eb.fn('lower', ['recipient']), '=', eb.fn('lower', [eb.val(to)]))),
      )
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(LIMIT)
      .execute();
    return rows.map(toDevMail);
  }

  router.get('/dev/mail.json', async (req, res) => {
    const to = typeof req.query.to === 'string' && req.query.to !== '' ? req.query.to : undefined;
    if (to !== undefined && textProblem(to, EMAIL_TEXT)) {
      res.status(400).json({ error: 'to: not an e-mail address' });
      return;
    }
    res.set('Cache-Control', 'no-store').json(await list(to));
  });

  router.get('/dev/mail', async (_req, res) => {
    const mails = await list();
    const content = `<main>
<h1>Demo mailbox</h1>
<p class="note">No SMTP server is configured, so e-mails are kept here instead of being sent.
Newest first; the last ${LIMIT} are shown. <a href="/dev/mail.json">JSON</a></p>
${mails.length === 0 ? '<p>No e-mails yet.</p>' : mails.map(mailHtml).join('\n')}
</main>`;
    res.set(SECURITY_HEADERS).type('html').send(page('Demo mailbox — TT Marketplace', content));
  });

  router.get('/dev/mail/:id', async (req, res) => {
    const id = /^\d{1,9}$/.test(req.params.id) ? Number(req.params.id) : Number.NaN;
    const db: Db = orm.em.fork().getKysely();
    const row = Number.isNaN(id) ? undefined : await selectMails(db).where('id', '=', id).executeTakeFirst();
    res.set(SECURITY_HEADERS).type('html');
    if (!row) {
      res.status(404).send(NOT_FOUND);
      return;
    }
    const mail = toDevMail(row);
    res.send(
      page(
        `${mail.subject} — Demo mailbox`,
        `<main><p><a href="/dev/mail">All e-mails</a></p>\n${mailHtml(mail)}</main>`,
      ),
    );
  });

  return router;
}
