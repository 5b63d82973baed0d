import type { Database, Db } from '@tt/db/database';
import type { PartnerStatus } from '@tt/shared/partner-rules';
import type { Selectable } from 'kysely';
import { toDate } from '../../database/to-date.js';
import { toGlobalId } from '../../schema/global-id.js';

// Rows of partner_relationship and partner_contact become the records the GraphQL types describe.

export interface PartnerRelationshipRecord {
  readonly __typename: 'PartnerRelationship';
  id: string;
  dbId: number;
  institutionId: number;
  companyId: number;
  status: PartnerStatus;
  ownerId: number | null;
  notes: string;
  createdAt: Date;
  updatedAt: Date;
  updatedById: number | null;
}

export interface PartnerContactRecord {
  readonly __typename: 'PartnerContact';
  id: string;
  dbId: number;
  relationshipId: number;
  name: string;
  role: string;
  email: string;
  phone: string;
  notes: string;
}

/** What a record read selects, over partner_relationship aliased `r`. */
export const relationshipSelection = [
  'r.id',
  'r.institution_id',
  'r.company_id',
  'r.status',
  'r.owner_id',
  'r.notes',
  'r.created_at',
  'r.updated_at',
  'r.updated_by_id',
] as const;

type RelationshipColumn<S = (typeof relationshipSelection)[number]> = S extends `r.${infer C}` ? C : never;
export type RelationshipRow = Pick<Selectable<Database['partner_relationship']>, RelationshipColumn>;

export function toRelationshipRecord(row: RelationshipRow): PartnerRelationshipRecord {
  return {
    __typename: 'PartnerRelationship',
    id: toGlobalId('PartnerRelationship', row.id),
    dbId: row.id,
    institutionId: row.institution_id,
    companyId: row.company_id,
    status: row.status,
    ownerId: row.owner_id,
    notes: row.notes,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    updatedById: row.updated_by_id,
  };
}

export async function readRelationshipRow(
  db: Db,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<RelationshipRow | null> {
  let query = db.selectFrom('partner_relationship as r').select(relationshipSelection).where('r.id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return (await query.executeTakeFirst()) ?? null;
}

/** The contacts of each record, by name. */
export async function contactsOfRelationships(db: Db, ids: readonly number[]): Promise<PartnerContactRecord[][]> {
  const rows = ids.length
    ? await db
        .selectFrom('partner_contact')
        .selectAll()
        .where('relationship_id', 'in', [...ids])
        .orderBy((eb) => eb.fn('lower', ['name']))
        .orderBy('id')
        .execute()
    : [];
  return ids.map((id) =>
    rows
      .filter((row) => row.relationship_id === id)
      .map((row) => ({
        __typename: 'PartnerContact' as const,
        id: toGlobalId('PartnerContact', row.id),
        dbId: row.id,
        relationshipId: row.relationship_id,
        name: row.name,
        role: row.role,
        email: row.email,
        phone: row.phone,
        notes: row.notes,
      })),
  );
}
