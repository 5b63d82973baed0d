import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type AppConfig, SIGNING_SECRET_MIN_LENGTH } from '../config.js';

/** The file in the data directory that keeps a development server's secret between starts. */
export const SIGNING_SECRET_FILE = 'signing-secret';

/**
 * The secret that signs links anyone may follow without signing in (signed-links.ts). Production sets
 * SIGNING_SECRET (config.ts requires it); elsewhere the secret is generated the first time, kept in
 * `<dataDir>/signing-secret` (readable by its owner only), and read back at each start, so that the links in
 * e-mails already sent keep working across restarts.
 */
export async function loadSigningSecret(config: Pick<AppConfig, 'signingSecret' | 'dataDir'>): Promise<string> {
  if (config.signingSecret) return config.signingSecret;
  const file = path.join(config.dataDir, SIGNING_SECRET_FILE);
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept.length >= SIGNING_SECRET_MIN_LENGTH) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(48).toString('base64url');
  await mkdir(config.dataDir, { recursive: true });
  // `wx`: two processes starting at once on one data directory never overwrite each other's secret.
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readFile(file, 'utf8')).trim();
  }
}
