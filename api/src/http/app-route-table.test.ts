import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ROUTE_PATTERNS, isAppPath } from './app-route-table.js';

describe('the app’s routes as the API knows them', () => {
  it('are exactly the routes web/src/app-routes.tsx declares', () => {
    const source = readFileSync(new URL('../../../web/src/app-routes.tsx', import.meta.url), 'utf8');
    const declared = [...source.matchAll(/path=\{([A-Z_]+)\}/g)].map((match) => match[1]);
    expect(new Set(declared)).toEqual(new Set(Object.keys(APP_ROUTE_PATTERNS)));
    // The catch-all is the not-found page, the only route with a literal path.
    expect([...source.matchAll(/path="([^"]*)"/g)].map((match) => match[1])).toEqual(['*']);
  });

  it('match the app’s paths and nothing else', () => {
    for (const path of [
      '/',
      '/assets/car-t',
      '/partners/',
      '/institutes/irst',
      '/pipeline',
      '/pipeline/12',
      '/admin/users',
    ])
      expect(isAppPath(path), path).toBe(true);
    for (const path of ['/items', '/assets', '/assets/a/b', '/wp-login.php', '/institutes/irst/extra', '/admin/a/b'])
      expect(isAppPath(path), path).toBe(false);
  });
});
