import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
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
  // Written whole under a name of its own, then linked into place: two processes starting at once on one data
  // directory never read a half-written secret, and the second keeps the first one's.
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  await writeFile(draft, `${secret}\n`, { mode: 0o600 });
  try {
    await link(draft, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept.length < SIGNING_SECRET_MIN_LENGTH) {
      throw new Error(
        `${file} holds no usable secret: remove it (links already sent stop working) or set SIGNING_SECRET`,
      );
    }
    return kept;
  } finally {
    await unlink(draft);
  }
}
