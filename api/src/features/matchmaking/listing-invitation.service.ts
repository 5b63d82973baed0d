import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import { LOOK_INVITATION_MESSAGE_MAX_LENGTH } from '@tt/shared/limits';
import { LOOK_INVITATION_INTERVAL_DAYS } from '@tt/shared/matchmaking-enums';
import { assetPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { enqueueMailEach } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import { expectGlobalId } from '../../schema/global-id.js';
import { titleShownIn, titleShownInItalian } from '../catalogue/asset-records.js';
import { findListingForOffice } from './companies-to-approach.service.js';

export type InvitationResult = { ok: true; invitedAt: Date; recipients: number } | { ok: false; errors: UserError[] };

/**
 * "Invite to look": the office e-mails a company's members a link to one of its published listings, each in their
 * account's language, with the officer's optional note. Rate-limited twice: an officer invites at most
 * LOOK_INVITATIONS_PER_OFFICER companies an hour, and a company is invited to look at one listing once in
 * LOOK_INVITATION_INTERVAL_DAYS days whoever asks (a lock on the pair keeps two offices' clicks from both passing).
 * Inside the caller's transaction: the invitation and its e-mails (in the outbox) exist together or not at all.
 */
export async function inviteCompanyToLook(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer | null,
  input: { assetId: string; companyId: string; message?: string | null; language: Language },
  publicUrl: string,
): Promise<InvitationResult> {
  const assetId = expectGlobalId(input.assetId, 'Asset', 'assetId');
  const companyId = expectGlobalId(input.companyId, 'Company', 'companyId');
  const listing = await findListingForOffice(db, viewer, assetId, 'assetId');
  const sender = viewer!;
  if (!listing.published) return { ok: false, errors: [userError('LISTING_NOT_PUBLISHED', 'assetId')] };
  const message = input.message?.trim() || null;
  if (message && message.length > LOOK_INVITATION_MESSAGE_MAX_LENGTH) {
    return {
      ok: false,
      errors: [userError('TEXT_TOO_LONG', 'message', { max: LOOK_INVITATION_MESSAGE_MAX_LENGTH })],
    };
  }
  await sql`select pg_advisory_xact_lock(hashtext('listing_invitation'), hashtext(${`${assetId}:${companyId}`}))`.execute(
    db,
  );
  const company = await db
    .selectFrom('company as c')
    .select([
      'c.id',
      (eb) =>
        eb
          .selectFrom('listing_invitation as i')
          .select((ib) => ib.fn.max('i.created_at').as('at'))
          .where('i.asset_id', '=', assetId)
          .whereRef('i.company_id', '=', 'c.id')
          .where('i.created_at', '>', sql<Date>`now() - make_interval(days => ${LOOK_INVITATION_INTERVAL_DAYS})`)
          .as('recently'),
    ])
    .where('c.id', '=', companyId)
    .executeTakeFirst();
  if (!company) return { ok: false, errors: [userError('COMPANY_NOT_FOUND', 'companyId')] };
  if (company.recently !== null) {
    return {
      ok: false,
      errors: [userError('ALREADY_INVITED_TO_LOOK', 'companyId', { days: LOOK_INVITATION_INTERVAL_DAYS })],
    };
  }
  const members = await db
    .selectFrom('app_user')
    .select(['email', 'name', 'language'])
    .where('company_id', '=', companyId)
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute();
  if (members.length === 0) return { ok: false, errors: [userError('COMPANY_HAS_NO_MEMBERS', 'companyId')] };
  await limiter.consume('LOOK_INVITATIONS_PER_OFFICER', String(sender.userId));

  const about = await db
    .selectFrom('asset as a')
    .innerJoin('institution as i', 'i.id', 'a.institution_id')
    .select([
      'a.slug',
      'a.title',
      titleShownInItalian().as('title_it'),
      'i.name as institution_name',
      (eb) => eb.selectFrom('app_user as u').select('u.name').where('u.id', '=', sender.userId).as('sender_name'),
    ])
    .where('a.id', '=', assetId)
    .executeTakeFirstOrThrow();
  const invited = await db
    .insertInto('listing_invitation')
    .values({
      asset_id: assetId,
      company_id: companyId,
      sender_id: sender.userId,
      message,
      message_language: message ? input.language : null,
      created_at: sql<Date>`now()`,
    })
    .returning('created_at')
    .executeTakeFirstOrThrow();
  await enqueueMailEach(db, members, (member) => ({
    to: member.email,
    language: member.language,
    template: 'listing-invitation',
    data: {
      name: member.name,
      senderName: about.sender_name ?? '',
      institutionName: about.institution_name,
      assetTitle: titleShownIn(member.language, { en: about.title, it: about.title_it }),
      note: message ?? '',
      listingUrl: mailLink(publicUrl, member.language, assetPath(about.slug)),
    },
  }));
  return { ok: true, invitedAt: toDate(invited.created_at), recipients: members.length };
}
