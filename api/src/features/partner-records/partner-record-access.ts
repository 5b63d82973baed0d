import { type Actor, isOfficeOf, type OfficeScope, officeScope } from '../../auth/policies.js';

// Who reads and keeps an institute's partner records, in one place: that institute's office (its officers) and
// admins (every institute's). Nobody else learns that a record exists: not the company it is about, not
// researchers, not the other institute's officers.

export function mayKeepPartnerRecord(viewer: Actor | null, institutionId: number): boolean {
  return isOfficeOf(viewer, institutionId);
}

/** The institutes whose records the viewer lists: one (officers), all (admins); null for anyone else. */
export function partnerRecordScope(viewer: Actor | null): OfficeScope | null {
  return officeScope(viewer);
}
