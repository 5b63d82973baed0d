import type { Db } from '@tt/db/database';
import type {
  AgreementStatus,
  AgreementType,
  LicenseExclusivity,
  MilestoneKind,
  MilestoneStatus,
  RoyaltyReportingPeriod,
} from '@tt/shared/agreement-rules';
import { sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import type { PageInfo } from '../../pagination/page-info.js';
import { toGlobalId } from '../../schema/global-id.js';
import {
  type AgreementSide,
  seesAgreementDates,
  seesAgreementDetails,
  seesFinancialTerms,
} from './agreement-access.js';

// Rows read from agreement become the records the GraphQL types describe, already cut to what the viewer's side may
// read (agreement-access.ts): what a side may not see is null in its record, so it never reaches a client.

/** An agreement as one viewer may read it (the GraphQL Agreement implements it). */
export interface AgreementRecord {
  readonly __typename: 'Agreement';
  id: string;
  dbId: number;
  side: AgreementSide;
  institutionId: number;
  companyId: number;
  ownerId: number | null;
  /** The EoI it came from (or closed), and whether it closed it. */
  eoiDbId: number | null;
  closesEoi: boolean;
  type: AgreementType;
  status: AgreementStatus;
  createdAt: Date;
  updatedAt: Date;
  // The office's alone (null for the company and the inventors).
  title: string | null;
  exclusivity: LicenseExclusivity | null;
  fieldOfUse: string | null;
  territory: string | null;
  /** Days, YYYY-MM-DD: the office's and the inventors' (null for the company). */
  signatureDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  notes: string | null;
  termsSharedWithInventors: boolean | null;
  /** Whether the viewer reads the financial terms: the office, or the inventors when shared. */
  termsVisible: boolean;
  royaltyRateBasisPoints: number | null;
  royaltyReportingPeriod: RoyaltyReportingPeriod | null;
}

export interface AgreementMilestoneRecord {
  readonly __typename: 'AgreementMilestone';
  id: string;
  dbId: number;
  agreementId: number;
  kind: MilestoneKind;
  event: string;
  dueDate: string | null;
  trigger: string | null;
  amountCents: number;
  status: MilestoneStatus;
  receivedAmountCents: number | null;
  receivedOn: string | null;
  createdAt: Date;
}

export interface AgreementAttachmentRecord {
  readonly __typename: 'AgreementAttachment';
  id: string;
  dbId: number;
  agreementId: number;
  fileName: string;
  contentType: string;
  byteSize: number;
  createdAt: Date;
  downloadUrl: string;
  uploadedByName: string | null;
}

export interface AgreementPage {
  edges: { cursor: string; node: AgreementRecord }[];
  pageInfo: PageInfo;
}

const day = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

/** The agreements `g` with their EoI link `l` beside them (what agreementColumns reads). */
export function agreementsFrom(db: Db) {
  return db.selectFrom('agreement as g').leftJoin('eoi_agreement as l', 'l.agreement_id', 'g.id');
}

/** What an agreement read selects, over agreementsFrom: days as text (never shifted by a time zone), and the
 * accounts of the inventors of the listings it covers (who they are decides what they see). */
export const agreementColumns = [
  'g.id',
  'g.institution_id',
  'g.company_id',
  'g.owner_id',
  'g.type',
  'g.status',
  'g.title',
  'g.exclusivity',
  'g.field_of_use',
  'g.territory',
  day('g.signature_date').as('signature_day'),
  day('g.effective_date').as('effective_day'),
  day('g.expiry_date').as('expiry_day'),
  'g.notes',
  'g.terms_shared_with_inventors',
  'g.royalty_rate_basis_points',
  'g.royalty_reporting_period',
  'g.created_at',
  'g.updated_at',
  'l.eoi_id',
  'l.closes_eoi',
  sql<number[]>`array(select i.user_id from agreement_listing al join asset_inventor ai on ai.asset_id = al.asset_id
    join inventor i on i.id = ai.inventor_id where al.agreement_id = g.id and i.user_id is not null)`.as(
    'inventor_user_ids',
  ),
] as const;

/** A row of agreementColumns (timestamps arrive as text at run time whatever the type says: toDate reads both). */
export interface AgreementRow {
  id: number;
  institution_id: number;
  company_id: number;
  owner_id: number | null;
  type: AgreementType;
  status: AgreementStatus;
  title: string;
  exclusivity: LicenseExclusivity | null;
  field_of_use: string | null;
  territory: string | null;
  signature_day: string | null;
  effective_day: string | null;
  expiry_day: string | null;
  notes: string;
  terms_shared_with_inventors: boolean;
  royalty_rate_basis_points: number | null;
  royalty_reporting_period: RoyaltyReportingPeriod | null;
  created_at: Date | string;
  updated_at: Date | string;
  eoi_id: number | null;
  closes_eoi: boolean | null;
  inventor_user_ids: number[];
}

/** Who decides what the viewer sees of a row (agreement-access.ts). */
export function scopeOfRow(row: AgreementRow) {
  return {
    institutionId: row.institution_id,
    companyId: row.company_id,
    fromEoi: row.eoi_id !== null,
    inventorUserIds: row.inventor_user_ids,
  };
}

/** The record of a row as the viewer's side may read it: what the side may not see is left out (null). */
export function toAgreementRecord(row: AgreementRow, side: AgreementSide): AgreementRecord {
  const details = seesAgreementDetails(side);
  const terms = seesFinancialTerms(side, row.terms_shared_with_inventors);
  const dates = seesAgreementDates(side);
  return {
    __typename: 'Agreement',
    id: toGlobalId('Agreement', row.id),
    dbId: row.id,
    side,
    institutionId: row.institution_id,
    companyId: row.company_id,
    ownerId: row.owner_id,
    eoiDbId: row.eoi_id,
    closesEoi: row.closes_eoi === true,
    type: row.type,
    status: row.status,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    title: details ? row.title : null,
    exclusivity: details ? row.exclusivity : null,
    fieldOfUse: details ? row.field_of_use : null,
    territory: details ? row.territory : null,
    signatureDate: dates ? row.signature_day : null,
    effectiveDate: dates ? row.effective_day : null,
    expiryDate: dates ? row.expiry_day : null,
    notes: details ? row.notes : null,
    termsSharedWithInventors: details ? row.terms_shared_with_inventors : null,
    termsVisible: terms,
    royaltyRateBasisPoints: terms ? row.royalty_rate_basis_points : null,
    royaltyReportingPeriod: terms ? row.royalty_reporting_period : null,
  };
}

/** One agreement as stored, with the scope its visibility is decided on (callers decide). */
export async function readAgreementRow(
  db: Db,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<AgreementRow | null> {
  const query = agreementsFrom(db).select(agreementColumns).where('g.id', '=', id);
  const row = await (options.forUpdate ? query.forUpdate('g') : query).executeTakeFirst();
  return (row as AgreementRow | undefined) ?? null;
}

/** The payments of each agreement, by due date (undated ones last), then as entered. One statement for any number. */
export async function milestonesOfAgreements(db: Db, ids: readonly number[]): Promise<AgreementMilestoneRecord[][]> {
  const rows = await db
    .selectFrom('agreement_milestone as m')
    .select([
      'm.id',
      'm.agreement_id',
      'm.kind',
      'm.event',
      day('m.due_date').as('due_day'),
      'm.trigger',
      'm.amount_cents',
      'm.status',
      'm.received_amount_cents',
      day('m.received_on').as('received_day'),
      'm.created_at',
    ])
    .where('m.agreement_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .orderBy(sql`m.due_date nulls last`)
    .orderBy('m.id')
    .execute();
  return grouped(ids, rows, (row) => ({
    __typename: 'AgreementMilestone' as const,
    id: toGlobalId('AgreementMilestone', row.id),
    dbId: row.id,
    agreementId: row.agreement_id,
    kind: row.kind,
    event: row.event,
    dueDate: row.due_day,
    trigger: row.trigger,
    amountCents: Number(row.amount_cents),
    status: row.status,
    receivedAmountCents: row.received_amount_cents === null ? null : Number(row.received_amount_cents),
    receivedOn: row.received_day,
    createdAt: toDate(row.created_at),
  }));
}

/** The listings each agreement covers, by id. */
export async function listingIdsOfAgreements(db: Db, ids: readonly number[]): Promise<number[][]> {
  const rows = await db
    .selectFrom('agreement_listing')
    .select(['agreement_id', 'asset_id'])
    .where('agreement_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .orderBy('id')
    .execute();
  return grouped(ids, rows, (row) => row.asset_id);
}

/** Groups rows by their agreement, in the order of `ids` (a DataLoader's batch). */
export function grouped<Row extends { agreement_id: number }, Out>(
  ids: readonly number[],
  rows: readonly Row[],
  map: (row: Row) => Out,
): Out[][] {
  const groups = new Map<number, Out[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.agreement_id)?.push(map(row));
  return ids.map((id) => groups.get(id)!);
}
