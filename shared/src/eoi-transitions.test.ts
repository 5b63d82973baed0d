import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  allowedEoiTransitions,
  canTransitionEoi,
  EoiStatus,
  isEoiOverdue,
  OPEN_EOI_STATUSES,
} from './eoi-transitions.js';

const ALL = Object.values(EoiStatus);

describe('EoI state machine', () => {
  it('the office moves forward one step or declines, from open states only', () => {
    expect(allowedEoiTransitions('OFFICE', 'SUBMITTED')).toEqual(['IN_REVIEW', 'DECLINED']);
    expect(allowedEoiTransitions('OFFICE', 'IN_REVIEW')).toEqual(['IN_DISCUSSION', 'DECLINED']);
    expect(allowedEoiTransitions('OFFICE', 'IN_DISCUSSION')).toEqual(['NEGOTIATION', 'DECLINED']);
    expect(allowedEoiTransitions('OFFICE', 'NEGOTIATION')).toEqual(['AGREED', 'DECLINED']);
    for (const closed of ['AGREED', 'DECLINED', 'WITHDRAWN'] as const) {
      expect(allowedEoiTransitions('OFFICE', closed)).toEqual([]);
      expect(allowedEoiTransitions('COMPANY', closed)).toEqual([]);
    }
  });

  it('the company may only withdraw an open EoI', () => {
    for (const from of ALL) {
      for (const to of ALL) {
        expect(canTransitionEoi('COMPANY', from, to), `${from} → ${to}`).toBe(
          OPEN_EOI_STATUSES.includes(from) && to === 'WITHDRAWN',
        );
      }
    }
  });

  it('nobody skips steps, goes back, or withdraws for the company', () => {
    expect(canTransitionEoi('OFFICE', 'SUBMITTED', 'NEGOTIATION')).toBe(false);
    expect(canTransitionEoi('OFFICE', 'IN_DISCUSSION', 'IN_REVIEW')).toBe(false);
    expect(canTransitionEoi('OFFICE', 'IN_REVIEW', 'WITHDRAWN')).toBe(false);
  });

  it('counts working days and flags overdue EoIs', () => {
    const friday = new Date('2026-11-20T10:00:00Z');
    expect(addWorkingDays(friday, 5).toISOString()).toBe('2026-11-27T10:00:00.000Z');
    const eoi = { status: 'SUBMITTED' as const, createdAt: friday, firstResponseAt: null };
    expect(isEoiOverdue(eoi, new Date('2026-11-27T09:59:00Z'))).toBe(false);
    expect(isEoiOverdue(eoi, new Date('2026-11-27T10:00:00Z'))).toBe(true);
    expect(isEoiOverdue({ ...eoi, firstResponseAt: friday }, new Date('2026-12-20T00:00:00Z'))).toBe(false);
    expect(isEoiOverdue({ ...eoi, status: 'WITHDRAWN' }, new Date('2026-12-20T00:00:00Z'))).toBe(false);
  });
});
