import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  logLevel: string;
  /** `pretty` (development default) or `json` (production default). */
  logFormat: 'json' | 'pretty';
  /** Unset: the embedded PostgreSQL under `<rootDir>/.data` is used. */
  databaseUrl?: string;
  embeddedPostgresPort: number;
  /** Demo data is loaded into an empty database unless switched off or in production. */
  loadDemoData: boolean;
  /** SMTP server for outgoing e-mail; set whenever `mailTransport` is `smtp`. */
  smtpUrl?: string;
  mailFrom: string;
  /** How e-mail leaves the outbox (`MAIL_TRANSPORT`): see MailTransportKind. */
  mailTransport: MailTransportKind;
  /** `mailTransport` is `capture` (never in production): e-mails are only captured, and /dev/mail shows them. */
  demoMail: boolean;
  /**
   * Base URL of the marketplace, for every link in an e-mail and the only Host a production server answers.
   * Required in production; elsewhere `http://localhost:$PORT`. Never taken from a request.
   */
  publicUrl: string;
  /**
   * The secret that signs the links anyone may follow without signing in (alert unsubscribe links, saved searches'
   * feeds): `SIGNING_SECRET`, required in production; elsewhere unset here, and generated once into the data
   * directory (auth/signing-secret.ts).
   */
  signingSecret?: string;
  /** Express's `trust proxy`: which hops' X-Forwarded-For to believe for the client's address. */
  trustProxy: boolean | number | string[];
  rootDir: string;
  /** Where the embedded database keeps its files (default `<rootDir>/.data`). */
  dataDir: string;
  /** Where disclosure attachments are stored (`<dataDir>/attachments`, created on start). */
  attachmentsDir: string;
  webDistDir: string;
}

/**
 * `smtp`: sent through SMTP_URL (the default when it is set). `capture`: delivered nowhere, shown at /dev/mail
 * (the development default without SMTP_URL; refused in production). `none`: kept in the outbox, never sent.
 */
export type MailTransportKind = 'smtp' | 'capture' | 'none';
const MAIL_TRANSPORTS: readonly string[] = ['smtp', 'capture', 'none'] satisfies MailTransportKind[];

/** `MAIL_TRANSPORT`, checked against SMTP_URL and the environment; undefined when it cannot be decided. */
function parseMailTransport(
  raw: string | undefined,
  smtpUrl: string | undefined,
  production: boolean,
  problems: string[],
): MailTransportKind | undefined {
  if (raw && !MAIL_TRANSPORTS.includes(raw)) {
    problems.push(`MAIL_TRANSPORT must be smtp, capture or none (got "${raw}")`);
    return undefined;
  }
  const transport = (raw as MailTransportKind | undefined) ?? (smtpUrl ? 'smtp' : production ? undefined : 'capture');
  if (!transport) {
    problems.push(
      'Production needs a way to send e-mail: set SMTP_URL (e.g. smtps://user:pass@smtp.example.org:465), or MAIL_TRANSPORT=none to keep every e-mail unsent in the outbox',
    );
  } else if (transport === 'smtp' && !smtpUrl) {
    problems.push('MAIL_TRANSPORT=smtp needs SMTP_URL, e.g. smtps://user:pass@smtp.example.org:465');
  } else if (transport === 'capture' && production) {
    problems.push(
      'MAIL_TRANSPORT=capture is for development only (it shows every e-mail at /dev/mail): in production set SMTP_URL, or MAIL_TRANSPORT=none',
    );
  }
  return transport;
}

/** `TRUST_PROXY`: `false`, `true` (every hop: only behind a proxy that overwrites the header), a hop count, or addresses/subnets. */
function parseTrustProxy(raw: string | undefined, problems: string[]): boolean | number | string[] {
  if (raw === undefined || raw === '') return ['loopback'];
  if (raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const named = ['loopback', 'linklocal', 'uniquelocal'];
  const bad = entries.filter((entry) => !named.includes(entry) && !isIP(entry.split('/')[0] ?? ''));
  if (bad.length > 0 || entries.length === 0) {
    problems.push(
      `TRUST_PROXY must be false, true, a number of hops, or addresses/subnets such as "10.0.0.0/8,loopback" (got "${raw}")`,
    );
  }
  return entries;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Characters of SIGNING_SECRET at least: 32 random characters are over 190 bits. */
export const SIGNING_SECRET_MIN_LENGTH = 32;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function parsePort(name: string, raw: string | undefined, fallback: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    problems.push(`${name} must be a port number between 1 and 65535 (got "${raw}")`);
    return fallback;
  }
  return value;
}

/** An origin (scheme, host, port) without path, query or credentials; undefined when unset or invalid. */
function parsePublicUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (
    !url ||
    !['http:', 'https:'].includes(url.protocol) ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    url.pathname !== '/'
  ) {
    problems.push(`PUBLIC_URL must be an http(s) origin without a path, e.g. https://tt.example.org (got "${raw}")`);
    return undefined;
  }
  return url.origin;
}

/** Reads and validates the environment; every problem is reported at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }
  const production = nodeEnv === 'production';
  const port = parsePort('PORT', env.PORT, 4000, problems);
  const embeddedPostgresPort = parsePort('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329, problems);
  const logLevel = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info');
  const logFormat = env.LOG_FORMAT || (production ? 'json' : 'pretty');
  if (logFormat !== 'json' && logFormat !== 'pretty')
    problems.push(`LOG_FORMAT must be json or pretty (got "${logFormat}")`);
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl) {
    try {
      const url = new URL(databaseUrl);
      if (!['postgres:', 'postgresql:'].includes(url.protocol)) throw new Error('protocol');
    } catch {
      problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
    }
  }
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  const mailFrom = env.MAIL_FROM ?? 'TT Marketplace <no-reply@tt-marketplace.local>';
  const mailTransport = parseMailTransport(env.MAIL_TRANSPORT || undefined, smtpUrl, production, problems);
  const publicUrl = parsePublicUrl(env.PUBLIC_URL, problems);
  if (production && !env.PUBLIC_URL) {
    problems.push(
      'PUBLIC_URL is required in production: the address people use to reach the marketplace, e.g. https://tt.example.org (links in e-mails are built from it, never from a request)',
    );
  }
  const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems);
  const signingSecret = env.SIGNING_SECRET || undefined;
  if (signingSecret && signingSecret.length < SIGNING_SECRET_MIN_LENGTH) {
    problems.push(
      `SIGNING_SECRET must be at least ${SIGNING_SECRET_MIN_LENGTH} characters, e.g. the output of \`openssl rand -base64 48\``,
    );
  } else if (production && !signingSecret) {
    problems.push(
      "SIGNING_SECRET is required in production: a random secret of at least 32 characters (e.g. `openssl rand -base64 48`) that signs the unsubscribe links of e-mail alerts and the addresses of saved searches' feeds",
    );
  }
  const demo = env.DEMO_DATA ?? (production ? 'false' : 'true');
  if (!['true', 'false'].includes(demo)) problems.push(`DEMO_DATA must be true or false (got "${demo}")`);

  if (problems.length > 0) throw new ConfigError(problems);
  const rootDir = env.APP_ROOT ? path.resolve(env.APP_ROOT) : defaultRoot;
  const dataDir = env.DATA_DIR ? path.resolve(env.DATA_DIR) : path.join(rootDir, '.data');
  return {
    port,
    // Development is a demo (demo accounts, /dev/mail): reachable from this machine only unless HOST says otherwise.
    host: env.HOST || (production ? '0.0.0.0' : '127.0.0.1'),
    production,
    logLevel,
    logFormat: logFormat as 'json' | 'pretty',
    databaseUrl,
    embeddedPostgresPort,
    loadDemoData: demo === 'true' && !production,
    smtpUrl,
    mailFrom,
    mailTransport: mailTransport!,
    demoMail: mailTransport === 'capture',
    publicUrl: publicUrl ?? `http://localhost:${port}`,
    trustProxy,
    signingSecret,
    rootDir,
    dataDir,
    attachmentsDir: path.join(dataDir, 'attachments'),
    webDistDir: path.join(rootDir, 'web', 'dist'),
  };
}

/** One line at start when e-mail goes nowhere (MAIL_TRANSPORT=none); null otherwise. */
export function mailTransportNotice(config: Pick<AppConfig, 'mailTransport'>): string | null {
  return config.mailTransport === 'none'
    ? 'MAIL_TRANSPORT=none: e-mails (verification, password reset, invitations) are kept in the outbox and never sent'
    : null;
}

/** One line at start that says what a development (demo) server exposes, and to whom. */
export function demoModeNotice(config: Pick<AppConfig, 'host' | 'publicUrl' | 'demoMail' | 'loadDemoData'>): string {
  const exposed = [
    config.loadDemoData ? 'demo accounts with a published password' : null,
    config.demoMail ? `every e-mail, reset links included, at ${config.publicUrl}/dev/mail` : null,
  ].filter(Boolean);
  const reach = ['127.0.0.1', 'localhost', '::1'].includes(config.host)
    ? 'reachable from this machine only'
    : `listening on ${config.host}, reachable from the network`;
  return `DEMO MODE (NODE_ENV is not production): ${exposed.length ? `${exposed.join(' and ')}; ` : ''}${reach}. Not a deployment: see Deploying in the README.`;
}

/** The line that says the marketplace is up: where, and in a demo, how to sign in. */
export function readyLine(config: Pick<AppConfig, 'publicUrl' | 'loadDemoData' | 'production'>): string {
  if (config.production) return `TT Marketplace listening on ${config.publicUrl}`;
  const demo = config.loadDemoData
    ? ' · demo accounts in the README (e.g. buyer@oncopharm.demo), password tt-demo-2026'
    : '';
  return `TT Marketplace is ready at ${config.publicUrl}${demo}`;
}
