import { APP_ROUTES } from '@tt/shared/app-route-table';

// Which paths are the web app's pages, before the app runs: a path no route of shared/app-route-table.ts takes is
// a 404 (the app shows its not-found page there), every other one is the app's.

/** A route pattern (`assets/:slug`, `pipeline/:id?`) as a regular expression over a path without its language prefix. */
function patternExpression(pattern: string): RegExp {
  const segments = pattern.split('/').map((segment) => {
    if (segment.startsWith(':')) return segment.endsWith('?') ? '(?:/[^/]+)?' : '/[^/]+';
    return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  });
  // React Router matches without regard to case, with or without a trailing slash.
  return new RegExp(`^${segments.join('')}/?$`, 'i');
}

const APP_ROUTE_EXPRESSIONS = Object.keys(APP_ROUTES).map(patternExpression);

/** Whether the web app has a page at this path (without its `/it` prefix): the catalogue at `/`, or a route. */
export function isAppPath(path: string): boolean {
  return path === '/' || path === '' || APP_ROUTE_EXPRESSIONS.some((route) => route.test(path));
}
