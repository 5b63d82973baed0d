import type { EntityManager } from '@mikro-orm/core';
import { AssetStatus } from '@tt/shared/asset-enums';
import {
  canTransitionDisclosure,
  DisclosureStatus,
  formatDisclosureReference,
  isDisclosurePublication,
  isDisclosureSubmission,
  type PublicDisclosureData,
  validateForSubmit,
} from '@tt/shared/disclosure-transitions';
import { englishErrorMessage } from '@tt/shared/error-messages';
import { Language } from '@tt/shared/languages';
import type { Asset } from '../entities/asset.entity.js';
import { Disclosure } from '../entities/disclosure.entity.js';
import { DisclosureMessage } from '../entities/disclosure-message.entity.js';
import { DisclosureReferenceCounter } from '../entities/disclosure-reference-counter.entity.js';
import { DisclosureResearcher } from '../entities/disclosure-researcher.entity.js';
import { DisclosureTransition } from '../entities/disclosure-transition.entity.js';
import type { Institution } from '../entities/institution.entity.js';
import type { User } from '../entities/user.entity.js';
import type { DemoDisclosure } from './demo/demo-data-types.js';
import { demoDisclosures } from './demo/demo-disclosures.js';
import { demoClock } from './demo-clock.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DemoDisclosureLookups {
  /** by slug */
  institutions: Map<string, Institution>;
  /** by slug */
  assets: Map<string, Asset>;
  /** by officer key */
  officers: Map<string, User>;
  /** demo accounts by e-mail */
  accounts: Map<string, User>;
}

function fail(data: DemoDisclosure, problem: string): never {
  throw new Error(`Demo disclosure "${data.title}": ${problem}`);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Loads the demo invention disclosures (demo/demo-disclosures.ts) with their history, thread and
 * assessment, dated relative to now, as the API would have recorded them: each path is checked against
 * the workflow of shared/disclosure-transitions.ts, every submitted one passes the submit validation, and
 * reference numbers are given in submission order per institute and year, gap-free, with the counters set.
 */
export async function seedDemoDisclosures(
  em: EntityManager,
  lookups: DemoDisclosureLookups,
  now = new Date(),
  data: readonly DemoDisclosure[] = demoDisclosures,
): Promise<void> {
  const submissions: { disclosure: Disclosure; institution: Institution; at: Date }[] = [];
  // Each disclosure's events in working hours over the past weeks, in its own hours (demo-clock.ts).
  const clock = demoClock(now);
  const listed = new Set<string>();

  for (const entry of data) {
    const institution = lookups.institutions.get(entry.institution) ?? fail(entry, `unknown institute`);
    const researcher = lookups.accounts.get(entry.researcher) ?? fail(entry, `unknown account ${entry.researcher}`);
    if (researcher.institution?.slug !== entry.institution) fail(entry, 'the researcher is of another institute');
    const officer = (key: string) => {
      const user = lookups.officers.get(key) ?? fail(entry, `unknown officer ${key}`);
      if (user.institution?.slug !== entry.institution) fail(entry, `${key} is not an officer of the institute`);
      return user;
    };
    const thread = clock.thread(`demo-disclosure-${entry.institution}-${entry.title}`);
    const createdAt = thread(entry.ageDays);
    const at = (day: number, what: string) => {
      if (!(day >= 0 && day <= entry.ageDays)) fail(entry, `${what} at day ${day} is outside 0–${entry.ageDays}`);
      return thread(entry.ageDays - day);
    };

    const form = {
      title: entry.title,
      inventors: entry.inventors,
      abstract: entry.abstract ?? null,
      problem: entry.problem ?? null,
      solution: entry.solution ?? null,
      novelty: entry.novelty ?? null,
      priorArt: entry.priorArt ?? null,
      publicDisclosures: (entry.publicDisclosures ?? []).map(
        (item): PublicDisclosureData => ({
          kind: item.kind,
          date: isoDay(new Date(now.getTime() + item.inDays * DAY_MS)),
          venue: item.venue,
          description: item.description ?? null,
        }),
      ),
      fundingSources: entry.fundingSources ?? [],
      commercialApplications: entry.commercialApplications ?? null,
      trl: entry.trl ?? null,
    };

    // The path from DRAFT, each step by an actor allowed to make it, in time order.
    let status: DisclosureStatus = DisclosureStatus.DRAFT;
    let previousDay = 0;
    let submittedAt: Date | null = null;
    let lastAt = createdAt;
    const transitions: {
      actor: User;
      from: DisclosureStatus;
      to: DisclosureStatus;
      reason: string | null;
      at: Date;
    }[] = [];
    const messages: { author: User; body: string; at: Date }[] = [];
    for (const step of entry.steps) {
      const side = step.actor === 'office' ? 'OFFICE' : 'RESEARCHER';
      // Publication is the office publishing the listing made from it (listing-editor service).
      const publication = side === 'OFFICE' && isDisclosurePublication(status, step.to);
      if (!publication && !canTransitionDisclosure(side, status, step.to)) {
        fail(entry, `${step.actor} cannot move it from ${status} to ${step.to}`);
      }
      if (step.day < previousDay) fail(entry, `the step to ${step.to} is earlier than the one before`);
      previousDay = step.day;
      const when = at(step.day, `the step to ${step.to}`);
      if (isDisclosureSubmission(status, step.to)) {
        const problems = validateForSubmit(form, now);
        if (problems.length)
          fail(entry, `submitted but invalid: ${problems.map((p) => englishErrorMessage(p.code, p.params)).join(' ')}`);
        submittedAt = when;
      }
      const actor = step.actor === 'office' ? officer(step.officer) : researcher;
      transitions.push({ actor, from: status, to: step.to, reason: step.reason ?? null, at: when });
      // As the API does: the office's questions join the thread the researchers answer in.
      if (step.to === DisclosureStatus.INFO_REQUESTED) {
        if (!step.reason) fail(entry, 'a request for information needs a reason');
        messages.push({ author: actor, body: step.reason, at: when });
      }
      if (step.to === DisclosureStatus.DECLINED && !step.reason) fail(entry, 'a decline needs a reason');
      status = step.to;
      lastAt = when;
    }
    for (const message of entry.thread) {
      const when = at(message.day, 'a thread message');
      messages.push({
        author: message.side === 'office' ? officer(message.officer) : researcher,
        body: message.body,
        at: when,
      });
      if (when > lastAt) lastAt = when;
    }
    messages.sort((a, b) => a.at.getTime() - b.at.getTime());

    let asset: Asset | null = null;
    if (entry.listing) {
      if (status !== DisclosureStatus.PUBLISHED) fail(entry, 'only a published disclosure has a listing');
      asset = lookups.assets.get(entry.listing) ?? fail(entry, `unknown asset ${entry.listing}`);
      if (asset.status !== AssetStatus.PUBLISHED) fail(entry, 'its listing is not published');
      if (asset.institution.slug !== entry.institution) fail(entry, 'its listing is of another institute');
      if (listed.has(entry.listing)) fail(entry, 'the listing is already linked to another disclosure');
      listed.add(entry.listing);
    } else if (status === DisclosureStatus.PUBLISHED) {
      fail(entry, 'a published disclosure needs its listing');
    }

    const disclosure = em.create(Disclosure, {
      institution,
      createdBy: researcher,
      status,
      version: 1 + entry.steps.length,
      referenceNumber: null,
      ...form,
      language: Language.EN,
      assignee: entry.assignee ? officer(entry.assignee) : null,
      patentability: entry.assessment?.patentability ?? null,
      marketPotential: entry.assessment?.marketPotential ?? null,
      recommendation: entry.assessment?.recommendation ?? null,
      assessmentNotes: entry.assessment?.notes ?? null,
      assessmentNotesLanguage: entry.assessment?.notes ? Language.EN : null,
      asset,
      submittedAt,
      createdAt,
      updatedAt: lastAt,
    });
    em.create(DisclosureResearcher, { disclosure, user: researcher });
    em.create(DisclosureTransition, {
      disclosure,
      actor: researcher,
      fromStatus: null,
      toStatus: DisclosureStatus.DRAFT,
      reason: null,
      language: Language.EN,
      at: createdAt,
    });
    for (const transition of transitions) {
      em.create(DisclosureTransition, {
        disclosure,
        actor: transition.actor,
        fromStatus: transition.from,
        toStatus: transition.to,
        reason: transition.reason,
        language: Language.EN,
        at: transition.at,
      });
    }
    for (const message of messages) {
      em.create(DisclosureMessage, {
        disclosure,
        author: message.author,
        body: message.body,
        language: Language.EN,
        createdAt: message.at,
      });
    }
    if (submittedAt) {
      const firstSubmission = transitions.find((t) => t.to === DisclosureStatus.SUBMITTED)?.at ?? submittedAt;
      submissions.push({ disclosure, institution, at: firstSubmission });
    }
  }

  // Reference numbers in the order of first submission, per institute and year, and the counters after them.
  submissions.sort((a, b) => a.at.getTime() - b.at.getTime());
  const counters = new Map<string, { institution: Institution; year: number; last: number }>();
  for (const { disclosure, institution, at } of submissions) {
    const year = at.getUTCFullYear();
    const key = `${institution.slug}/${year}`;
    const counter = counters.get(key) ?? { institution, year, last: 0 };
    counter.last += 1;
    counters.set(key, counter);
    disclosure.referenceNumber = formatDisclosureReference(institution.shortName, year, counter.last);
  }
  for (const counter of counters.values()) {
    em.create(DisclosureReferenceCounter, {
      institution: counter.institution,
      year: counter.year,
      lastNumber: counter.last,
    });
  }
  await em.flush();
}
