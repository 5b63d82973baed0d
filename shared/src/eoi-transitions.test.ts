import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  allowedEoiTransitions,
  canTransitionEoi,
  EOI_OVERDUE_WORKING_DAYS,
  EoiStatus,
  eoiResponseDueAt,
  isEoiOverdue,
  OPEN_EOI_STATUSES,
  openEoiStatusesSql,
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
    const eoi = { status: 'SUBMITTED' as const, responseDueAt: eoiResponseDueAt(friday), firstResponseAt: null };
    expect(isEoiOverdue(eoi, new Date('2026-11-27T09:59:00Z'))).toBe(false);
    expect(isEoiOverdue(eoi, new Date('2026-11-27T10:00:00Z'))).toBe(true);
    expect(isEoiOverdue({ ...eoi, firstResponseAt: friday }, new Date('2026-12-20T00:00:00Z'))).toBe(false);
    expect(isEoiOverdue({ ...eoi, status: 'WITHDRAWN' }, new Date('2026-12-20T00:00:00Z'))).toBe(false);
  });

  it('is overdue from the instant its due date comes, and only while open without a reply', () => {
    const due = new Date('2026-11-27T10:00:00Z');
    const eoi = { status: EoiStatus.IN_REVIEW, responseDueAt: due, firstResponseAt: null };
    expect(isEoiOverdue(eoi, new Date(due.getTime() - 1))).toBe(false);
    expect(isEoiOverdue(eoi, due)).toBe(true);
    for (const status of ALL) {
      expect(isEoiOverdue({ ...eoi, status }, due)).toBe(OPEN_EOI_STATUSES.includes(status));
    }
    expect(isEoiOverdue({ ...eoi, firstResponseAt: new Date(due.getTime() + 1) }, due)).toBe(false);
  });

  it('owes a reply 5 working days after submission, over a weekend', () => {
    expect(EOI_OVERDUE_WORKING_DAYS).toBe(5);
    expect(eoiResponseDueAt(new Date('2026-11-23T08:00:00Z')).toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('spells the open statuses as the SQL list of the partial index', () => {
    expect(openEoiStatusesSql()).toBe("('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION')");
  });
});
