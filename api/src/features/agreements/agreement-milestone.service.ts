import type { Db } from '@tt/db/database';
import {
  AGREEMENT_LIMITS,
  hasFinancialTerms,
  type MilestoneKind,
  MilestoneStatus,
  validateMilestone,
} from '@tt/shared/agreement-rules';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { fieldError, userError } from '../../errors/user-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { type AgreementOutcome, findVisibleAgreement, requireOfficeAgreement } from './agreement.service.js';
import { type AgreementMilestoneRecord, milestonesOfAgreements } from './agreement-records.js';

// The payments of an option's or a licence's financial terms: the office adds, updates (as invoiced, as received)
// and removes them. Amounts in euro cents.

const NOW = sql<Date>`now()`;

export interface MilestoneFields {
  kind: MilestoneKind;
  event: string;
  dueDate?: string | null;
  trigger?: string | null;
  amountCents: number;
  status?: MilestoneStatus | null;
  receivedAmountCents?: number | null;
  receivedOn?: string | null;
}

function checked(fields: MilestoneFields) {
  const data = {
    kind: fields.kind,
    event: fields.event.trim(),
    dueDate: fields.dueDate || null,
    trigger: fields.trigger?.trim() || null,
    amountCents: fields.amountCents,
    status: fields.status ?? MilestoneStatus.EXPECTED,
    receivedAmountCents: fields.receivedAmountCents ?? null,
    receivedOn: fields.receivedOn || null,
  };
  return { data, errors: validateMilestone(data).map(fieldError) };
}

const columns = (data: ReturnType<typeof checked>['data']) => ({
  kind: data.kind,
  event: data.event,
  due_date: data.dueDate,
  trigger: data.trigger,
  amount_cents: data.amountCents,
  status: data.status,
  received_amount_cents: data.receivedAmountCents,
  received_on: data.receivedOn,
});

async function touch(db: Db, agreementId: number): Promise<void> {
  await db.updateTable('agreement').set({ updated_at: NOW }).where('id', '=', agreementId).execute();
}

/** The office adds a payment to an option's or a licence's terms. */
export async function addAgreementMilestone(
  db: Db,
  viewer: Viewer,
  input: MilestoneFields & { agreementId: string },
): Promise<AgreementOutcome> {
  const agreement = await requireOfficeAgreement(db, viewer, input.agreementId);
  if (!hasFinancialTerms(agreement.type))
    return { ok: false, errors: [userError('AGREEMENT_FINANCIAL_TERMS_ONLY', 'agreementId')] };
  const { data, errors } = checked(input);
  const { count } = await db
    .selectFrom('agreement_milestone')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('agreement_id', '=', agreement.id)
    .executeTakeFirstOrThrow();
  if (Number(count) >= AGREEMENT_LIMITS.milestonesMax)
    errors.push(userError('TOO_MANY_MILESTONES', 'agreementId', { max: AGREEMENT_LIMITS.milestonesMax }));
  if (errors.length) return { ok: false, errors };
  await db
    .insertInto('agreement_milestone')
    .values({ agreement_id: agreement.id, ...columns(data), created_at: NOW })
    .execute();
  await touch(db, agreement.id);
  return { ok: true, agreementId: agreement.id };
}

/** The milestone's agreement id, when the global id names one (its agreement decides who may change it). */
async function agreementOfMilestone(db: Db, viewer: Viewer | null, globalId: string) {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(globalId);
  const row =
    parsed?.type === 'AgreementMilestone'
      ? await db
          .selectFrom('agreement_milestone')
          .select(['id', 'agreement_id'])
          .where('id', '=', parsed.id)
          .executeTakeFirst()
      : undefined;
  if (!row) throw forbidden('MILESTONE_NOT_VISIBLE');
  const agreement = await requireOfficeAgreement(db, viewer, toGlobalId('Agreement', row.agreement_id));
  return { milestoneId: row.id, agreementId: agreement.id };
}

/** The office saves a payment as it now is (invoiced, received with the amount and day). */
export async function updateAgreementMilestone(
  db: Db,
  viewer: Viewer,
  input: MilestoneFields & { id: string },
): Promise<AgreementOutcome> {
  const { milestoneId, agreementId } = await agreementOfMilestone(db, viewer, input.id);
  const { data, errors } = checked(input);
  if (errors.length) return { ok: false, errors };
  await db.updateTable('agreement_milestone').set(columns(data)).where('id', '=', milestoneId).execute();
  await touch(db, agreementId);
  return { ok: true, agreementId };
}

export async function removeAgreementMilestone(
  db: Db,
  viewer: Viewer,
  input: { id: string },
): Promise<AgreementOutcome> {
  const { milestoneId, agreementId } = await agreementOfMilestone(db, viewer, input.id);
  await db.deleteFrom('agreement_milestone').where('id', '=', milestoneId).execute();
  await touch(db, agreementId);
  return { ok: true, agreementId };
}

/** A payment, where the viewer reads its agreement's financial terms; null otherwise (they learn nothing). */
export async function findVisibleMilestone(
  db: Db,
  viewer: Viewer | null,
  id: number,
): Promise<AgreementMilestoneRecord | null> {
  const row = await db.selectFrom('agreement_milestone').select('agreement_id').where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const found = await findVisibleAgreement(db, viewer, row.agreement_id);
  if (!found?.agreement.termsVisible) return null;
  const [milestones] = await milestonesOfAgreements(db, [row.agreement_id]);
  return milestones?.find((milestone) => milestone.dbId === id) ?? null;
}
