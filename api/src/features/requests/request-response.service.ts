import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import type { Language } from '@tt/shared/languages';
import { ResponseKind } from '@tt/shared/technology-request-enums';
import { isoDay, isTechnologyRequestOpen, validateRequestResponse } from '@tt/shared/technology-request-rules';
import { requestPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden } from '../../errors/domain-error.js';
import { fieldError, type UserError, userError } from '../../errors/user-error.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { canRespondToRequests } from './technology-request-access.js';
import { readTechnologyRequest, type TechnologyRequestRecord } from './technology-request-records.js';

export interface RespondInput {
  requestId: string;
  kind: ResponseKind;
  listingIds?: string[] | null;
  expertId?: string | null;
  message: string;
  /** The language of the page it was written on: what the message is taken to be written in. */
  language: Language;
}

type Outcome = { ok: true; responseId: number } | { ok: false; errors: UserError[] };

/** The statement's time (the transaction's start), as PostgreSQL's `now()`. */
const NOW = sql<Date>`now()`;

/** The listings named, if each is a published listing of the institute; an error on each one that is not. */
async function ownPublishedListings(
  db: Db,
  institutionId: number,
  globalIds: string[],
  errors: UserError[],
): Promise<number[]> {
  const ids = globalIds.map((globalId) => {
    const parsed = parseGlobalId(globalId);
    return parsed?.type === 'Asset' ? parsed.id : null;
  });
  const wanted = ids.filter((id): id is number => id !== null);
  const rows = wanted.length
    ? await db
        .selectFrom('asset')
        .select('id')
        .where((eb) => eb('id', '=', eb.fn.any(eb.val(wanted))))
        .where('institution_id', '=', institutionId)
        .where('status', '=', AssetStatus.PUBLISHED)
        .execute()
    : [];
  const fit = new Set(rows.map((row) => row.id));
  ids.forEach((id, index) => {
    if (id === null || !fit.has(id)) errors.push(userError('RESPONSE_LISTING_INVALID', `listingIds.${index}`));
  });
  return [...new Set(wanted)];
}

/** The researcher named, if an active researcher of the institute. */
async function ownResearcher(db: Db, institutionId: number, globalId: string): Promise<number | null> {
  const parsed = parseGlobalId(globalId);
  if (parsed?.type !== 'User') return null;
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('id', '=', parsed.id)
    .where('role', '=', UserRole.RESEARCHER)
    .where('institution_id', '=', institutionId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * An officer responds to an open request for their institute: with some of its published listings (each becomes
 * a proposal the company decides on) or a researcher's expertise, and a message. The request's author is
 * e-mailed, in their language, at most once per request every 10 minutes; an officer sends at most so many
 * responses an hour (auth/rate-limits.ts).
 */
export async function respondToTechnologyRequest(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: RespondInput,
  publicUrl: string,
): Promise<Outcome> {
  if (!canRespondToRequests(viewer)) throw forbidden('REQUEST_RESPOND_OFFICERS_ONLY');
  const institutionId = viewer.institutionId;
  const parsed = parseGlobalId(input.requestId);
  // Officers see every request: a missing one is a mistake they can correct, not a secret.
  const request =
    parsed?.type === 'TechnologyRequest'
      ? await readTechnologyRequest(db, { id: parsed.id }, { forUpdate: true })
      : null;
  if (!request) return { ok: false, errors: [userError('REQUEST_NOT_FOUND', 'requestId')] };
  // Open until the end of its deadline's day; the expiry job marks it EXPIRED soon after.
  if (!isTechnologyRequestOpen(request.status) || request.deadline < isoDay(new Date())) {
    return { ok: false, errors: [userError('REQUEST_NOT_OPEN', 'requestId')] };
  }
  const listingIds = input.listingIds ?? [];
  const errors = validateRequestResponse({
    kind: input.kind,
    listingCount: listingIds.length,
    hasExpert: Boolean(input.expertId),
    message: input.message,
  }).map(fieldError);
  const assets =
    input.kind === ResponseKind.LISTINGS ? await ownPublishedListings(db, institutionId, listingIds, errors) : [];
  let expertId: number | null = null;
  if (input.kind === ResponseKind.EXPERTISE && input.expertId) {
    expertId = await ownResearcher(db, institutionId, input.expertId);
    if (expertId === null) errors.push(userError('RESPONSE_EXPERT_INVALID', 'expertId'));
  }
  if (errors.length) return { ok: false, errors };
  await limiter.consume('REQUEST_RESPONSES_PER_ACCOUNT', String(viewer.userId));

  const { id } = await db
    .insertInto('request_response')
    .values({
      request_id: request.dbId,
      institution_id: institutionId,
      author_id: viewer.userId,
      kind: input.kind,
      expert_id: expertId,
      message: input.message.trim(),
      language: input.language,
      created_at: NOW,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (assets.length) {
    await db
      .insertInto('request_response_listing')
      .values(assets.map((assetId) => ({ response_id: id, asset_id: assetId })))
      .execute();
  }
  await mailTheAuthor(
    db,
    limiter,
    request,
    { institutionId, kind: input.kind, listingCount: assets.length },
    publicUrl,
  );
  return { ok: true, responseId: id };
}

/** The request's author hears of the response, while still a member of its company with an active account. */
async function mailTheAuthor(
  db: Db,
  limiter: RateLimiter,
  request: TechnologyRequestRecord,
  response: { institutionId: number; kind: ResponseKind; listingCount: number },
  publicUrl: string,
): Promise<void> {
  const row = await db
    .selectFrom('app_user as u')
    .innerJoin('institution as i', (join) => join.on('i.id', '=', response.institutionId))
    .select(['u.email', 'u.name', 'u.language', 'i.name as institution_name'])
    .where('u.id', '=', request.authorId)
    .where('u.company_id', '=', request.companyId)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return;
  const due = await limiter.tryConsume(
    'REQUEST_RESPONSE_MAIL_PER_RECIPIENT_AND_REQUEST',
    `request:${request.dbId}:${row.email}`,
  );
  if (!due) return;
  await enqueueMail(db, {
    to: row.email,
    language: row.language,
    template: 'request-response',
    data: {
      name: row.name,
      requestTitle: request.title,
      institutionName: row.institution_name,
      kind: response.kind,
      listingCount: response.listingCount,
      requestUrl: mailLink(publicUrl, row.language, requestPath(request.slug)),
    },
  });
}
