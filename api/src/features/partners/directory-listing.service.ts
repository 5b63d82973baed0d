import type { Db } from '@tt/db/database';
import { type RawBuilder, sql } from 'kysely';
import { enforce } from '../../auth/enforce-policy.js';
import { reviewDirectoryListingPolicy } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { badInput } from '../../errors/domain-error.js';
import { userError } from '../../errors/user-error.js';
import { expectGlobalId } from '../../schema/global-id.js';
import type { CompanyType } from './company.type.js';
import type { CompanyResult } from './company-profile.service.js';
import { type CompanyRow, companyColumns, toCompanyRecord } from './company-records.js';

// Who is in the public partner directory. `company.listed` is the network's decision, the only thing the
// directory reads; a company member can ask for it (`listing_requested_at`) and can always leave at once.
// An administrator or an officer approves (listed) or declines (not listed); either way the request is
// answered and cleared. Every change of the two columns is made here.

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

export const LISTING_REQUESTS_MAX = 100;

/** The network decides: listed or not, and whatever was asked is answered. */
function decision(listed: boolean): RawBuilder<unknown>[] {
  return [sql`listed = ${listed}`, sql`listing_requested_at = null`];
}

/**
 * What `listed` in a profile edit changes, as SET clauses of the company's update. From an administrator it
 * is the network's decision. From a member, `true` asks to be listed (kept as first asked; nothing when
 * already listed) and `false` leaves the directory and withdraws any request: being listed is the network's
 * decision, leaving is the company's right.
 */
export function listingChange(viewer: Viewer | null, listed: boolean): RawBuilder<unknown>[] {
  if (reviewDirectoryListingPolicy(viewer).allowed) return decision(listed);
  if (!listed) return decision(false);
  // In an UPDATE every column on the right is the row's value before it.
  return [sql`listing_requested_at = case when listed then null else coalesce(listing_requested_at, now()) end`];
}

/** The companies waiting for a decision, oldest request first; FORBIDDEN for anyone but those who decide. */
export async function pendingListingRequests(db: Db, viewer: Viewer | null, first: number): Promise<CompanyType[]> {
  enforce(reviewDirectoryListingPolicy(viewer));
  if (!Number.isInteger(first) || first < 1 || first > LISTING_REQUESTS_MAX)
    throw badInput(`first must be between 1 and ${LISTING_REQUESTS_MAX}`, 'first');
  const { rows } = await sql<CompanyRow>`
    select ${companyColumns} from company c
    where c.listing_requested_at is not null and not c.listed
    order by c.listing_requested_at, c.id limit ${first}`.execute(db);
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
  const { rows } = await sql<CompanyRow>`
    update company c set ${sql.join(decision(input.approve), sql`, `)}
    where c.id = ${companyId} and c.listing_requested_at is not null and not c.listed
    returning ${companyColumns}`.execute(db);
  if (rows[0]) return { ok: true, company: toCompanyRecord(rows[0]) };
  const { rows: found } = await sql<{ listed: boolean }>`select listed from company where id = ${companyId}`.execute(
    db,
  );
  if (!found[0]) return { ok: false, errors: [userError('NOT_FOUND', 'There is no such company.', 'companyId')] };
  return {
    ok: false,
    errors: [
      userError(
        'NO_PENDING_REQUEST',
        found[0].listed
          ? 'This company is already listed in the directory.'
          : 'This company has not asked to be listed, or its request was already answered.',
        'companyId',
      ),
    ],
  };
}
