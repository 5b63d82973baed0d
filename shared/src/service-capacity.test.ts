import { describe, expect, it } from 'vitest';
import { AssetKind } from './asset-enums.js';
import {
  effectiveCapacity,
  isFullyBookedOver,
  NO_CAPACITY_STATED,
  type ServiceCapacity,
  ServiceCapacityStatus,
  validateServiceCapacity,
} from './service-capacity.js';

const TODAY = '2026-12-02';
const capacity = (overrides: Partial<ServiceCapacity>): ServiceCapacity => ({ ...NO_CAPACITY_STATED, ...overrides });
const codes = (value: ServiceCapacity, kind: AssetKind = AssetKind.SERVICE) =>
  validateServiceCapacity(kind, value, TODAY).map((p) => `${p.field}:${p.code}`);

describe('service capacity rules', () => {
  it('accepts the usual capacities of a service', () => {
    expect(codes(NO_CAPACITY_STATED)).toEqual([]);
    expect(
      codes(
        capacity({
          status: 'ACCEPTING_REQUESTS',
          nextSlotOn: '2027-01-11',
          turnaroundWeeksMin: 4,
          turnaroundWeeksMax: 6,
        }),
      ),
    ).toEqual([]);
    expect(codes(capacity({ status: 'FULLY_BOOKED', fullyBookedUntil: '2027-03-12', turnaroundWeeksMin: 8 }))).toEqual(
      [],
    );
  });

  it('refuses a capacity on listings that are not services', () => {
    expect(codes(NO_CAPACITY_STATED, AssetKind.INVENTION)).toEqual(['capacity:CAPACITY_SERVICES_ONLY']);
    expect(codes(NO_CAPACITY_STATED, AssetKind.PROTOTYPE)).toEqual(['capacity:CAPACITY_SERVICES_ONLY']);
  });

  it('wants a future "until" date exactly when fully booked', () => {
    expect(codes(capacity({ status: 'FULLY_BOOKED' }))).toEqual([
      'fullyBookedUntil:CAPACITY_FULLY_BOOKED_UNTIL_REQUIRED',
    ]);
    expect(codes(capacity({ status: 'FULLY_BOOKED', fullyBookedUntil: TODAY }))).toEqual([
      'fullyBookedUntil:CAPACITY_FULLY_BOOKED_UNTIL_PAST',
    ]);
    expect(codes(capacity({ status: 'FULLY_BOOKED', fullyBookedUntil: '2027-02-30' }))).toEqual([
      'fullyBookedUntil:DATE_INVALID',
    ]);
    expect(codes(capacity({ status: 'FULLY_BOOKED', fullyBookedUntil: '2029-01-01' }))).toEqual([
      'fullyBookedUntil:CAPACITY_DATE_TOO_FAR',
    ]);
    expect(codes(capacity({ status: 'ACCEPTING_REQUESTS', fullyBookedUntil: '2027-01-01' }))).toEqual([
      'fullyBookedUntil:CAPACITY_UNTIL_ONLY_WHEN_FULLY_BOOKED',
    ]);
  });

  it('takes a next slot only while accepting, from today on', () => {
    expect(codes(capacity({ status: 'ACCEPTING_REQUESTS', nextSlotOn: TODAY }))).toEqual([]);
    expect(codes(capacity({ status: 'ACCEPTING_REQUESTS', nextSlotOn: '2026-12-01' }))).toEqual([
      'nextSlotOn:CAPACITY_NEXT_SLOT_PAST',
    ]);
    expect(codes(capacity({ status: 'NOT_STATED', nextSlotOn: '2027-01-01' }))).toEqual([
      'nextSlotOn:CAPACITY_NEXT_SLOT_ONLY_WHEN_ACCEPTING',
    ]);
  });

  it('keeps the turnaround to whole weeks between 1 and 104, the range in order', () => {
    expect(codes(capacity({ turnaroundWeeksMin: 0 }))).toEqual(['turnaroundWeeksMin:CAPACITY_TURNAROUND_RANGE']);
    expect(codes(capacity({ turnaroundWeeksMin: 105 }))).toEqual(['turnaroundWeeksMin:CAPACITY_TURNAROUND_RANGE']);
    expect(codes(capacity({ turnaroundWeeksMin: 2.5 }))).toEqual(['turnaroundWeeksMin:CAPACITY_TURNAROUND_RANGE']);
    expect(codes(capacity({ turnaroundWeeksMax: 6 }))).toEqual(['turnaroundWeeksMin:CAPACITY_TURNAROUND_MIN_REQUIRED']);
    expect(codes(capacity({ turnaroundWeeksMin: 6, turnaroundWeeksMax: 4 }))).toEqual([
      'turnaroundWeeksMax:CAPACITY_TURNAROUND_ORDER',
    ]);
  });
});

describe('effective capacity', () => {
  const booked = capacity({ status: 'FULLY_BOOKED', fullyBookedUntil: '2026-12-02', turnaroundWeeksMin: 4 });

  it('stays fully booked through its last day', () => {
    expect(isFullyBookedOver(booked, '2026-12-02')).toBe(false);
    expect(effectiveCapacity(booked, '2026-12-02')).toEqual(booked);
  });

  it('accepts requests again the day after', () => {
    expect(isFullyBookedOver(booked, '2026-12-03')).toBe(true);
    expect(effectiveCapacity(booked, '2026-12-03')).toEqual({
      ...booked,
      status: ServiceCapacityStatus.ACCEPTING_REQUESTS,
      fullyBookedUntil: null,
    });
  });

  it('drops a next slot that has passed and reads a one-week range as one number', () => {
    const accepting = capacity({
      status: 'ACCEPTING_REQUESTS',
      nextSlotOn: '2026-12-01',
      turnaroundWeeksMin: 4,
      turnaroundWeeksMax: 4,
    });
    expect(effectiveCapacity(accepting, TODAY)).toMatchObject({
      nextSlotOn: null,
      turnaroundWeeksMin: 4,
      turnaroundWeeksMax: null,
    });
  });
});
