import { describe, expect, it } from 'vitest';
import { dashboardPeriod, dashboardPeriodProblem, defaultDashboardPeriod } from './office-dashboard.js';

const now = new Date('2026-12-02T10:30:00Z');

describe("the office dashboard's periods", () => {
  it('runs the last months from the first of a month to now, a year from 1 January', () => {
    expect(dashboardPeriod('LAST_3_MONTHS', now)).toEqual({ from: new Date('2026-10-01T00:00:00Z'), to: now });
    expect(dashboardPeriod('LAST_12_MONTHS', now)).toEqual({ from: new Date('2026-01-01T00:00:00Z'), to: now });
    expect(dashboardPeriod('THIS_YEAR', now)).toEqual({ from: new Date('2026-01-01T00:00:00Z'), to: now });
    expect(dashboardPeriod('LAST_YEAR', now)).toEqual({
      from: new Date('2025-01-01T00:00:00Z'),
      to: new Date('2026-01-01T00:00:00Z'),
    });
    expect(defaultDashboardPeriod(new Date('2026-03-15T00:00:00Z')).from).toEqual(new Date('2025-04-01T00:00:00Z'));
  });

  it('refuses a period that does not start before it ends, or spans more than 36 months', () => {
    const at = (iso: string) => new Date(iso);
    expect(dashboardPeriodProblem({ from: at('2026-01-01T00:00:00Z'), to: now })).toBeNull();
    expect(dashboardPeriodProblem({ from: now, to: now })).toBe('DASHBOARD_PERIOD_INVALID');
    expect(dashboardPeriodProblem({ from: at('x'), to: now })).toBe('DASHBOARD_PERIOD_INVALID');
    expect(dashboardPeriodProblem({ from: at('2023-12-01T00:00:00Z'), to: now })).toBe(null);
    expect(dashboardPeriodProblem({ from: at('2023-11-01T00:00:00Z'), to: now })).toBe('DASHBOARD_PERIOD_TOO_LONG');
  });
});
