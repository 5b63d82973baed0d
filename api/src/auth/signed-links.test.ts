import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signLink, verifyLink } from './signed-links.js';
import { loadSigningSecret, SIGNING_SECRET_FILE } from './signing-secret.js';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('signed links', () => {
  it('give back the ids they were made with, for their purpose and secret only', () => {
    const token = signLink(SECRET, 'unsubscribe-alerts', [4, 12, 13]);
    expect(token).toMatch(/^4-12-13\.[\w-]{43}$/);
    expect(verifyLink(SECRET, 'unsubscribe-alerts', token)).toEqual([4, 12, 13]);
    expect(verifyLink(SECRET, 'saved-search-feed', token)).toBeNull();
    expect(verifyLink(`${SECRET}!`, 'unsubscribe-alerts', token)).toBeNull();
    expect(verifyLink(SECRET, 'unsubscribe-alerts', token.replace('4-12', '4-11'))).toBeNull();
    expect(
      verifyLink(
        SECRET,
        'unsubscribe-alerts',
        token.replace(/.$/, (c) => (c === 'A' ? 'E' : 'A')),
      ),
    ).toBeNull();
    for (const junk of [null, 42, '', 'x'.repeat(800), '0-1.abc', `${token} `]) {
      expect(verifyLink(SECRET, 'unsubscribe-alerts', junk)).toBeNull();
    }
    expect(() => signLink(SECRET, 'unsubscribe-alerts', [])).toThrow();
    expect(() => signLink(SECRET, 'unsubscribe-alerts', [0])).toThrow();
  });
});

describe('the signing secret', () => {
  it('is SIGNING_SECRET when set; else made once into the data directory, readable by its owner only, and kept', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tt-secret-'));
    dirs.push(dataDir);
    expect(await loadSigningSecret({ signingSecret: SECRET, dataDir })).toBe(SECRET);
    const made = await loadSigningSecret({ dataDir: path.join(dataDir, 'new') });
    expect(made.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataDir, 'new', SIGNING_SECRET_FILE);
    expect((await readFile(file, 'utf8')).trim()).toBe(made);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await loadSigningSecret({ dataDir: path.join(dataDir, 'new') })).toBe(made);
    // Two processes starting together on one directory agree on one secret.
    const [a, b] = await Promise.all([
      loadSigningSecret({ dataDir: path.join(dataDir, 'racing') }),
      loadSigningSecret({ dataDir: path.join(dataDir, 'racing') }),
    ]);
    expect(a).toBe(b);
  });
});
