import type { Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import type { QuoteDeclineReason } from '@tt/shared/quote-rules';
import { companyEoiPath, officeEoiPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import { titleShownIn, titleShownInItalian } from '../catalogue/asset-records.js';
import type { EoiRecord } from '../interest/eoi-records.js';

// The quotes' e-mails, written to the outbox in the transaction of the move they report, each in its recipient's
// language. The moves that write them are rate-limited per account (QUOTES_PER_ACCOUNT, QUOTE_DECISIONS_PER_ACCOUNT).

async function about(db: Db, eoiId: number) {
  return db
    .selectFrom('expression_of_interest as e')
    .innerJoin('asset as a', 'a.id', 'e.asset_id')
    .innerJoin('institution as i', 'i.id', 'a.institution_id')
    .innerJoin('company as c', 'c.id', 'e.company_id')
    .innerJoin('app_user as s', 's.id', 'e.submitter_id')
    .select([
      'a.title as asset_title',
      titleShownInItalian().as('asset_title_it'),
      'i.name as institution_name',
      'c.name as company_name',
      's.email as submitter_email',
      's.name as submitter_name',
      's.language as submitter_language',
    ])
    .where('e.id', '=', eoiId)
    .executeTakeFirstOrThrow();
}

/** To the company member who sent the request: a quote, or a revision of it, is waiting. */
export async function mailQuoteSent(
  db: Db,
  quote: { eoi: EoiRecord; version: number; grossCents: number; validUntil: string },
  publicUrl: string,
): Promise<void> {
  const names = await about(db, quote.eoi.dbId);
  const language = names.submitter_language;
  await enqueueMail(db, {
    to: names.submitter_email,
    language,
    template: 'quote-sent',
    data: {
      name: names.submitter_name,
      assetTitle: titleShownIn(language, { en: names.asset_title, it: names.asset_title_it }),
      institutionName: names.institution_name,
      version: quote.version,
      grossCents: quote.grossCents,
      validUntil: quote.validUntil,
      eoiUrl: mailLink(publicUrl, language, companyEoiPath(quote.eoi.id)),
    },
  });
}

/**
 * To the request's office side: its assignee, else the listing's contact officer, else every active officer of the
 * institute (as the EoI's own e-mails go). The company accepted (no reason) or declined a quote.
 */
export async function mailQuoteDecided(
  db: Db,
  decision: { eoi: EoiRecord; version: number; reason: QuoteDeclineReason | null; comment: string },
  publicUrl: string,
): Promise<void> {
  const { eoi } = decision;
  const names = await about(db, eoi.dbId);
  const named = await db
    .selectFrom('app_user as u')
    .select(['u.email', 'u.name', 'u.language'])
    .where('u.disabled_at', 'is', null)
    .where((eb) =>
      eb(
        'u.id',
        '=',
        eb.fn.coalesce(
          eb.val(eoi.assigneeId),
          eb.selectFrom('asset').select('asset.contact_officer_id').where('asset.id', '=', eoi.assetId),
        ),
      ),
    )
    .execute();
  const recipients =
    named.length > 0
      ? named
      : await db
          .selectFrom('app_user as u')
          .select(['u.email', 'u.name', 'u.language'])
          .where('u.role', '=', sql.lit(UserRole.TT_OFFICER))
          .where('u.institution_id', '=', eoi.institutionId)
          .where('u.disabled_at', 'is', null)
          .execute();
  const company = names.company_name;
  for (const officer of recipients) {
    await enqueueMail(db, {
      to: officer.email,
      language: officer.language,
      template: 'quote-decided',
      data: {
        name: officer.name,
        companyName: company,
        assetTitle: titleShownIn(officer.language, { en: names.asset_title, it: names.asset_title_it }),
        version: decision.version,
        decision: decision.reason ? 'DECLINED' : 'ACCEPTED',
        reason: decision.reason ?? '',
        comment: decision.comment,
        eoiUrl: mailLink(publicUrl, officer.language, officeEoiPath(eoi.id)),
      },
    });
  }
}
