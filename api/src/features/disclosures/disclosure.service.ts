import type { Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import {
  canTransitionDisclosure,
  DISCLOSURE_LIMITS,
  type DisclosureActor,
  type DisclosureRecommendation,
  DisclosureStatus,
  disclosureTransitionNeedsReason,
  formatDisclosureReference,
  isDisclosureEditable,
  isDisclosureSubmission,
  type MarketPotential,
  type Patentability,
  plannedDisclosureWarning,
  validateForSubmit,
} from '@tt/shared/disclosure-transitions';
import { officeDisclosurePath, researcherDisclosurePath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { pageInfo } from '../../pagination/page-info.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import type { DisclosureConnectionType, DisclosureType } from './disclosure.type.js';
import { disclosureSide, visibleDisclosuresSql } from './disclosure-access.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

export type DisclosureOutcome =
  | { ok: true; disclosureId: number }
  | { ok: false; errors: UserError[]; disclosureId?: number };

interface DisclosureRow {
  id: number;
  institution_id: number;
  status: DisclosureStatus;
  version: number;
  reference_number: string | null;
  title: string | null;
  inventors: DisclosureType['inventors'];
  abstract: string | null;
  problem: string | null;
  solution: string | null;
  novelty: string | null;
  prior_art: string | null;
  public_disclosures: { kind: 'PAST' | 'PLANNED'; date: string; venue: string; description?: string | null }[];
  funding_sources: { funder: string; grantNumber?: string | null; obligations: string }[];
  commercial_applications: string | null;
  trl: number | null;
  assignee_id: number | null;
  patentability: Patentability | null;
  market_potential: MarketPotential | null;
  recommendation: DisclosureRecommendation | null;
  assessment_notes: string | null;
  submitted_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  researcher_ids: number[];
}

const columns = sql`d.id, d.institution_id, d.status, d.version, d.reference_number, d.title, d.inventors, d.abstract,
  d.problem, d.solution, d.novelty, d.prior_art, d.public_disclosures, d.funding_sources, d.commercial_applications,
  d.trl, d.assignee_id, d.patentability, d.market_potential, d.recommendation, d.assessment_notes, d.submitted_at,
  d.created_at, d.updated_at,
  array(select r.user_id from disclosure_researcher r where r.disclosure_id = d.id order by r.user_id) as researcher_ids`;

function toRecord(row: DisclosureRow, now = new Date()): DisclosureType {
  return {
    __typename: 'Disclosure',
    id: toGlobalId('Disclosure', row.id),
    dbId: row.id,
    institutionId: row.institution_id,
    assigneeId: row.assignee_id,
    researcherIds: row.researcher_ids.map(Number),
    assessmentData: {
      patentability: row.patentability,
      marketPotential: row.market_potential,
      recommendation: row.recommendation,
      notes: row.assessment_notes,
    },
    status: row.status,
    version: row.version,
    referenceNumber: row.reference_number,
    title: row.title,
    inventors: row.inventors,
    abstract: row.abstract,
    problem: row.problem,
    solution: row.solution,
    novelty: row.novelty,
    priorArt: row.prior_art,
    publicDisclosures: row.public_disclosures.map((entry) => ({
      kind: entry.kind,
      date: entry.date,
      venue: entry.venue,
      description: entry.description ?? null,
      warning: entry.kind === 'PLANNED' ? plannedDisclosureWarning(entry.date, now) : null,
    })),
    fundingSources: row.funding_sources.map((source) => ({
      funder: source.funder,
      grantNumber: source.grantNumber ?? null,
      obligations: source.obligations,
    })),
    commercialApplications: row.commercial_applications,
    trl: row.trl,
    submittedAt: row.submitted_at === null ? null : toDate(row.submitted_at),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

/** The disclosure and the viewer's side of it, or null when it does not exist or is not the viewer's to see. */
export async function findVisibleDisclosure(
  db: Db,
  viewer: Viewer | null,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<{ disclosure: DisclosureType; side: DisclosureActor } | null> {
  if (!viewer) return null;
  const { rows } = await sql<DisclosureRow>`select ${columns} from disclosure d where d.id = ${id}
    ${options.forUpdate ? sql`for update of d` : sql``}`.execute(db);
  const row = rows[0];
  if (!row) return null;
  const disclosure = toRecord(row);
  const side = disclosureSide(viewer, disclosure);
  return side ? { disclosure, side } : null;
}

/** For mutations: signed in and on one of its sides; someone else's disclosure is refused like a missing one. */
export async function requireDisclosure(
  db: Db,
  viewer: Viewer | null,
  globalId: string,
  options = { forUpdate: true },
) {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(globalId);
  const found = parsed?.type === 'Disclosure' ? await findVisibleDisclosure(db, viewer, parsed.id, options) : null;
  if (!found) throw forbidden('This disclosure does not exist or is not yours to see.');
  return found;
}

// ---- Drafts ----

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
    if (value && value.length > max) errors.push(userError('TOO_LONG', `Use at most ${max} characters.`, field));
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
    if ((list?.length ?? 0) > max) errors.push(userError('TOO_MANY', `At most ${max} entries.`, field));
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
    errors.push(userError('OUT_OF_RANGE', 'The TRL is a whole number from 1 to 9.', 'trl'));
  }
  return errors;
}

function formValues(input: DraftInput) {
  const text = (value: string | null | undefined) => (value == null || value.trim() === '' ? null : value);
  return {
    title: text(input.title),
    inventors: JSON.stringify(
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
    priorArt: text(input.priorArt),
    publicDisclosures: JSON.stringify(
      (input.publicDisclosures ?? []).map((e) => ({
        kind: e.kind,
        date: e.date,
        venue: e.venue,
        description: e.description ?? null,
      })),
    ),
    fundingSources: JSON.stringify(
      (input.fundingSources ?? []).map((s) => ({
        funder: s.funder,
        grantNumber: s.grantNumber ?? null,
        obligations: s.obligations,
      })),
    ),
    commercialApplications: text(input.commercialApplications),
    trl: input.trl ?? null,
  };
}

/**
 * Creates a draft (researchers only) or replaces the form of one the viewer is a researcher on,
 * while it is a draft or returned with questions. A save based on an older version than the
 * stored one is refused with VERSION_CONFLICT: nothing is overwritten silently.
 */
export async function saveDisclosureDraft(db: Db, viewer: Viewer, input: DraftInput): Promise<DisclosureOutcome> {
  const errors = draftLimits(input);
  const v = formValues(input);
  if (!input.id) {
    if (viewer.role !== UserRole.RESEARCHER || !viewer.institutionId) {
      throw forbidden('Only researchers write invention disclosures.');
    }
    if (errors.length) return { ok: false, errors };
    const { rows } = await sql<{ id: number }>`
      insert into disclosure (institution_id, created_by_id, status, version, title, inventors, abstract, problem,
        solution, novelty, prior_art, public_disclosures, funding_sources, commercial_applications, trl,
        created_at, updated_at)
      values (${viewer.institutionId}, ${viewer.userId}, 'DRAFT', 1, ${v.title}, ${v.inventors}::jsonb, ${v.abstract},
        ${v.problem}, ${v.solution}, ${v.novelty}, ${v.priorArt}, ${v.publicDisclosures}::jsonb,
        ${v.fundingSources}::jsonb, ${v.commercialApplications}, ${v.trl}, now(), now())
      returning id`.execute(db);
    const id = rows[0]!.id;
    await sql`insert into disclosure_researcher (disclosure_id, user_id) values (${id}, ${viewer.userId})`.execute(db);
    await sql`insert into disclosure_transition (disclosure_id, actor_id, from_status, to_status, reason, at)
      values (${id}, ${viewer.userId}, null, 'DRAFT', null, now())`.execute(db);
    return { ok: true, disclosureId: id };
  }
  const { disclosure, side } = await requireDisclosure(db, viewer, input.id);
  if (side !== 'RESEARCHER') throw forbidden('Only the researchers on a disclosure edit it.');
  if (errors.length) return { ok: false, disclosureId: disclosure.dbId, errors };
  if (!isDisclosureEditable(disclosure.status)) {
    return {
      ok: false,
      disclosureId: disclosure.dbId,
      errors: [userError('NOT_EDITABLE', 'This disclosure is with the office and cannot be edited now.', 'id')],
    };
  }
  if (input.expectedVersion == null) {
    return {
      ok: false,
      disclosureId: disclosure.dbId,
      errors: [userError('REQUIRED', 'Say which version you edited.', 'expectedVersion')],
    };
  }
  if (input.expectedVersion !== disclosure.version) {
    return {
      ok: false,
      disclosureId: disclosure.dbId,
      errors: [
        userError(
          'VERSION_CONFLICT',
          `This disclosure was changed elsewhere (now version ${disclosure.version}, you edited version ${input.expectedVersion}). Reload it before saving.`,
          'expectedVersion',
        ),
      ],
    };
  }
  // The row is locked (for update) and the version compared again: a concurrent save cannot slip in.
  const { rows } = await sql<{ id: number }>`
    update disclosure set title = ${v.title}, inventors = ${v.inventors}::jsonb, abstract = ${v.abstract},
      problem = ${v.problem}, solution = ${v.solution}, novelty = ${v.novelty}, prior_art = ${v.priorArt},
      public_disclosures = ${v.publicDisclosures}::jsonb, funding_sources = ${v.fundingSources}::jsonb,
      commercial_applications = ${v.commercialApplications}, trl = ${v.trl},
      version = version + 1, updated_at = now()
    where id = ${disclosure.dbId} and version = ${input.expectedVersion} returning id`.execute(db);
  if (!rows[0]) throw new Error('Disclosure version changed while locked');
  return { ok: true, disclosureId: disclosure.dbId };
}

// ---- Workflow ----

const EVENT_WORDS: Partial<Record<DisclosureStatus, string>> = {
  SUBMITTED: 'submitted',
  UNDER_REVIEW: 'taken under review',
  INFO_REQUESTED: 'returned with questions from the office',
  ACCEPTED: 'accepted by the office',
  DECLINED: 'declined by the office',
  PUBLISHED: 'published as a listing',
  WITHDRAWN: 'withdrawn',
};

async function mailPeople(
  db: Db,
  people: { email: string; name: string }[],
  disclosure: DisclosureType,
  event: string,
  note: string,
  publicUrl: string,
  pathTo: (id: string) => string,
) {
  for (const person of people) {
    await enqueueMail(db, {
      to: person.email,
      template: 'disclosure-update',
      data: {
        name: person.name,
        title: disclosure.title ?? 'Untitled disclosure',
        event,
        note,
        disclosureUrl: `${publicUrl}${pathTo(disclosure.id)}`,
      },
    });
  }
}

/** The key of the quiet limit on e-mails to one person about one disclosure's thread (rate-limits.ts). */
export function disclosureMailKey(disclosureId: number, userId: number): string {
  return `disclosure:${disclosureId}:user:${userId}`;
}

async function researchersOf(db: Db, disclosureId: number) {
  const { rows } = await sql<{ id: number; email: string; name: string }>`
    select u.id, u.email, u.name from disclosure_researcher r join app_user u on u.id = r.user_id
    where r.disclosure_id = ${disclosureId} and u.disabled_at is null order by u.id`.execute(db);
  return rows;
}

/** The assignee if there is one, else every active officer of the institute. */
async function officeOf(db: Db, disclosure: DisclosureType, everyone: boolean) {
  const { rows } = await sql<{ id: number; email: string; name: string }>`
    select u.id, u.email, u.name from app_user u
    where u.role = 'TT_OFFICER' and u.institution_id = ${disclosure.institutionId} and u.disabled_at is null
      and (${everyone || disclosure.assigneeId === null} or u.id = ${disclosure.assigneeId ?? 0})
    order by u.id`.execute(db);
  return rows;
}

/** The next reference number of the institute for this year: locked, so gap-free under concurrency. */
async function allocateReference(db: Db, institutionId: number): Promise<string> {
  const { rows: years } = await sql<{ year: number }>`select extract(year from now())::int as year`.execute(db);
  const year = years[0]!.year;
  await sql`insert into disclosure_reference_counter (institution_id, year, last_number)
    values (${institutionId}, ${year}, 0) on conflict (institution_id, year) do nothing`.execute(db);
  const { rows } = await sql<{ last_number: number; short_name: string }>`
    update disclosure_reference_counter c set last_number = c.last_number + 1
    from institution i where i.id = c.institution_id and c.institution_id = ${institutionId} and c.year = ${year}
    returning c.last_number, i.short_name`.execute(db);
  return formatDisclosureReference(rows[0]!.short_name, year, rows[0]!.last_number);
}

/**
 * Moves a disclosure along the workflow of shared/disclosure-transitions.ts. A (re)submission by
 * the researchers needs a complete form; the first one allocates the reference number. Every
 * change is recorded, and the other side is told by e-mail.
 */
export async function transitionDisclosure(
  db: Db,
  viewer: Viewer,
  input: { id: string; to: DisclosureStatus; reason?: string | null },
  publicUrl: string,
): Promise<DisclosureOutcome> {
  const { disclosure, side } = await requireDisclosure(db, viewer, input.id);
  const from = disclosure.status;
  if (!canTransitionDisclosure(side, from, input.to)) {
    return {
      ok: false,
      disclosureId: disclosure.dbId,
      errors: [userError('INVALID_TRANSITION', `A ${from} disclosure cannot become ${input.to} by you.`, 'to')],
    };
  }
  const reason = input.reason?.trim() || null;
  if (disclosureTransitionNeedsReason(input.to) && !reason) {
    return { ok: false, disclosureId: disclosure.dbId, errors: [userError('REQUIRED', 'Say why.', 'reason')] };
  }
  if ((reason ?? '').length > 5000) {
    return {
      ok: false,
      disclosureId: disclosure.dbId,
      errors: [userError('TOO_LONG', 'Use at most 5000 characters.', 'reason')],
    };
  }
  const submission = isDisclosureSubmission(from, input.to);
  if (submission) {
    const problems = validateForSubmit(disclosure);
    if (problems.length) {
      return {
        ok: false,
        disclosureId: disclosure.dbId,
        errors: problems.map((problem) => userError(problem.code, problem.message, problem.field)),
      };
    }
  }
  const reference =
    submission && !disclosure.referenceNumber ? await allocateReference(db, disclosure.institutionId) : null;
  await sql`update disclosure set status = ${input.to}, reference_number = coalesce(reference_number, ${reference}),
      submitted_at = ${submission ? sql`now()` : sql`submitted_at`}, updated_at = now()
    where id = ${disclosure.dbId}`.execute(db);
  await sql`insert into disclosure_transition (disclosure_id, actor_id, from_status, to_status, reason, at)
    values (${disclosure.dbId}, ${viewer.userId}, ${from}, ${input.to}, ${reason}, now())`.execute(db);
  if (reason && input.to === DisclosureStatus.INFO_REQUESTED) {
    // The office's questions are part of the thread the researchers answer in.
    await sql`insert into disclosure_message (disclosure_id, author_id, body, created_at)
      values (${disclosure.dbId}, ${viewer.userId}, ${reason}, now())`.execute(db);
  }

  const event = EVENT_WORDS[input.to] ?? input.to;
  if (input.to === DisclosureStatus.SUBMITTED) {
    await mailPeople(
      db,
      await officeOf(db, disclosure, true),
      disclosure,
      event,
      'It waits for review.',
      publicUrl,
      officeDisclosurePath,
    );
  } else if (submission) {
    await mailPeople(
      db,
      await officeOf(db, disclosure, false),
      disclosure,
      'answered and resubmitted',
      'The researchers answered your questions.',
      publicUrl,
      officeDisclosurePath,
    );
  } else if (
    input.to === DisclosureStatus.INFO_REQUESTED ||
    input.to === DisclosureStatus.ACCEPTED ||
    input.to === DisclosureStatus.DECLINED
  ) {
    await mailPeople(
      db,
      await researchersOf(db, disclosure.dbId),
      disclosure,
      event,
      reason ?? 'Open the disclosure to see what happens next.',
      publicUrl,
      researcherDisclosurePath,
    );
  }
  return { ok: true, disclosureId: disclosure.dbId };
}

/** Submits a draft, or resubmits one returned with questions (back under review). */
export async function submitDisclosure(
  db: Db,
  viewer: Viewer,
  input: { id: string },
  publicUrl: string,
): Promise<DisclosureOutcome> {
  const { disclosure, side } = await requireDisclosure(db, viewer, input.id);
  if (side !== 'RESEARCHER') throw forbidden('Only the researchers on a disclosure submit it.');
  const to =
    disclosure.status === DisclosureStatus.INFO_REQUESTED ? DisclosureStatus.UNDER_REVIEW : DisclosureStatus.SUBMITTED;
  return transitionDisclosure(db, viewer, { id: input.id, to }, publicUrl);
}

export async function assessDisclosure(
  db: Db,
  viewer: Viewer,
  input: {
    id: string;
    patentability?: Patentability | null;
    marketPotential?: MarketPotential | null;
    recommendation?: DisclosureRecommendation | null;
    notes?: string | null;
  },
): Promise<DisclosureOutcome> {
  const { disclosure, side } = await requireDisclosure(db, viewer, input.id);
  if (side !== 'OFFICE') throw forbidden('Only the office assesses disclosures.');
  if (disclosure.status === DisclosureStatus.DRAFT) {
    return {
      ok: false,
      disclosureId: disclosure.dbId,
      errors: [userError('NOT_SUBMITTED', 'A draft cannot be assessed.', 'id')],
    };
  }
  if ((input.notes ?? '').length > DISCLOSURE_LIMITS.textMax) {
    return {
      ok: false,
      disclosureId: disclosure.dbId,
      errors: [userError('TOO_LONG', `Use at most ${DISCLOSURE_LIMITS.textMax} characters.`, 'notes')],
    };
  }
  await sql`update disclosure set patentability = ${input.patentability ?? null},
      market_potential = ${input.marketPotential ?? null}, recommendation = ${input.recommendation ?? null},
      assessment_notes = ${input.notes?.trim() || null}, updated_at = now()
    where id = ${disclosure.dbId}`.execute(db);
  return { ok: true, disclosureId: disclosure.dbId };
}

/**
 * A message in the disclosure's thread, e-mailed to the other side: limited per author, and a burst e-mails
 * each recipient once (the e-mail links to the thread, where the later ones are), as EoI replies are.
 */
export async function postDisclosureMessage(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: { id: string; body: string },
  publicUrl: string,
): Promise<DisclosureOutcome> {
  const { disclosure, side } = await requireDisclosure(db, viewer, input.id);
  const body = input.body.trim();
  if (!body)
    return { ok: false, disclosureId: disclosure.dbId, errors: [userError('REQUIRED', 'Write a message.', 'body')] };
  if (body.length > 5000) {
    return {
      ok: false,
      disclosureId: disclosure.dbId,
      errors: [userError('TOO_LONG', 'Use at most 5000 characters.', 'body')],
    };
  }
  await limiter.consume('MESSAGES_PER_ACCOUNT', String(viewer.userId));
  await sql`insert into disclosure_message (disclosure_id, author_id, body, created_at)
    values (${disclosure.dbId}, ${viewer.userId}, ${body}, now())`.execute(db);
  await sql`update disclosure set updated_at = now() where id = ${disclosure.dbId}`.execute(db);
  const excerpt = body.length > 300 ? `${body.slice(0, 297)}…` : body;
  const due = async (people: { id: number; email: string; name: string }[]) => {
    const keep = await Promise.all(
      people.map((person) =>
        limiter.tryConsume('MESSAGE_MAIL_PER_RECIPIENT_AND_THREAD', disclosureMailKey(disclosure.dbId, person.id)),
      ),
    );
    return people.filter((_, index) => keep[index]);
  };
  if (side === 'OFFICE') {
    const people = (await researchersOf(db, disclosure.dbId)).filter((p) => p.email);
    await mailPeople(
      db,
      await due(people),
      disclosure,
      'answered with a new message',
      excerpt,
      publicUrl,
      researcherDisclosurePath,
    );
  } else if (disclosure.status !== DisclosureStatus.DRAFT) {
    await mailPeople(
      db,
      await due(await officeOf(db, disclosure, false)),
      disclosure,
      'given a new message',
      excerpt,
      publicUrl,
      officeDisclosurePath,
    );
  }
  return { ok: true, disclosureId: disclosure.dbId };
}

export async function assignDisclosure(
  db: Db,
  viewer: Viewer,
  input: { id: string; assigneeId?: string | null },
): Promise<DisclosureOutcome> {
  const { disclosure, side } = await requireDisclosure(db, viewer, input.id);
  if (side !== 'OFFICE') throw forbidden('Only the office assigns disclosures.');
  let assigneeId: number | null = null;
  if (input.assigneeId) {
    const parsed = parseGlobalId(input.assigneeId);
    const { rows } =
      parsed?.type === 'User'
        ? await sql<{ id: number }>`select id from app_user where id = ${parsed.id} and role = 'TT_OFFICER'
            and institution_id = ${disclosure.institutionId} and disabled_at is null`.execute(db)
        : { rows: [] };
    if (!rows[0]) {
      return {
        ok: false,
        disclosureId: disclosure.dbId,
        errors: [userError('INVALID_ASSIGNEE', "Choose an officer of the disclosure's institute.", 'assigneeId')],
      };
    }
    assigneeId = rows[0].id;
  }
  await sql`update disclosure set assignee_id = ${assigneeId}, updated_at = now() where id = ${disclosure.dbId}`.execute(
    db,
  );
  return { ok: true, disclosureId: disclosure.dbId };
}

// ---- Reading ----

/** Newest activity first; only what the viewer may see (nothing for company members). */
export async function listDisclosures(
  db: Db,
  viewer: Viewer | null,
  args: { statuses: DisclosureStatus[] | null; first: number; after: string | null },
): Promise<DisclosureConnectionType> {
  if (!viewer) throw unauthenticated();
  const scope = visibleDisclosuresSql(viewer);
  const where = args.statuses?.length ? sql`${scope} and d.status = any(${args.statuses}::disclosure_status[])` : scope;
  const after = args.after ? decodeCursor(args.after, 'DISCLOSURES', ['timestamp', 'id']) : null;
  const page = after ? sql`${where} and (d.updated_at, d.id) < (${after[0]}::timestamptz, ${after[1]})` : where;
  const { rows } = await sql<DisclosureRow & { updated_key: string }>`
    select ${columns}, d.updated_at::text as updated_key from disclosure d where ${page}
    order by d.updated_at desc, d.id desc limit ${args.first + 1}`.execute(db);
  const { rows: counts } = await sql<{ status: DisclosureStatus; count: string }>`
    select d.status, count(*) as count from disclosure d where ${scope} group by d.status`.execute(db);
  const now = new Date();
  const edges = rows.slice(0, args.first).map((row) => ({
    cursor: encodeCursor('DISCLOSURES', [row.updated_key, row.id]),
    node: toRecord(row, now),
  }));
  const statusCounts = Object.values(DisclosureStatus).map((status) => ({
    status,
    count: Number(counts.find((count) => count.status === status)?.count ?? 0),
  }));
  const selected = args.statuses?.length ? args.statuses : Object.values(DisclosureStatus);
  return {
    edges,
    pageInfo: pageInfo(edges, rows.length > args.first, Boolean(after)),
    totalCount: statusCounts.filter((c) => selected.includes(c.status)).reduce((sum, c) => sum + c.count, 0),
    statusCounts,
  };
}

type HistoryEntry = {
  from: DisclosureStatus | null;
  to: DisclosureStatus;
  actorName: string | null;
  reason: string | null;
  at: Date;
};
type MessageEntry = {
  id: string;
  body: string;
  authorName: string | null;
  authorSide: 'RESEARCHER' | 'OFFICE';
  createdAt: Date;
};

function grouped<T>(ids: readonly number[], rows: (T & { disclosure_id: number })[], map: (row: T) => unknown) {
  const groups = new Map<number, unknown[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.disclosure_id)?.push(map(row));
  return ids.map((id) => groups.get(id)!);
}

/** The history of each disclosure, oldest first: one statement for any number of disclosures (a DataLoader's batch). */
export async function disclosureHistories(db: Db, ids: readonly number[]): Promise<HistoryEntry[][]> {
  const { rows } = await sql<{
    disclosure_id: number;
    from_status: DisclosureStatus | null;
    to_status: DisclosureStatus;
    actor_name: string | null;
    reason: string | null;
    at: Date | string;
  }>`select t.disclosure_id, t.from_status, t.to_status, u.name as actor_name, t.reason, t.at
    from disclosure_transition t left join app_user u on u.id = t.actor_id
    where t.disclosure_id = any(${ids}::int[]) order by t.at, t.id`.execute(db);
  return grouped(ids, rows, (row) => ({
    from: row.from_status,
    to: row.to_status,
    actorName: row.actor_name,
    reason: row.reason,
    at: toDate(row.at),
  })) as HistoryEntry[][];
}

/** The disclosure each listing was made from, if any (a DataLoader's batch; callers check who may see it). */
export async function disclosuresByAssetIds(db: Db, assetIds: readonly number[]): Promise<(DisclosureType | null)[]> {
  const { rows } = await sql<DisclosureRow & { asset_id: number }>`
    select ${columns}, d.asset_id from disclosure d where d.asset_id = any(${assetIds}::int[])`.execute(db);
  const now = new Date();
  const byAsset = new Map(rows.map((row) => [row.asset_id, toRecord(row, now)]));
  return assetIds.map((id) => byAsset.get(id) ?? null);
}

/** The thread of each disclosure, oldest first (a DataLoader's batch). */
export async function disclosureThreads(db: Db, ids: readonly number[]): Promise<MessageEntry[][]> {
  const { rows } = await sql<{
    disclosure_id: number;
    id: number;
    body: string;
    author_name: string | null;
    author_role: string | null;
    created_at: Date | string;
  }>`select m.disclosure_id, m.id, m.body, u.name as author_name, u.role as author_role, m.created_at
    from disclosure_message m left join app_user u on u.id = m.author_id
    where m.disclosure_id = any(${ids}::int[]) order by m.created_at, m.id`.execute(db);
  return grouped(ids, rows, (row) => ({
    id: toGlobalId('DisclosureMessage', row.id),
    body: row.body,
    authorName: row.author_name,
    authorSide: row.author_role === 'RESEARCHER' ? 'RESEARCHER' : 'OFFICE',
    createdAt: toDate(row.created_at),
  })) as MessageEntry[][];
}
