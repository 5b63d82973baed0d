import type { Database, Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import {
  DISCLOSURE_LIMITS,
  DisclosureStatus,
  isDisclosureEditable,
  mayDeleteDisclosureDraft,
} from '@tt/shared/disclosure-transitions';
import type { Language } from '@tt/shared/languages';
import { sql, type UpdateObject } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { languageOnSave } from '../../database/written-language.js';
import { forbidden } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { requireDisclosure } from './disclosure.service.js';
import { type DisclosureOutcome, now, refused } from './disclosure-records.js';

// The researchers' drafting: a new draft, and the form saved again while it is theirs to edit.

export interface DraftInput {
  id?: string | null;
  expectedVersion?: number | null;
  title?: string | null;
  inventors?: { name: string; affiliation: string; contributionShare: number }[] | null;
  abstract?: string | null;
  problem?: string | null;
  solution?: string | null;
  novelty?: string | null;
  priorArt?: string | null;
  publicDisclosures?: { kind: 'PAST' | 'PLANNED'; date: string; venue: string; description?: string | null }[] | null;
  fundingSources?: { funder: string; grantNumber?: string | null; obligations: string }[] | null;
  commercialApplications?: string | null;
  trl?: number | null;
}

/** What a draft may hold at all (completeness is checked at submission). */
function draftLimits(input: DraftInput): UserError[] {
  const errors: UserError[] = [];
  const long = (field: string, value: string | null | undefined, max: number) => {
    if (value && value.length > max) errors.push(userError('TEXT_TOO_LONG', field, { max }));
  };
  long('title', input.title, DISCLOSURE_LIMITS.titleMax);
  for (const field of ['abstract', 'problem', 'solution', 'novelty', 'priorArt', 'commercialApplications'] as const) {
    long(field, input[field], DISCLOSURE_LIMITS.textMax);
  }
  const lists = [
    ['inventors', input.inventors, DISCLOSURE_LIMITS.maxInventors],
    ['publicDisclosures', input.publicDisclosures, DISCLOSURE_LIMITS.maxPublicDisclosures],
    ['fundingSources', input.fundingSources, DISCLOSURE_LIMITS.maxFundingSources],
  ] as const;
  for (const [field, list, max] of lists) {
    if ((list?.length ?? 0) > max) errors.push(userError('TOO_MANY_ENTRIES', field, { max }));
  }
  input.inventors?.forEach((inventor, index) => {
    long(`inventors.${index}.name`, inventor.name, DISCLOSURE_LIMITS.nameMax);
    long(`inventors.${index}.affiliation`, inventor.affiliation, DISCLOSURE_LIMITS.nameMax);
  });
  input.publicDisclosures?.forEach((entry, index) => {
    long(`publicDisclosures.${index}.date`, entry.date, 10);
    long(`publicDisclosures.${index}.venue`, entry.venue, DISCLOSURE_LIMITS.nameMax);
    long(`publicDisclosures.${index}.description`, entry.description, DISCLOSURE_LIMITS.textMax);
  });
  input.fundingSources?.forEach((source, index) => {
    long(`fundingSources.${index}.funder`, source.funder, DISCLOSURE_LIMITS.nameMax);
    long(`fundingSources.${index}.grantNumber`, source.grantNumber, 100);
    long(`fundingSources.${index}.obligations`, source.obligations, DISCLOSURE_LIMITS.textMax);
  });
  if (input.trl != null && (input.trl < 1 || input.trl > 9)) {
    errors.push(userError('TRL_INVALID', 'trl'));
  }
  return errors;
}

/** A new draft with nothing written yet (the researcher as first inventor at most). */
function isBlankStart(input: DraftInput): boolean {
  const texts = [
    input.title,
    input.abstract,
    input.problem,
    input.solution,
    input.novelty,
    input.priorArt,
    input.commercialApplications,
  ];
  return (
    texts.every((text) => text == null || text.trim() === '') &&
    input.trl == null &&
    (input.publicDisclosures?.length ?? 0) === 0 &&
    (input.fundingSources?.length ?? 0) === 0 &&
    (input.inventors?.length ?? 0) <= 1
  );
}

/** The newest draft this researcher started and never wrote in, attached or discussed anything: null when none. */
async function findBlankDraft(db: Db, userId: number): Promise<number | null> {
  const row = await db
    .selectFrom('disclosure as d')
    .select('d.id')
    .where('d.created_by_id', '=', userId)
    .where('d.status', '=', DisclosureStatus.DRAFT)
    .where((eb) =>
      eb.and([
        eb('d.title', 'is', null),
        eb('d.abstract', 'is', null),
        eb('d.problem', 'is', null),
        eb('d.solution', 'is', null),
        eb('d.novelty', 'is', null),
        eb('d.prior_art', 'is', null),
        eb('d.commercial_applications', 'is', null),
        eb('d.trl', 'is', null),
        eb(sql`jsonb_array_length(d.public_disclosures)`, '=', 0),
        eb(sql`jsonb_array_length(d.funding_sources)`, '=', 0),
        eb(sql`jsonb_array_length(d.inventors)`, '<=', 1),
        eb.not(
          eb.exists(
            eb.selectFrom('disclosure_attachment as a').select('a.id').whereRef('a.disclosure_id', '=', 'd.id'),
          ),
        ),
        eb.not(
          eb.exists(eb.selectFrom('disclosure_message as m').select('m.id').whereRef('m.disclosure_id', '=', 'd.id')),
        ),
      ]),
    )
    .orderBy('d.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A value for a jsonb column: sent as JSON text (the driver would send an array as a PostgreSQL array). */
function jsonb<T>(value: T) {
  return sql<T>`${JSON.stringify(value)}::jsonb`;
}

/** The columns of the form, as a draft stores them (`satisfies`: spread into values/set, keys are not checked). */
function formValues(input: DraftInput) {
  const text = (value: string | null | undefined) => (value == null || value.trim() === '' ? null : value);
  return {
    title: text(input.title),
    inventors: jsonb(
      (input.inventors ?? []).map((i) => ({
        name: i.name,
        affiliation: i.affiliation,
        contributionShare: i.contributionShare,
      })),
    ),
    abstract: text(input.abstract),
    problem: text(input.problem),
    solution: text(input.solution),
    novelty: text(input.novelty),
    prior_art: text(input.priorArt),
    public_disclosures: jsonb(
      (input.publicDisclosures ?? []).map((e) => ({
        kind: e.kind,
        date: e.date,
        venue: e.venue,
        description: e.description ?? null,
      })),
    ),
    funding_sources: jsonb(
      (input.fundingSources ?? []).map((s) => ({
        funder: s.funder,
        grantNumber: s.grantNumber ?? null,
        obligations: s.obligations,
      })),
    ),
    commercial_applications: text(input.commercialApplications),
    trl: input.trl ?? null,
  } satisfies UpdateObject<Database, 'disclosure'>;
}

/** The columns of the form that hold what the researchers write, whose language the disclosure records. */
const TEXT_COLUMNS = [
  'title',
  'inventors',
  'abstract',
  'problem',
  'solution',
  'novelty',
  'prior_art',
  'public_disclosures',
  'funding_sources',
  'commercial_applications',
] as const;

/**
 * Creates a draft (researchers only) or replaces the form of one the viewer is a researcher on,
 * while it is a draft or returned with questions. A save based on an older version than the
 * stored one is refused with VERSION_CONFLICT: nothing is overwritten silently. The texts are taken to be
 * written in `language` (the request's) when a save makes or changes them.
 */
export async function saveDisclosureDraft(
  db: Db,
  viewer: Viewer,
  input: DraftInput,
  language: Language,
): Promise<DisclosureOutcome> {
  const errors = draftLimits(input);
  const v = formValues(input);
  if (!input.id) {
    if (viewer.role !== UserRole.RESEARCHER || !viewer.institutionId) {
      throw forbidden('DISCLOSURE_WRITE_RESEARCHERS_ONLY');
    }
    if (errors.length) return { ok: false, errors };
    // Opening "New disclosure" twice must not leave two untitled drafts: a start with nothing written resumes the
    // viewer's own blank draft when there is one.
    if (isBlankStart(input)) {
      const blank = await findBlankDraft(db, viewer.userId);
      if (blank) return { ok: true, disclosureId: blank };
    }
    const { id } = await db
      .insertInto('disclosure')
      .values({
        institution_id: viewer.institutionId!,
        created_by_id: viewer.userId,
        status: DisclosureStatus.DRAFT,
        version: 1,
        ...v,
        language,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('disclosure_researcher').values({ disclosure_id: id, user_id: viewer.userId }).execute();
    await db
      .insertInto('disclosure_transition')
      .values({
        disclosure_id: id,
        actor_id: viewer.userId,
        from_status: null,
        to_status: DisclosureStatus.DRAFT,
        reason: null,
        language,
        at: now,
      })
      .execute();
    return { ok: true, disclosureId: id };
  }
  const { disclosure, side } = await requireDisclosure(db, viewer, input.id);
  if (side !== 'RESEARCHER') throw forbidden('DISCLOSURE_EDIT_RESEARCHERS_ONLY');
  if (errors.length) return { ok: false, disclosureId: disclosure.dbId, errors };
  if (!isDisclosureEditable(disclosure.status)) {
    return refused(disclosure.dbId, userError('DISCLOSURE_NOT_EDITABLE', 'id'));
  }
  if (input.expectedVersion == null) {
    return refused(disclosure.dbId, userError('EXPECTED_VERSION_REQUIRED', 'expectedVersion'));
  }
  if (input.expectedVersion !== disclosure.version) {
    return {
      ok: false,
      disclosureId: disclosure.dbId,
      errors: [
        userError('VERSION_CONFLICT', 'expectedVersion', {
          version: disclosure.version,
          edited: input.expectedVersion,
        }),
      ],
    };
  }
  // The row is locked (for update) and the version compared again: a concurrent save cannot slip in.
  const saved = await db
    .updateTable('disclosure')
    .set({ ...v })
    .set('language', () =>
      languageOnSave(
        TEXT_COLUMNS,
        TEXT_COLUMNS.map((column) => v[column]),
        language,
        'language',
      ),
    )
    .set('version', (eb) => eb('version', '+', eb.lit(1)))
    .set({ updated_at: now })
    .where('id', '=', disclosure.dbId)
    .where('version', '=', input.expectedVersion)
    .returning('id')
    .executeTakeFirst();
  if (!saved) throw new Error('Disclosure version changed while locked');
  return { ok: true, disclosureId: disclosure.dbId };
}

/**
 * Deletes a draft that was never submitted, at its creator's request: its files' rows, thread, researchers and
 * history go with it (cascades); the caller deletes the stored bytes after the commit. Anyone else on the draft,
 * and anyone once it is submitted, is refused.
 */
export async function deleteDisclosureDraft(
  db: Db,
  viewer: Viewer,
  id: string,
): Promise<{ ok: true; deletedId: number; storageKeys: string[] } | { ok: false; errors: UserError[] }> {
  const { disclosure, side } = await requireDisclosure(db, viewer, id);
  if (side !== 'RESEARCHER') throw forbidden('DISCLOSURE_EDIT_RESEARCHERS_ONLY');
  if (!mayDeleteDisclosureDraft(disclosure.status, disclosure.createdById === viewer.userId)) {
    return {
      ok: false,
      errors: [
        userError(
          disclosure.status === DisclosureStatus.DRAFT ? 'DISCLOSURE_DELETE_CREATOR_ONLY' : 'DISCLOSURE_NOT_DRAFT',
          'id',
        ),
      ],
    };
  }
  const files = await db
    .deleteFrom('disclosure_attachment')
    .where('disclosure_id', '=', disclosure.dbId)
    .returning('storage_key')
    .execute();
  await db.deleteFrom('disclosure').where('id', '=', disclosure.dbId).execute();
  return { ok: true, deletedId: disclosure.dbId, storageKeys: files.map((file) => file.storage_key) };
}
