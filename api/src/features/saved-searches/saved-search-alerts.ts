import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import { ALERT_LISTINGS_PER_SEARCH_MAX } from '@tt/shared/limits';
import { AlertFrequency } from '@tt/shared/saved-search-rules';
import { assetPath, savedSearchesPath, unsubscribePath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import { DomainError } from '../../errors/domain-error.js';
import type { Logger } from '../../logger.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import type {
  AlertMailFrequency,
  AlertMailReason,
  AlertMailRecommendation,
  AlertMailSearch,
} from '../../mail/mail-templates.js';
import type { RecommendationReasonRecord } from '../matchmaking/recommendation-reasons.js';
import { recommendListings } from '../matchmaking/recommendations.service.js';
import { unsubscribeToken } from './alert-unsubscribe.service.js';
import { SAVED_SEARCH_COLUMNS, toSavedSearchRecord } from './saved-search-records.js';
import { SEARCH_SCOPES } from './search-scopes.js';

// The saved searches' e-mail alerts. A run of one frequency e-mails each person once, with what is new or changed for
// every one of their searches of that frequency since its own last alert, then moves each search's watermark
// (alerted_until) to the run's cutoff, in the transaction that writes the e-mail to the outbox: a window is mailed
// exactly once, whatever fails or runs twice. A person is handled under a transaction-scoped advisory lock, so two
// API processes running the same job at once never both write to them; the searches' rows are locked too (for
// update), so an edit waits for the run instead of slipping between its read and its write.

/**
 * How far behind the clock a run's window ends: a listing saved by a transaction that began just before the run and
 * commits just after it carries a timestamp before the cutoff, and would otherwise fall between two windows.
 */
export const ALERT_LAG_SECONDS = 60;
/** The daily and weekly digests' moment: 07:00 in Rome (the weekly one on Mondays), whatever the season. */
export const DIGEST_TIME_ZONE = 'Europe/Rome';
export const DIGEST_HOUR = 7;
/** People handled per look at who is due; a run carries on until nobody is. */
const USERS_PER_BATCH = 100;
/** The advisory lock's first key (its second is the person's id): "saved-search alerts". */
const ALERT_LOCK_CLASS = 0x5a_1e_47;

export interface AlertRunOptions {
  publicUrl: string;
  signingSecret: string;
  logger?: Logger;
  /** The run's moment (default the database's clock); tests set it. */
  now?: Date;
  /** How far behind the run's moment its window ends (default ALERT_LAG_SECONDS); tests shorten it. */
  lagSeconds?: number;
}

export interface AlertRunResult {
  /** People whose due searches were handled (a watermark moved). */
  people: number;
  /** E-mails written to the outbox. */
  mails: number;
  /** Searches listed in them. */
  searches: number;
}

interface RunClock {
  /** Every window of the run ends here. */
  cutoff: Date;
  /** A search is due when its last window ended before this. */
  dueBefore: Date;
}

/**
 * The run's cutoff (the clock less the lag, to the millisecond) and, for a digest, its latest moment: 07:00 Rome time
 * today or yesterday (daily), on this Monday or the last (weekly). A digest's searches are due once per period,
 * whenever the job runs in it and however often.
 */
async function runClock(
  db: Db,
  frequency: AlertFrequency,
  { now, lagSeconds = ALERT_LAG_SECONDS }: Pick<AlertRunOptions, 'now' | 'lagSeconds'>,
): Promise<RunClock> {
  const n = now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
  const local = sql`(${n} at time zone ${DIGEST_TIME_ZONE})`;
  const hour = sql`make_interval(hours => ${DIGEST_HOUR})`;
  const { rows } = await sql<{ cutoff: string; daily: string; weekly: string }>`
    select
      date_trunc('milliseconds', ${n} - make_interval(secs => ${lagSeconds}))::text as cutoff,
      (((case when ${local} >= date_trunc('day', ${local}) + ${hour} then date_trunc('day', ${local})
        else date_trunc('day', ${local}) - interval '1 day' end) + ${hour}) at time zone ${DIGEST_TIME_ZONE})::text as daily,
      (((case when ${local} >= date_trunc('week', ${local}) + ${hour} then date_trunc('week', ${local})
        else date_trunc('week', ${local}) - interval '7 days' end) + ${hour}) at time zone ${DIGEST_TIME_ZONE})::text as weekly
  `.execute(db);
  const row = rows[0]!;
  const cutoff = toDate(row.cutoff);
  const dueBefore =
    frequency === AlertFrequency.DAILY
      ? toDate(row.daily)
      : frequency === AlertFrequency.WEEKLY
        ? toDate(row.weekly)
        : cutoff;
  // A digest run before its moment has passed the lag still waits for the cutoff.
  return { cutoff, dueBefore: new Date(Math.min(dueBefore.getTime(), cutoff.getTime())) };
}

/** The people who have searches of this frequency due, and may be e-mailed: a verified address, an active account. */
function dueUsers(db: Db, frequency: AlertFrequency, clock: RunClock, after: number) {
  return db
    .selectFrom('saved_search as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select('s.user_id')
    .distinct()
    .where('s.alert_frequency', '=', frequency)
    .where('s.alerted_until', '<', clock.dueBefore)
    .where('u.disabled_at', 'is', null)
    .where('u.email_verified_at', 'is not', null)
    .where('s.user_id', '>', after)
    .orderBy('s.user_id')
    .limit(USERS_PER_BATCH)
    .execute();
}

/** The listings recommended in a company member's digest. */
const DIGEST_RECOMMENDATIONS = 3;

async function digestRecommendations(
  db: Db,
  companyId: number,
  language: Language,
  link: (path: string) => string,
): Promise<AlertMailRecommendation[]> {
  const recommended = await recommendListings(db, companyId, DIGEST_RECOMMENDATIONS, { language });
  return recommended.map(({ listing, reasons }) => ({
    title: listing.title,
    url: link(assetPath(listing.slug)),
    reasons: reasons.map((reason) => digestReason(reason, language)),
  }));
}

function digestReason(reason: RecommendationReasonRecord, language: Language): AlertMailReason {
  const none = { range: '' };
  switch (reason.kind) {
    case 'REQUEST':
      return { kind: reason.kind, value: reason.requestTitle ?? '', ...none };
    case 'SECTOR':
      return {
        kind: reason.kind,
        value: (language === 'it' && reason.sector?.labelIt) || reason.sector?.labelEn || '',
        ...none,
      };
    case 'TRL_RANGE':
      return { kind: reason.kind, value: String(reason.trl ?? ''), range: `${reason.trlMin}–${reason.trlMax}` };
    case 'INTEREST':
      return { kind: reason.kind, value: reason.term ?? '', ...none };
    case 'SIMILAR_TO_INTEREST':
      return { kind: reason.kind, value: reason.listingTitle ?? '', ...none };
  }
}

type PersonOutcome = { handled: false } | { handled: true; mailed: number };

/** One person's due searches of this frequency, in one transaction: their e-mail (if anything is new) and watermarks. */
async function alertPerson(
  db: Db,
  userId: number,
  frequency: Exclude<AlertFrequency, 'OFF'>,
  clock: RunClock,
  options: AlertRunOptions,
): Promise<PersonOutcome> {
  return db.transaction().execute(async (trx) => {
    const { rows: lock } = await sql<{ locked: boolean }>`
      select pg_try_advisory_xact_lock(${ALERT_LOCK_CLASS}, ${userId}) as locked`.execute(trx);
    // Another process is e-mailing this person right now: what is due is theirs.
    if (!lock[0]?.locked) return { handled: false };
    const user = await trx
      .selectFrom('app_user')
      .select(['id', 'email', 'name', 'language', 'role', 'institution_id', 'company_id'])
      .where('id', '=', userId)
      .where('disabled_at', 'is', null)
      .where('email_verified_at', 'is not', null)
      .executeTakeFirst();
    if (!user) return { handled: false };
    const searches = (
      await trx
        .selectFrom('saved_search')
        .select(SAVED_SEARCH_COLUMNS)
        .where('user_id', '=', userId)
        .where('alert_frequency', '=', frequency)
        .where('alerted_until', '<', clock.dueBefore)
        .orderBy('created_at')
        .orderBy('id')
        .forUpdate()
        .execute()
    ).map(toSavedSearchRecord);
    if (searches.length === 0) return { handled: false };

    const viewer = { userId, role: user.role, institutionId: user.institution_id, companyId: user.company_id };
    const link = (path: string) => mailLink(options.publicUrl, user.language, path);
    const parts: { id: number; part: AlertMailSearch }[] = [];
    for (const search of searches) {
      const scope = SEARCH_SCOPES[search.scope];
      try {
        const found = await scope.selectAlerts(
          trx,
          viewer,
          search,
          { after: search.alertedUntil, upTo: clock.cutoff },
          { language: user.language, publicUrl: options.publicUrl, limit: ALERT_LISTINGS_PER_SEARCH_MAX },
        );
        if (found.total === 0) continue;
        parts.push({
          id: search.id,
          part: {
            name: search.name,
            kind: scope.alertKind,
            items: found.items,
            more: Math.max(found.total - found.items.length, 0),
            searchUrl: link(scope.searchPath(search)),
            unsubscribeUrl: link(unsubscribePath(unsubscribeToken(options.signingSecret, userId, [search.id]))),
          },
        });
      } catch (error) {
        // A search that can no longer run (a sector since removed from the taxonomy): skipped, said in the log.
        if (!(error instanceof DomainError && error.category === 'BAD_USER_INPUT')) throw error;
        options.logger?.warn({ savedSearchId: search.id, code: error.code }, 'saved search cannot run; alert skipped');
      }
    }
    const mailed = parts.map(({ id }) => id);
    // A company member's digest also says what suits the company best, with why (matchmaking).
    const recommendations =
      parts.length > 0 && frequency !== 'IMMEDIATE' && user.company_id !== null
        ? await digestRecommendations(trx, user.company_id, user.language, link)
        : [];
    if (parts.length > 0) {
      await enqueueMail(trx, {
        to: user.email,
        language: user.language,
        template: 'saved-search-alert',
        data: {
          name: user.name,
          frequency: frequency as AlertMailFrequency,
          searches: parts.map(({ part }) => part),
          recommendations,
          manageUrl: link(savedSearchesPath()),
          unsubscribeUrl: link(unsubscribePath(unsubscribeToken(options.signingSecret, userId, mailed))),
        },
      });
    }
    await trx
      .updateTable('saved_search')
      .set((eb) => ({
        alerted_until: clock.cutoff,
        last_alert_at: mailed.length
          ? eb.case().when('id', 'in', mailed).then(sql<Date>`now()`).else(eb.ref('last_alert_at')).end()
          : eb.ref('last_alert_at'),
      }))
      .where(
        'id',
        'in',
        searches.map((search) => search.id),
      )
      .execute();
    return { handled: true, mailed: parts.length };
  });
}

/**
 * Runs the alerts of one frequency: everyone with searches due gets at most one e-mail, listing for each search
 * what was published or changed since its last alert (nothing new: no e-mail, the watermark moves all the same).
 * Safe to run from several processes at once, and again after a crash half-way.
 */
export async function runSavedSearchAlerts(
  db: Db,
  frequency: Exclude<AlertFrequency, 'OFF'>,
  options: AlertRunOptions,
): Promise<AlertRunResult> {
  const clock = await runClock(db, frequency, options);
  const result: AlertRunResult = { people: 0, mails: 0, searches: 0 };
  for (let after = 0; ; ) {
    const users = await dueUsers(db, frequency, clock, after);
    for (const { user_id } of users) {
      const outcome = await alertPerson(db, user_id, frequency, clock, options);
      if (!outcome.handled) continue;
      result.people++;
      if (outcome.mailed > 0) {
        result.mails++;
        result.searches += outcome.mailed;
      }
    }
    if (users.length < USERS_PER_BATCH) return result;
    after = users.at(-1)!.user_id;
  }
}
