import type { Db } from '@tt/db/database';
import { AssetKind, AssetStatus } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import {
  EOI_INTENDED_USE_MAX_LENGTH,
  EOI_MESSAGE_MAX_LENGTH,
  EOI_MESSAGE_MIN_LENGTH,
  EOI_TIMELINE_MAX_LENGTH,
  EoiPriority,
  EoiStatus,
  eoiResponseDueAt,
  InterestType,
  openEoiStatusesSql,
} from '@tt/shared/eoi-transitions';
import { DEFAULT_LANGUAGE, type Language } from '@tt/shared/languages';
import { isOpenToInterest, ListingAvailability } from '@tt/shared/listing-availability';
import { isInterestTypeOffered } from '@tt/shared/listing-interest-types';
import {
  type FormAnswer,
  type FormField,
  SERVICE_FORM_MAX_FIELDS,
  type ServiceDetail,
  serviceDetailsOf,
  validateAnswers,
} from '@tt/shared/service-request-forms';
import type { PlatformKind } from '@tt/shared/taxonomy-enums';
import { companyEoiPath, officeEoiPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { executePrepared } from '../../database/prepared-query.js';
import { QueryTemplates } from '../../database/query-templates.js';
import { forbidden } from '../../errors/domain-error.js';
import { fieldError, type UserError, userError } from '../../errors/user-error.js';
import { outboxRow } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import { EOI_EVENTS_CHANNEL, eoiEvent } from '../../realtime/eoi-events.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { titleShownIn, titleShownInItalian } from '../catalogue/asset-records.js';
import { resolveServiceRequestForm } from '../services/service-request-form.service.js';
import { type EoiRecord, eoiColumns, toEoiRecord } from './eoi-records.js';

export interface SubmitEoiInput {
  assetId: string;
  interestType: InterestType;
  message: string;
  intendedUse?: string | null;
  timeline?: string | null;
  ndaRequested?: boolean | null;
  idempotencyKey: string;
  /** A service request's answers to the listing's request form (service listings only). */
  serviceAnswers?: readonly FormAnswer[] | null;
  /** The language of the page it was written on (the request's): what its texts are taken to be written in. */
  language: Language;
}

/** `eoi` is the new EoI as its submitter sees it (absent for a replay: the caller reads the existing one). */
export type SubmitEoiResult =
  | { ok: true; eoiId: number; replayed: boolean; eoi?: EoiRecord }
  | { ok: false; errors: UserError[] };

/** The two statements, built and compiled once (query-templates.ts): each submission only fills in its values. */
const templates = new QueryTemplates(2);

/** The statement's time (the transaction's start), as PostgreSQL's `now()`. */
const NOW = sql<Date>`now()`;

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

function validate(input: SubmitEoiInput): UserError[] {
  const errors: UserError[] = [];
  const message = input.message.trim();
  if (message.length < EOI_MESSAGE_MIN_LENGTH) {
    errors.push(userError('EOI_MESSAGE_TOO_SHORT', 'message', { min: EOI_MESSAGE_MIN_LENGTH }));
  }
  if (message.length > EOI_MESSAGE_MAX_LENGTH) {
    errors.push(userError('TEXT_TOO_LONG', 'message', { max: EOI_MESSAGE_MAX_LENGTH }));
  }
  if ((input.intendedUse ?? '').length > EOI_INTENDED_USE_MAX_LENGTH)
    errors.push(userError('TEXT_TOO_LONG', 'intendedUse', { max: EOI_INTENDED_USE_MAX_LENGTH }));
  if ((input.timeline ?? '').length > EOI_TIMELINE_MAX_LENGTH)
    errors.push(userError('TEXT_TOO_LONG', 'timeline', { max: EOI_TIMELINE_MAX_LENGTH }));
  if (!KEY.test(input.idempotencyKey)) {
    errors.push(userError('IDEMPOTENCY_KEY_INVALID', 'idempotencyKey'));
  }
  if (input.serviceAnswers?.length && input.interestType !== InterestType.SERVICE_REQUEST)
    errors.push(userError('SERVICE_ANSWERS_SERVICES_ONLY', 'serviceAnswers'));
  // No form has more fields: a longer list is refused whole rather than answer by answer.
  if ((input.serviceAnswers?.length ?? 0) > SERVICE_FORM_MAX_FIELDS)
    errors.push(userError('SERVICE_ANSWER_UNKNOWN_FIELD', 'serviceAnswers'));
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
  const companyId = viewer.companyId;
  if (viewer.role !== UserRole.COMPANY_MEMBER || !companyId) {
    throw forbidden('EOI_COMPANY_MEMBERS_ONLY');
  }
  const errors = validate(input);
  const parsed = parseGlobalId(input.assetId);
  if (parsed?.type !== 'Asset') errors.push(userError('LISTING_NOT_FOUND', 'assetId'));
  if (errors.length) return { ok: false, errors };
  const assetId = parsed!.id;

  const readInputs = [assetId, viewer.userId, input.idempotencyKey] as const;
  const found = await executePrepared(
    db,
    'eoi-submission-read',
    templates.compile(db, 'read', readInputs, ([assetIdIn, userId, key]) =>
      db
        .selectFrom('app_user as u')
        .innerJoin('company as c', 'c.id', 'u.company_id')
        .leftJoin('asset as a', (join) => join.on('a.id', '=', assetIdIn).on('a.status', '=', AssetStatus.PUBLISHED))
        .leftJoin('institution as i', 'i.id', 'a.institution_id')
        // The officer by primary key (a plain join may walk the users up to the officer, as a merge join).
        .leftJoinLateral(
          (eb) =>
            eb
              .selectFrom('app_user')
              .select(['app_user.email', 'app_user.name', 'app_user.language'])
              .whereRef('app_user.id', '=', 'a.contact_officer_id')
              .limit(sql.lit(1))
              .as('o'),
          (join) => join.onTrue(),
        )
        .select((eb) => [
          eb
            .selectFrom('expression_of_interest')
            .select('expression_of_interest.id')
            .where('expression_of_interest.submitter_id', '=', userId)
            .where('expression_of_interest.idempotency_key', '=', key)
            .as('replay_id'),
          sql<number>`nextval('expression_of_interest_id_seq')::int`.as('next_id'),
          'a.id as asset_id',
          'a.institution_id',
          'a.availability',
          'a.kind',
          'a.partnering_models',
          // The listing's request form (its own, else its platform kind's default): in this read, no extra statement.
          eb
            .selectFrom('service_request_form as f')
            .select('f.fields')
            .whereRef('f.asset_id', '=', 'a.id')
            .as('form_fields'),
          eb.selectFrom('platform as p').select('p.kind').whereRef('p.id', '=', 'a.platform_id').as('platform_kind'),
          // Who runs the listing's platform (they triage its requests beside the office): told of a new EoI too.
          eb
            .selectFrom('platform_manager as pm')
            .innerJoin('app_user as m', 'm.id', 'pm.user_id')
            .select(
              sql<PlatformManagerRecipient[]>`json_agg(json_build_object('email', m.email, 'name', m.name,
                'language', m.language, 'platform', (select p.name from platform p where p.id = pm.platform_id))
                order by m.id)`.as('managers'),
            )
            .whereRef('pm.platform_id', '=', 'a.platform_id')
            .where('m.role', '=', UserRole.PLATFORM_MANAGER)
            .where('m.disabled_at', 'is', null)
            .as('platform_managers'),
          'a.platform_id',
          'a.title',
          titleShownInItalian().as('title_it'),
          'i.name as institution_name',
          'u.email as submitter_email',
          'u.name as submitter_name',
          'u.language as submitter_language',
          'c.name as company_name',
          'o.email as officer_email',
          'o.name as officer_name',
          'o.language as officer_language',
        ])
        .where('u.id', '=', userId),
    ),
  );
  const context = found[0];
  if (!context) throw forbidden('EOI_COMPANY_MEMBERS_ONLY');
  if (context.replay_id) return { ok: true, eoiId: context.replay_id, replayed: true };
  const listingId = context.asset_id;
  if (!listingId) return { ok: false, errors: [userError('LISTING_NOT_FOUND', 'assetId')] };
  // Under option or licensed exclusively (shared/listing-availability.ts): closed to new interest.
  if (context.availability && !isOpenToInterest(context.availability)) {
    const code =
      context.availability === ListingAvailability.UNDER_OPTION
        ? 'LISTING_UNDER_OPTION'
        : 'LISTING_LICENSED_EXCLUSIVELY';
    return { ok: false, errors: [userError(code, 'assetId')] };
  }

  // Only the kinds of interest its partnering models offer (shared/listing-interest-types.ts).
  if (
    context.kind &&
    !isInterestTypeOffered(
      { kind: context.kind, partneringModels: context.partnering_models ?? [] },
      input.interestType,
    )
  )
    return { ok: false, errors: [userError('INTEREST_TYPE_NOT_OFFERED', 'interestType')] };

  const details = serviceDetails(input, context);
  if (!details.ok) return { ok: false, errors: details.errors };

  const eoiId = context.next_id;
  const mails = submissionMails(eoiId, context, input.interestType, publicUrl);
  const event = eoiEvent(
    { dbId: eoiId, companyId, institutionId: context.institution_id!, platformId: context.platform_id },
    'CREATED',
    false,
  );
  const writeInputs = [
    eoiId,
    listingId,
    companyId,
    viewer.userId,
    input.interestType,
    input.message.trim(),
    input.intendedUse?.trim() || null,
    input.timeline?.trim() || null,
    input.language,
    input.ndaRequested ?? false,
    details.value && JSON.stringify(details.value),
    input.idempotencyKey,
    eoiResponseDueAt(new Date()),
    JSON.stringify(mails),
    JSON.stringify(event),
  ] as const;
  const rows = await executePrepared(
    db,
    'eoi-submission-write',
    templates.compile(
      db,
      'write',
      writeInputs,
      ([
        id,
        assetIdIn,
        companyIdIn,
        userId,
        interestType,
        message,
        intendedUse,
        timeline,
        language,
        ndaRequested,
        serviceDetailsJson,
        idempotencyKey,
        responseDueAt,
        mailsJson,
        eventJson,
      ]) =>
        db
          .with('created', (qb) =>
            qb
              .insertInto('expression_of_interest')
              .values({
                id,
                asset_id: assetIdIn,
                company_id: companyIdIn,
                submitter_id: userId,
                interest_type: interestType,
                message,
                intended_use: intendedUse,
                timeline,
                language,
                nda_requested: ndaRequested,
                service_details: sql<ServiceDetail[] | null>`${serviceDetailsJson}::jsonb`,
                status: EoiStatus.SUBMITTED,
                priority: sql.lit(EoiPriority.NORMAL),
                idempotency_key: idempotencyKey,
                response_due_at: responseDueAt,
                last_activity_at: NOW,
                created_at: NOW,
                updated_at: NOW,
              })
              .onConflict((conflict) => conflict.doNothing())
              .returningAll(),
          )
          .with('history', (qb) =>
            qb
              .insertInto('eoi_transition')
              .columns(['eoi_id', 'actor_id', 'from_status', 'to_status', 'language', 'at'])
              .expression((eb) =>
                eb
                  .selectFrom('created')
                  .select((created) => [
                    'created.id',
                    created.val(userId).as('actor_id'),
                    created.lit(null).as('from_status'),
                    created.val(EoiStatus.SUBMITTED).as('to_status'),
                    'created.language',
                    NOW.as('at'),
                  ]),
              ),
          )
          .with('outbox', (qb) =>
            qb
              .insertInto('outbox_message')
              .columns([
                'recipient',
                'template',
                'language',
                'data',
                'status',
                'attempts',
                'next_attempt_at',
                'created_at',
              ])
              .expression((eb) =>
                eb
                  .selectFrom([
                    'created',
                    sql<{
                      recipient: string;
                      template: string;
                      language: Language;
                      data: string;
                    }>`jsonb_to_recordset(${mailsJson}::jsonb)`.as<'m'>(
                      sql`m(recipient text, template text, language app_language, data text)`,
                    ),
                  ])
                  .select((m) => [
                    'm.recipient',
                    'm.template',
                    'm.language',
                    sql<unknown>`${m.ref('m.data')}::jsonb`.as('data'),
                    sql.lit('PENDING').as('status'),
                    sql.lit(0).as('attempts'),
                    NOW.as('next_attempt_at'),
                    NOW.as('created_at'),
                  ]),
              ),
          )
          .with('live', (qb) =>
            qb.selectFrom('created').select(sql`pg_notify(${EOI_EVENTS_CHANNEL}, ${eventJson})`.as('notify')),
          )
          .selectFrom('created as e')
          .innerJoin('asset as a', 'a.id', 'e.asset_id')
          .innerJoin('app_user as s', 's.id', 'e.submitter_id')
          .select(eoiColumns)
          .select((eb) =>
            sql<number>`${eb.selectFrom('live').select(eb.fn.countAll().as('count'))}::int`.as('notified'),
          ),
    ),
  );
  if (rows[0]) return { ok: true, eoiId: rows[0].id, replayed: false, eoi: toEoiRecord(rows[0]) };

  // A concurrent twin with the same key committed first: it is this request's answer.
  const twin = await findByKey(db, viewer.userId, input.idempotencyKey);
  if (twin) return { ok: true, eoiId: twin, replayed: true };
  const open = await db
    .selectFrom('expression_of_interest as e')
    .select('e.id')
    .where('e.company_id', '=', companyId)
    .where('e.asset_id', '=', listingId)
    .where('e.status', 'in', sql.raw<EoiStatus>(openEoiStatusesSql()))
    .execute();
  return {
    ok: false,
    errors: [userError('OPEN_EOI_EXISTS', 'assetId', open[0] ? { eoiId: open[0].id } : {})],
  };
}

/**
 * A service request on a service listing carries its answers to the listing's form (checked against it, and
 * stored with the fields' labels as they are now); any other EoI carries none (null).
 */
function serviceDetails(
  input: SubmitEoiInput,
  context: { kind: AssetKind | null; form_fields: FormField[] | null; platform_kind: PlatformKind | null },
): { ok: true; value: ServiceDetail[] | null } | { ok: false; errors: UserError[] } {
  const answers = input.serviceAnswers ?? [];
  if (input.interestType !== InterestType.SERVICE_REQUEST || context.kind !== AssetKind.SERVICE) {
    return answers.length
      ? { ok: false, errors: [userError('SERVICE_ANSWERS_SERVICES_ONLY', 'serviceAnswers')] }
      : { ok: true, value: null };
  }
  const form = resolveServiceRequestForm(
    context.form_fields ? { fields: context.form_fields, updatedAt: new Date() } : null,
    context.platform_kind,
  );
  const problems = validateAnswers(form.fields, answers);
  if (problems.length) return { ok: false, errors: problems.map(fieldError) };
  return { ok: true, value: serviceDetailsOf(form.fields, answers) };
}

async function findByKey(db: Db, submitterId: number, key: string): Promise<number | null> {
  const row = await db
    .selectFrom('expression_of_interest as e')
    .select('e.id')
    .where('e.submitter_id', '=', submitterId)
    .where('e.idempotency_key', '=', key)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A manager of the listing's platform, as the submission's read gives them. */
interface PlatformManagerRecipient {
  email: string;
  name: string;
  language: Language;
  /** The platform's name. */
  platform: string;
}

/**
 * The confirmation to the submitter and the notice to the asset's contact officer and to the managers of its
 * platform (each in their own language, linking to the EoI's office page, which they may open), as outbox rows.
 */
function submissionMails(
  eoiId: number,
  context: {
    title: string | null;
    title_it: string | null;
    institution_name: string | null;
    submitter_email: string;
    submitter_name: string;
    submitter_language: Language;
    company_name: string;
    officer_email: string | null;
    officer_name: string | null;
    officer_language: Language | null;
    platform_managers: PlatformManagerRecipient[] | null;
  },
  interestType: InterestType,
  publicUrl: string,
) {
  const id = toGlobalId('ExpressionOfInterest', eoiId);
  const mails: { recipient: string; template: string; language: Language; data: string }[] = [
    outboxRow({
      to: context.submitter_email,
      language: context.submitter_language,
      template: 'eoi-confirmation',
      data: {
        name: context.submitter_name,
        assetTitle: titleShownIn(context.submitter_language, { en: context.title, it: context.title_it }),
        institutionName: context.institution_name ?? '',
        eoiUrl: mailLink(publicUrl, context.submitter_language, companyEoiPath(id)),
      },
    }),
  ];
  const shared = { companyName: context.company_name, interestType };
  const title = (language: Language) => titleShownIn(language, { en: context.title, it: context.title_it });
  if (context.officer_email) {
    const language = context.officer_language ?? DEFAULT_LANGUAGE;
    mails.push(
      outboxRow({
        to: context.officer_email,
        language,
        template: 'eoi-received',
        data: {
          ...shared,
          name: context.officer_name ?? '',
          assetTitle: title(language),
          eoiUrl: mailLink(publicUrl, language, officeEoiPath(id)),
        },
      }),
    );
  }
  for (const manager of context.platform_managers ?? []) {
    mails.push(
      outboxRow({
        to: manager.email,
        language: manager.language,
        template: 'eoi-received-platform',
        data: {
          ...shared,
          name: manager.name,
          assetTitle: title(manager.language),
          platformName: manager.platform,
          eoiUrl: mailLink(publicUrl, manager.language, officeEoiPath(id)),
        },
      }),
    );
  }
  return mails;
}
