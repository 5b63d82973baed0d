import type { Db } from '@tt/db/database';
import { DisclosureStatus } from '@tt/shared/disclosure-transitions';
import { officeDisclosurePath, researcherDisclosurePath } from '@tt/shared/web-routes';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import type { Viewer } from '../../auth/viewer.js';
import { userError } from '../../errors/user-error.js';
import { requireDisclosure } from './disclosure.service.js';
import { disclosureMailKey, type MailedPerson, mailPeople, officeOf, researchersOf } from './disclosure-mail.js';
import { type DisclosureOutcome, now, refused, touchDisclosure } from './disclosure-records.js';

// The thread between a disclosure's researchers and the office (read by disclosureThreads in disclosure.service.ts).

export interface PostDisclosureMessageFields {
  id: string;
  body: string;
}

/**
 * A message in the disclosure's thread, e-mailed to the other side: limited per author, and a burst e-mails
 * each recipient once (the e-mail links to the thread, where the later ones are), as EoI replies are.
 */
export async function postDisclosureMessage(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: PostDisclosureMessageFields,
  publicUrl: string,
): Promise<DisclosureOutcome> {
  const { disclosure, side } = await requireDisclosure(db, viewer, input.id);
  const body = input.body.trim();
  if (!body) return refused(disclosure.dbId, userError('MESSAGE_REQUIRED', 'body'));
  if (body.length > 5000) {
    return refused(disclosure.dbId, userError('TEXT_TOO_LONG', 'body', { max: 5000 }));
  }
  await limiter.consume('MESSAGES_PER_ACCOUNT', String(viewer.userId));
  await db
    .insertInto('disclosure_message')
    .values({ disclosure_id: disclosure.dbId, author_id: viewer.userId, body, created_at: now })
    .execute();
  await touchDisclosure(db, disclosure.dbId);
  const excerpt = body.length > 300 ? `${body.slice(0, 297)}…` : body;
  const due = async (people: MailedPerson[]) => {
    const keep = await Promise.all(
      people.map((person) =>
        limiter.tryConsume('MESSAGE_MAIL_PER_RECIPIENT_AND_THREAD', disclosureMailKey(disclosure.dbId, person.id)),
      ),
    );
    return people.filter((_, index) => keep[index]);
  };
  if (side === 'OFFICE') {
    const people = (await researchersOf(db, disclosure.dbId)).filter((p) => p.email);
    const what = { event: 'OFFICE_MESSAGE', note: excerpt } as const;
    await mailPeople(db, await due(people), disclosure, what, publicUrl, researcherDisclosurePath);
  } else if (disclosure.status !== DisclosureStatus.DRAFT) {
    const what = { event: 'RESEARCHER_MESSAGE', note: excerpt } as const;
    await mailPeople(
      db,
      await due(await officeOf(db, disclosure, false)),
      disclosure,
      what,
      publicUrl,
      officeDisclosurePath,
    );
  }
  return { ok: true, disclosureId: disclosure.dbId };
}
