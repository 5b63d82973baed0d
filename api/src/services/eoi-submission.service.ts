import { AssetStatus } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import {
  addWorkingDays,
  EOI_MESSAGE_MAX_LENGTH,
  EOI_MESSAGE_MIN_LENGTH,
  EOI_OVERDUE_WORKING_DAYS,
  EoiStatus,
  type InterestType,
} from '@tt/shared/eoi-transitions';
import { type Kysely, sql } from 'kysely';
import { forbidden } from '../auth/auth-errors.js';
import type { Viewer } from '../auth/viewer.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { notifyEoiEvent } from '../realtime/eoi-events.js';
import { parseGlobalId, toGlobalId } from '../schema/global-id.js';
import { type UserErrorType, userError } from '../types/user-error.type.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema
type Db = Kysely<any>;

export interface SubmitEoiInput {
  assetId: string;
  interestType: InterestType;
  message: string;
  intendedUse?: string | null;
  timeline?: string | null;
  ndaRequested?: boolean | null;
  idempotencyKey: string;
}

export type SubmitEoiResult = { ok: true; eoiId: number; replayed: boolean } | { ok: false; errors: UserErrorType[] };

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

function validate(input: SubmitEoiInput): UserErrorType[] {
  const errors: UserErrorType[] = [];
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
  if ((input.intendedUse ?? '').length > 2000)
    errors.push(userError('TOO_LONG', 'Use at most 2000 characters.', 'intendedUse'));
  if ((input.timeline ?? '').length > 200)
    errors.push(userError('TOO_LONG', 'Use at most 200 characters.', 'timeline'));
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

  const replay = await findByKey(db, viewer.userId, input.idempotencyKey);
  if (replay) return { ok: true, eoiId: replay, replayed: true };

  const { rows: assets } = await sql<{
    id: number;
    title: string;
    institution_id: number;
    contact_officer_id: number | null;
    institution_name: string;
  }>`
    select a.id, a.title, a.institution_id, a.contact_officer_id, i.name as institution_name
    from asset a join institution i on i.id = a.institution_id
    where a.id = ${assetId} and a.status = ${AssetStatus.PUBLISHED}`.execute(db);
  const asset = assets[0];
  if (!asset) return { ok: false, errors: [userError('NOT_FOUND', 'There is no such listing.', 'assetId')] };

  const { rows } = await sql<{ id: number }>`
    insert into expression_of_interest (asset_id, company_id, submitter_id, interest_type, message, intended_use,
      timeline, nda_requested, status, priority, idempotency_key, response_due_at, last_activity_at, created_at, updated_at)
    values (${asset.id}, ${viewer.companyId}, ${viewer.userId}, ${input.interestType}, ${input.message.trim()},
      ${input.intendedUse?.trim() || null}, ${input.timeline?.trim() || null}, ${input.ndaRequested ?? false},
      ${EoiStatus.SUBMITTED}, 'NORMAL', ${input.idempotencyKey}, ${addWorkingDays(new Date(), EOI_OVERDUE_WORKING_DAYS)},
      now(), now(), now())
    on conflict do nothing
    returning id`.execute(db);
  const created = rows[0];
  if (!created) {
    // A concurrent twin with the same key committed first: it is this request's answer.
    const twin = await findByKey(db, viewer.userId, input.idempotencyKey);
    if (twin) return { ok: true, eoiId: twin, replayed: true };
    const { rows: open } = await sql<{ id: number }>`
      select id from expression_of_interest
      where company_id = ${viewer.companyId} and asset_id = ${asset.id}
        and status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION')`.execute(db);
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

  await sql`insert into eoi_transition (eoi_id, actor_id, from_status, to_status, at)
    values (${created.id}, ${viewer.userId}, null, ${EoiStatus.SUBMITTED}, now())`.execute(db);
  await notifySubmission(db, created.id, viewer, asset, input.interestType, publicUrl);
  await notifyEoiEvent(db, { eoiId: created.id, kind: 'CREATED', internal: false });
  return { ok: true, eoiId: created.id, replayed: false };
}

async function findByKey(db: Db, submitterId: number, key: string): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    select id from expression_of_interest where submitter_id = ${submitterId} and idempotency_key = ${key}`.execute(db);
  return rows[0]?.id ?? null;
}

async function notifySubmission(
  db: Db,
  eoiId: number,
  viewer: Viewer,
  asset: { title: string; contact_officer_id: number | null; institution_name: string },
  interestType: InterestType,
  publicUrl: string,
) {
  const { rows } = await sql<{ role: string; email: string; name: string; company_name: string | null }>`
    select 'submitter' as role, u.email, u.name, c.name as company_name
      from app_user u join company c on c.id = u.company_id where u.id = ${viewer.userId}
    union all
    select 'officer', u.email, u.name, null from app_user u where u.id = ${asset.contact_officer_id ?? 0}`.execute(db);
  const submitter = rows.find((row) => row.role === 'submitter')!;
  const officer = rows.find((row) => row.role === 'officer');
  await enqueueMail(db, {
    to: submitter.email,
    template: 'eoi-confirmation',
    data: {
      name: submitter.name,
      assetTitle: asset.title,
      institutionName: asset.institution_name,
      eoiUrl: `${publicUrl}/interests/${toGlobalId('ExpressionOfInterest', eoiId)}`,
    },
  });
  if (officer) {
    await enqueueMail(db, {
      to: officer.email,
      template: 'eoi-received',
      data: {
        name: officer.name,
        companyName: submitter.company_name ?? 'A company',
        assetTitle: asset.title,
        interestType: interestType.replace(/_/g, ' ').toLowerCase(),
        eoiUrl: `${publicUrl}/triage/${toGlobalId('ExpressionOfInterest', eoiId)}`,
      },
    });
  }
}
