import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { capacityDay, type ServiceCapacity, validateServiceCapacity } from '@tt/shared/service-capacity';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { fieldError, type UserError } from '../../errors/user-error.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { canSetCapacity } from './capacity-access.js';

/** The listing set (or refused, with the reasons). */
export type CapacityOutcome = { ok: true; assetId: number } | { ok: false; errors: UserError[]; assetId: number };

export interface SetServiceCapacityArgs extends ServiceCapacity {
  /** The listing's global id. */
  id: string;
}

/** Today (UTC), the day capacity dates are counted from (as listing expiry). */
export function capacityToday(): string {
  return capacityDay();
}

/**
 * Sets a service listing's capacity (its office only). The listing's updated_at is left alone: the capacity is
 * set on its own, and must not turn an officer's save of the listing's texts into a version conflict. The
 * listing's triggers copy the status into its search row, the facet counts and the catalogue's revision.
 */
export async function setServiceCapacity(
  db: Db,
  viewer: Viewer | null,
  input: SetServiceCapacityArgs,
): Promise<CapacityOutcome> {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(input.id);
  const listing =
    parsed?.type === 'Asset'
      ? await db
          .selectFrom('asset as a')
          .select(['a.id', 'a.kind', 'a.status', 'a.institution_id', 'a.platform_id'])
          .where('a.id', '=', parsed.id)
          .forUpdate('a')
          .executeTakeFirst()
      : undefined;
  const scope = listing && { institutionId: listing.institution_id, platformId: listing.platform_id };
  if (!listing || !canSetCapacity(viewer, scope!)) {
    // Only a published listing is known to outsiders: anything else is refused as if it did not exist.
    throw forbidden(
      listing?.status === AssetStatus.PUBLISHED ? 'CAPACITY_SET_OFFICE_ONLY' : 'LISTING_NOT_EDITABLE_BY_YOU',
    );
  }
  const capacity: ServiceCapacity = {
    status: input.status,
    fullyBookedUntil: input.fullyBookedUntil?.trim() || null,
    nextSlotOn: input.nextSlotOn?.trim() || null,
    turnaroundWeeksMin: input.turnaroundWeeksMin ?? null,
    turnaroundWeeksMax: input.turnaroundWeeksMax ?? null,
  };
  const problems = validateServiceCapacity(listing.kind, capacity, capacityToday());
  if (problems.length) return { ok: false, errors: problems.map(fieldError), assetId: listing.id };
  await db
    .updateTable('asset')
    .set({
      capacity_status: capacity.status,
      fully_booked_until: capacity.fullyBookedUntil,
      next_slot_on: capacity.nextSlotOn,
      turnaround_weeks_min: capacity.turnaroundWeeksMin,
      turnaround_weeks_max: capacity.turnaroundWeeksMax,
    })
    .where('id', '=', listing.id)
    .execute();
  return { ok: true, assetId: listing.id };
}
