import type { Database, Db } from '@tt/db/database';
import { type ExpressionBuilder, sql, type UpdateObject } from 'kysely';
import { enforce } from '../../auth/enforce-policy.js';
import { reviewDirectoryListingPolicy } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { badInput } from '../../errors/domain-error.js';
import { userError } from '../../errors/user-error.js';
import { expectGlobalId } from '../../schema/global-id.js';
import type { CompanyResult } from './company-profile.service.js';
import { type CompanyRecord, companySelection, toCompanyRecord } from './company-records.js';

// Who is in the public partner directory. `company.listed` is the network's decision, the only thing the
// directory reads; a company member can ask for it (`listing_requested_at`) and can always leave at once.
// An administrator or an officer approves (listed) or declines (not listed); either way the request is
// answered and cleared. Every change of the two columns is made here.

export const LISTING_REQUESTS_MAX = 100;

/** The network decides: listed or not, and whatever was asked is answered. */
function decision(listed: boolean) {
  return { listed, listing_requested_at: null };
}

/**
 * What `listed` in a profile edit changes, as SET clauses of the company's update. From an administrator it
 * is the network's decision. From a member, `true` asks to be listed (kept as first asked; nothing when
 * already listed) and `false` leaves the directory and withdraws any request: being listed is the network's
 * decision, leaving is the company's right.
 */
export function listingChange(
  eb: ExpressionBuilder<Database, 'company'>,
  viewer: Viewer | null,
  listed: boolean,
): UpdateObject<Database, 'company'> {
  if (reviewDirectoryListingPolicy(viewer).allowed) return decision(listed);
  if (!listed) return decision(false);
  // In an UPDATE every column on the right is the row's value before it.
  return {
    listing_requested_at: eb
      .case()
      .when(eb.ref('listed'))
      .then(null)
      .else(eb.fn.coalesce('listing_requested_at', sql<Date>`now()`))
      .end(),
  };
}

/** The companies waiting for a decision, oldest request first; FORBIDDEN for anyone but those who decide. */
export async function pendingListingRequests(db: Db, viewer: Viewer | null, first: number): Promise<CompanyRecord[]> {
  enforce(reviewDirectoryListingPolicy(viewer));
  if (!Number.isInteger(first) || first < 1 || first > LISTING_REQUESTS_MAX)
    throw badInput('PAGE_SIZE_OUT_OF_RANGE', 'first', { min: 1, max: LISTING_REQUESTS_MAX });
  const rows = await db
    .selectFrom('company as c')
    .select(companySelection)
    .where('c.listing_requested_at', 'is not', null)
    .where((eb) => eb.not(eb.ref('c.listed')))
    .orderBy('c.listing_requested_at')
    .orderBy('c.id')
    .limit(first)
    .execute();
  return rows.map(toCompanyRecord);
}

/**
 * An administrator or an officer approves a company's request (it is listed at once) or declines it (it
 * stays out). Only a pending request can be reviewed, so two reviewers deciding at once cannot both win.
 */
export async function reviewDirectoryListing(
  db: Db,
  viewer: Viewer | null,
  input: { companyId: string; approve: boolean },
): Promise<CompanyResult> {
  enforce(reviewDirectoryListingPolicy(viewer));
  const companyId = expectGlobalId(input.companyId, 'Company', 'companyId');
  const rows = await db
    .updateTable('company as c')
    .set(decision(input.approve))
    .where('c.id', '=', companyId)
    .where('c.listing_requested_at', 'is not', null)
    .where((eb) => eb.not(eb.ref('c.listed')))
    .returning(companySelection)
    .execute();
  if (rows[0]) return { ok: true, company: toCompanyRecord(rows[0]) };
  const found = await db.selectFrom('company').select('listed').where('id', '=', companyId).execute();
  if (!found[0]) return { ok: false, errors: [userError('COMPANY_NOT_FOUND', 'companyId')] };
  return {
    ok: false,
    errors: [userError(found[0].listed ? 'COMPANY_ALREADY_LISTED' : 'NO_PENDING_LISTING_REQUEST', 'companyId')],
  };
}
