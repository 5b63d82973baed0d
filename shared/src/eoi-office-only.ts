import type { EoiActor } from './eoi-transitions.js';

// What the office keeps about an EoI (internal notes, its priority, its reasons for a move) is for the
// office side alone and never reaches the company: the API filters by these, the web renders by them.

/** Whether this side of an EoI (null: none) sees the office's own data. */
export function seesOfficeOnly(side: EoiActor | null): boolean {
  return side === 'OFFICE';
}

/** Whether this side may read a message or hear of an event: an internal one only on the office side. */
export function mayReadEoiItem(side: EoiActor | null, item: { internal: boolean }): boolean {
  return seesOfficeOnly(side) || !item.internal;
}
