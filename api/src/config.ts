import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  logLevel: string;
  /** Unset: the embedded PostgreSQL under `<rootDir>/.data` is used. */
  databaseUrl?: string;
  embeddedPostgresPort: number;
  /** Demo data is loaded into an empty database unless switched off or in production. */
  loadDemoData: boolean;
  /** SMTP server for outgoing e-mail; unset outside production: demo mode, mail shown at /dev/mail. */
  smtpUrl?: string;
  mailFrom: string;
  /** No SMTP and not production: e-mails are only captured, and /dev/mail shows them. */
  demoMail: boolean;
  /** Base URL for links in e-mails; unset: taken from each request's Host. */
  publicUrl?: string;
  rootDir: string;
  /** Where the embedded database keeps its files (default `<rootDir>/.data`). */
  dataDir: string;
  /** Where disclosure attachments are stored (`<dataDir>/attachments`, created on start). */
  attachmentsDir: string;
  webDistDir: string;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

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
  const publicUrl = env.PUBLIC_URL || undefined;
  if (publicUrl && !/^https?:\/\/[^\s/]+/.test(publicUrl)) problems.push('PUBLIC_URL must be an http(s) URL');
  const demo = env.DEMO_DATA ?? (production ? 'false' : 'true');
  if (!['true', 'false'].includes(demo)) problems.push(`DEMO_DATA must be true or false (got "${demo}")`);

  if (problems.length > 0) throw new ConfigError(problems);
  const rootDir = env.APP_ROOT ? path.resolve(env.APP_ROOT) : defaultRoot;
  const dataDir = env.DATA_DIR ? path.resolve(env.DATA_DIR) : path.join(rootDir, '.data');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    production,
    logLevel,
    databaseUrl,
    embeddedPostgresPort,
    loadDemoData: demo === 'true' && !production,
    smtpUrl,
    mailFrom,
    demoMail: !smtpUrl && !production,
    publicUrl: publicUrl?.replace(/\/+$/, ''),
    rootDir,
    dataDir,
    attachmentsDir: path.join(dataDir, 'attachments'),
    webDistDir: path.join(rootDir, 'web', 'dist'),
  };
}
