import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import {
  EOI_INTENDED_USE_MAX_LENGTH,
  EOI_MESSAGE_MAX_LENGTH,
  EOI_MESSAGE_MIN_LENGTH,
  EOI_TIMELINE_MAX_LENGTH,
  EoiStatus,
  eoiResponseDueAt,
  type InterestType,
  openEoiStatusesSql,
} from '@tt/shared/eoi-transitions';
import { companyEoiPath, officeEoiPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { outboxRow } from '../../mail/enqueue-mail.js';
import { EOI_EVENTS_CHANNEL, eoiEvent } from '../../realtime/eoi-events.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { type EoiRow, eoiColumns, toEoiRecord } from './eoi-records.js';
import type { ExpressionOfInterestType } from './expression-of-interest.type.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

export interface SubmitEoiInput {
  assetId: string;
  interestType: InterestType;
  message: string;
  intendedUse?: string | null;
  timeline?: string | null;
  ndaRequested?: boolean | null;
  idempotencyKey: string;
}

/** `eoi` is the new EoI as its submitter sees it (absent for a replay: the caller reads the existing one). */
export type SubmitEoiResult =
  | { ok: true; eoiId: number; replayed: boolean; eoi?: ExpressionOfInterestType }
  | { ok: false; errors: UserError[] };

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

function validate(input: SubmitEoiInput): UserError[] {
  const errors: UserError[] = [];
  const message = input.message.trim();
  if (message.length < EOI_MESSAGE_MIN_LENGTH) {
    errors.push(
      userError(
        'TOO_SHORT',
        `Tell the office a little more: at least ${EOI_MESSAGE_MIN_LENGTH} characters.`,
        'message',
      ),
    );
  }
  if (message.length > EOI_MESSAGE_MAX_LENGTH) {
    errors.push(userError('TOO_LONG', `Use at most ${EOI_MESSAGE_MAX_LENGTH} characters.`, 'message'));
  }
  if ((input.intendedUse ?? '').length > EOI_INTENDED_USE_MAX_LENGTH)
    errors.push(userError('TOO_LONG', `Use at most ${EOI_INTENDED_USE_MAX_LENGTH} characters.`, 'intendedUse'));
  if ((input.timeline ?? '').length > EOI_TIMELINE_MAX_LENGTH)
    errors.push(userError('TOO_LONG', `Use at most ${EOI_TIMELINE_MAX_LENGTH} characters.`, 'timeline'));
  if (!KEY.test(input.idempotencyKey)) {
    errors.push(userError('INVALID', 'The idempotency key must be 8–100 letters, digits, - or _.', 'idempotencyKey'));
  }
  return errors;
}

/**
 * A company member expresses interest in a published asset. The database guarantees the two rules:
 * a repeated idempotency key returns the EoI it made the first time (unique submitter + key), and a
 * company has at most one open EoI per asset (partial unique index); the insert does nothing on either
 * conflict, and the conflicting row tells which rule applied.
 *
 * Two statements and no transaction when all goes well: one reads everything the submission needs (a
 * replayed key, the asset, the people to write to, the new EoI's id), one writes the EoI, its first history
 * entry, both e-mails and the live event, and returns the new EoI. That one statement is its own
 * transaction: the EoI exists with its history and its e-mails or not at all, and the live event goes out
 * at its commit. The read changes nothing, so nothing needs to wrap the two: BEGIN and COMMIT would be two
 * more round trips, each holding a pooled connection while many companies submit at once. Pass a Kysely
 * that is not inside a transaction (or the caller's, whose commit then decides). Both are prepared
 * statements: PostgreSQL planned them on every call for longer than it ran them.
 */
export async function submitExpressionOfInterest(
  db: Db,
  viewer: Viewer,
  input: SubmitEoiInput,
  publicUrl: string,
): Promise<SubmitEoiResult> {
  if (viewer.role !== UserRole.COMPANY_MEMBER || !viewer.companyId) {
    throw forbidden('Only members of a company can express interest.');
  }
  const errors = validate(input);
  const parsed = parseGlobalId(input.assetId);
  if (parsed?.type !== 'Asset') errors.push(userError('NOT_FOUND', 'There is no such listing.', 'assetId'));
  if (errors.length) return { ok: false, errors };
  const assetId = parsed!.id;

  const { rows: found } = await sql<{
    replay_id: number | null;
    next_id: number;
    asset_id: number | null;
    institution_id: number | null;
    title: string | null;
    institution_name: string | null;
    submitter_email: string;
    submitter_name: string;
    company_name: string;
    officer_email: string | null;
    officer_name: string | null;
  }>`/* prepared: eoi-submission-read */
    select
      (select id from expression_of_interest where submitter_id = ${viewer.userId}
        and idempotency_key = ${input.idempotencyKey}) as replay_id,
      nextval('expression_of_interest_id_seq')::int as next_id,
      a.id as asset_id, a.institution_id, a.title, i.name as institution_name,
      u.email as submitter_email, u.name as submitter_name, c.name as company_name,
      o.email as officer_email, o.name as officer_name
    from app_user u
    join company c on c.id = u.company_id
    left join asset a on a.id = ${assetId} and a.status = ${AssetStatus.PUBLISHED}
    left join institution i on i.id = a.institution_id
    -- The officer by primary key (a plain join may walk the users up to the officer, as a merge join).
    left join lateral (select email, name from app_user where id = a.contact_officer_id limit 1) o on true
    where u.id = ${viewer.userId}`.execute(db);
  const context = found[0];
  if (!context) throw forbidden('Only members of a company can express interest.');
  if (context.replay_id) return { ok: true, eoiId: context.replay_id, replayed: true };
  if (!context.asset_id) return { ok: false, errors: [userError('NOT_FOUND', 'There is no such listing.', 'assetId')] };

  const eoiId = context.next_id;
  const mails = submissionMails(eoiId, context, input.interestType, publicUrl);
  const event = eoiEvent(
    { dbId: eoiId, companyId: viewer.companyId, institutionId: context.institution_id! },
    'CREATED',
    false,
  );
  const { rows } = await sql<EoiRow & { notified: number }>`/* prepared: eoi-submission-write */
    with created as (
      insert into expression_of_interest (id, asset_id, company_id, submitter_id, interest_type, message, intended_use,
        timeline, nda_requested, status, priority, idempotency_key, response_due_at, last_activity_at, created_at,
        updated_at)
      values (${eoiId}, ${context.asset_id}, ${viewer.companyId}, ${viewer.userId}, ${input.interestType},
        ${input.message.trim()}, ${input.intendedUse?.trim() || null}, ${input.timeline?.trim() || null},
        ${input.ndaRequested ?? false}, ${EoiStatus.SUBMITTED}, 'NORMAL', ${input.idempotencyKey},
        ${eoiResponseDueAt(new Date())}, now(), now(), now())
      on conflict do nothing
      returning *
    ), history as (
      insert into eoi_transition (eoi_id, actor_id, from_status, to_status, at)
      select id, ${viewer.userId}, null, ${EoiStatus.SUBMITTED}, now() from created
    ), outbox as (
      insert into outbox_message (recipient, template, data, status, attempts, next_attempt_at, created_at)
      select m.recipient, m.template, m.data::jsonb, 'PENDING', 0, now(), now()
      from created, jsonb_to_recordset(${JSON.stringify(mails)}::jsonb) as m(recipient text, template text, data text)
    ), live as (
      select pg_notify(${EOI_EVENTS_CHANNEL}, ${JSON.stringify(event)}) from created
    )
    select ${eoiColumns}, (select count(*) from live)::int as notified
    from created e join asset a on a.id = e.asset_id join app_user s on s.id = e.submitter_id`.execute(db);
  if (rows[0]) return { ok: true, eoiId: rows[0].id, replayed: false, eoi: toEoiRecord(rows[0]) };

  // A concurrent twin with the same key committed first: it is this request's answer.
  const twin = await findByKey(db, viewer.userId, input.idempotencyKey);
  if (twin) return { ok: true, eoiId: twin, replayed: true };
  const { rows: open } = await sql<{ id: number }>`
    select id from expression_of_interest
    where company_id = ${viewer.companyId} and asset_id = ${context.asset_id}
      and status in ${sql.raw(openEoiStatusesSql())}`.execute(db);
  return {
    ok: false,
    errors: [
      userError(
        'OPEN_EOI_EXISTS',
        `Your company already has an open expression of interest in this listing (${open[0] ? `id ${open[0].id}` : 'see My interests'}). Continue the conversation there.`,
        'assetId',
      ),
    ],
  };
}

async function findByKey(db: Db, submitterId: number, key: string): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    select id from expression_of_interest where submitter_id = ${submitterId} and idempotency_key = ${key}`.execute(db);
  return rows[0]?.id ?? null;
}

/** The confirmation to the submitter and the notice to the asset's contact officer, as outbox rows. */
function submissionMails(
  eoiId: number,
  context: {
    title: string | null;
    institution_name: string | null;
    submitter_email: string;
    submitter_name: string;
    company_name: string;
    officer_email: string | null;
    officer_name: string | null;
  },
  interestType: InterestType,
  publicUrl: string,
) {
  const mails: { recipient: string; template: string; data: string }[] = [
    outboxRow({
      to: context.submitter_email,
      template: 'eoi-confirmation',
      data: {
        name: context.submitter_name,
        assetTitle: context.title ?? '',
        institutionName: context.institution_name ?? '',
        eoiUrl: `${publicUrl}${companyEoiPath(toGlobalId('ExpressionOfInterest', eoiId))}`,
      },
    }),
  ];
  if (context.officer_email) {
    mails.push(
      outboxRow({
        to: context.officer_email,
        template: 'eoi-received',
        data: {
          name: context.officer_name ?? '',
          companyName: context.company_name,
          assetTitle: context.title ?? '',
          interestType: interestType.replace(/_/g, ' ').toLowerCase(),
          eoiUrl: `${publicUrl}${officeEoiPath(toGlobalId('ExpressionOfInterest', eoiId))}`,
        },
      }),
    );
  }
  return mails;
}
