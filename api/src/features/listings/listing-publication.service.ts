import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { DisclosureStatus } from '@tt/shared/disclosure-transitions';
import type { ErrorCode } from '@tt/shared/error-messages';
import { Language, shownTextLanguage } from '@tt/shared/languages';
import { canTransitionListing, hasItalianText } from '@tt/shared/listing-rules';
import { assetPath } from '@tt/shared/web-routes';
import type { Viewer } from '../../auth/viewer.js';
import { userError } from '../../errors/user-error.js';
import { enqueueMailEach } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import {
  bumpedUpdatedAt,
  type ListingOutcome,
  listingData,
  publicationIssues,
  refuse,
  requireListing,
  sectorCount,
} from './listing-editing.js';

// A listing's status moves: publication (with its disclosure and the people told), unpublishing,
// archiving and restoring.

/** The people told about a publication: the disclosure's researchers and the inventors with an account. */
async function publicationRecipients(db: Db, assetId: number) {
  return db
    .selectFrom('app_user as u')
    .select(['u.email', 'u.name', 'u.language'])
    .where((eb) =>
      eb.and([
        eb('u.disabled_at', 'is', null),
        eb.or(
          [
            eb
              .selectFrom('disclosure_researcher as r')
              .innerJoin('disclosure as d', 'd.id', 'r.disclosure_id')
              .select('r.user_id')
              .where('d.asset_id', '=', assetId),
            eb
              .selectFrom('asset_inventor as x')
              .innerJoin('inventor as i', 'i.id', 'x.inventor_id')
              .select('i.user_id')
              .where('x.asset_id', '=', assetId),
          ].map((userIds) => eb('u.id', 'in', userIds)),
        ),
      ]),
    )
    .orderBy('u.id')
    .execute();
}

const ALREADY: Record<AssetStatus, ErrorCode> = {
  DRAFT: 'LISTING_ALREADY_DRAFT',
  PUBLISHED: 'LISTING_ALREADY_PUBLISHED',
  ARCHIVED: 'LISTING_ALREADY_ARCHIVED',
};

/**
 * Publishes (only a complete listing), unpublishes (back to a draft), archives or restores (to a draft).
 * The first publication dates the listing, moves the disclosure it came from to PUBLISHED (with a
 * history entry) and tells its researchers and inventors, with the public link.
 */
export async function transitionListing(
  db: Db,
  viewer: Viewer | null,
  input: { id: string },
  to: AssetStatus,
  publicUrl: string,
  /** For moves that share a target (unpublish and restore both lead to DRAFT): where it must start. */
  from?: AssetStatus,
): Promise<ListingOutcome> {
  const asset = await requireListing(db, viewer, input.id);
  if (!canTransitionListing(asset.status, to) || (from !== undefined && asset.status !== from)) {
    const code = asset.status === to ? ALREADY[to] : 'LISTING_TRANSITION_NOT_ALLOWED';
    return refuse([userError(code, 'id', { from: asset.status, to })], asset.dbId);
  }
  if (to === AssetStatus.PUBLISHED) {
    const issues = publicationIssues(listingData(asset, await sectorCount(db, asset.dbId)));
    if (issues.length) return refuse(issues, asset.dbId);
  }
  await db
    .updateTable('asset')
    .set((eb) => ({
      status: to,
      published_at:
        to === AssetStatus.PUBLISHED ? eb.fn.coalesce('published_at', eb.fn<Date>('now')) : eb.ref('published_at'),
      // Moved by hand (an expired listing restored as a draft): no longer out for its date.
      expired_at: null,
      updated_at: bumpedUpdatedAt(eb),
    }))
    .where('id', '=', asset.dbId)
    .execute();
  if (to !== AssetStatus.PUBLISHED) return { ok: true, assetId: asset.dbId };

  const sources = await db
    .selectFrom('disclosure')
    .select(['id', 'status'])
    .where('asset_id', '=', asset.dbId)
    .forUpdate()
    .execute();
  for (const source of sources) {
    if (source.status !== DisclosureStatus.ACCEPTED) continue;
    await db
      .updateTable('disclosure')
      .set((eb) => ({ status: DisclosureStatus.PUBLISHED, updated_at: eb.fn<Date>('now') }))
      .where('id', '=', source.id)
      .execute();
    await db
      .insertInto('disclosure_transition')
      .values((eb) => ({
        disclosure_id: source.id,
        actor_id: viewer!.userId,
        from_status: DisclosureStatus.ACCEPTED,
        to_status: DisclosureStatus.PUBLISHED,
        reason: `Published as the listing "${asset.title}".`,
        // A sentence of the marketplace's, in English whatever the officer's page.
        language: Language.EN,
        at: eb.fn<Date>('now'),
      }))
      .execute();
  }
  if (asset.publishedAt === null) {
    const institution = await db
      .selectFrom('institution')
      .select('name')
      .where('id', '=', asset.institutionId)
      .executeTakeFirstOrThrow();
    // Each person is told the listing's title as the page linked shows it to them.
    const translated = hasItalianText(listingData(asset, 0));
    await enqueueMailEach(db, await publicationRecipients(db, asset.dbId), (person) => ({
      to: person.email,
      language: person.language,
      template: 'listing-published',
      data: {
        name: person.name,
        title: asset.texts[shownTextLanguage(person.language, translated)].title,
        institutionName: institution.name,
        listingUrl: mailLink(publicUrl, person.language, assetPath(asset.slug)),
      },
    }));
  }
  return { ok: true, assetId: asset.dbId };
}
