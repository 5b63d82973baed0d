import { describe, expect, it } from 'vitest';
import { isAppPath } from './app-route-table.js';

// That the web's router declares exactly shared/app-route-table.ts's routes: web/src/app-routes.test.tsx.
describe('the app’s routes as the API knows them', () => {
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
