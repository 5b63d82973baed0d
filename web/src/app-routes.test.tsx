import { APP_ROUTES, type AppRoutePattern } from '@tt/shared/app-route-table';
import { ADMIN_ROUTE, ADMIN_SECTION_ROUTE, OFFICE_DISCLOSURE_ROUTE, PIPELINE_ROUTE } from '@tt/shared/web-routes';
import type { ReactElement } from 'react';
import { createRoutesFromElements, Navigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RequireRole } from './account/require-role';
import { APP_PAGES, AppRoutes } from './app-routes';

// The API answers paths, writes robots.txt and the sitemaps from shared/app-route-table.ts: the router must declare
// exactly its routes, and guard exactly its signed-in ones.

/** Signed-in routes whose page only sends the visitor on to a guarded one. */
const REDIRECTS: Partial<Record<AppRoutePattern, AppRoutePattern>> = {
  [ADMIN_ROUTE]: ADMIN_SECTION_ROUTE,
  [PIPELINE_ROUTE]: OFFICE_DISCLOSURE_ROUTE,
};

describe('the app’s routes', () => {
  it('are the table’s, with the catalogue at the root and the not-found page elsewhere', () => {
    const [layout, ...others] = createRoutesFromElements(
      (AppRoutes() as ReactElement<{ children: ReactElement }>).props.children,
    );
    expect(others).toEqual([]);
    const children = layout?.children ?? [];
    expect(children[0]?.index).toBe(true);
    expect(children.at(-1)?.path).toBe('*');
    expect(
      children
        .slice(1, -1)
        .map((route) => route.path)
        .sort(),
    ).toEqual(Object.keys(APP_ROUTES).sort());
  });

  it('guard the signed-in pages, and only those', () => {
    for (const [pattern, access] of Object.entries(APP_ROUTES) as [AppRoutePattern, string][]) {
      const page = APP_PAGES[pattern];
      const redirect = REDIRECTS[pattern];
      if (redirect) {
        expect(access, pattern).toBe('signed-in');
        expect(APP_PAGES[redirect].type, redirect).toBe(RequireRole);
      } else expect(page.type === RequireRole, pattern).toBe(access === 'signed-in');
    }
    expect(APP_PAGES[ADMIN_ROUTE].type).toBe(Navigate);
  });
});
