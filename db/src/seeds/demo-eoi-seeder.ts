import type { EntityManager } from '@mikro-orm/core';
import { AssetStatus } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import {
  canTransitionEoi,
  EOI_MESSAGE_MAX_LENGTH,
  EOI_MESSAGE_MIN_LENGTH,
  EoiStatus,
  eoiResponseDueAt,
  isOpenEoi,
} from '@tt/shared/eoi-transitions';
import { Language } from '@tt/shared/languages';
import type { Asset } from '../entities/asset.entity.js';
import type { Company } from '../entities/company.entity.js';
import { EoiMessage } from '../entities/eoi-message.entity.js';
import { EoiReadMarker } from '../entities/eoi-read-marker.entity.js';
import { EoiTransition } from '../entities/eoi-transition.entity.js';
import { ExpressionOfInterest } from '../entities/expression-of-interest.entity.js';
import { User } from '../entities/user.entity.js';
import type { DemoEoi } from './demo/demo-data-types.js';
import { demoEoiContacts, demoEois } from './demo/demo-eois.js';
import { demoClock } from './demo-clock.js';

/** What the demo seeder has already made, by the keys the demo data use. */
export interface DemoEoiLookups {
  /** by slug */
  assets: Map<string, Asset>;
  /** by slug */
  companies: Map<string, Company>;
  /** by officer key (demo-institutions.ts) */
  officers: Map<string, User>;
  /** the demo accounts, by e-mail: a company's account is the submitter of its EoIs */
  accounts: Map<string, User>;
}

interface TimedEvent {
  at: Date;
  side: 'office' | 'company';
  /** A shared office message or any office move: the office has answered. */
  answers: boolean;
}

function fail(eoi: DemoEoi, index: number, problem: string): never {
  throw new Error(`Demo EoI #${index + 1} (${eoi.company} on ${eoi.asset}): ${problem}`);
}

function lookup<T>(map: Map<string, T>, key: string, what: string, eoi: DemoEoi, index: number): T {
  const found = map.get(key);
  if (!found) fail(eoi, index, `unknown ${what} "${key}"`);
  return found;
}

/**
 * Loads the demo expressions of interest (demo/demo-eois.ts) with their history, thread and read markers,
 * dated relative to now, as the API would have recorded them. Each demo path is checked against the
 * workflow of shared/eoi-transitions.ts; an invalid one stops the seeding with a message naming it.
 */
export async function seedDemoEois(em: EntityManager, lookups: DemoEoiLookups, now = new Date()): Promise<void> {
  // Each EoI's events in working hours over the past weeks, in its own hours (demo-clock.ts).
  const clock = demoClock(now);
  // The people who sent the EoIs: a company's demo account, or else its contact (no password, cannot sign in).
  const submitters = new Map<string, User>();
  for (const account of lookups.accounts.values()) {
    if (account.role === UserRole.COMPANY_MEMBER && account.company) submitters.set(account.company.slug, account);
  }
  for (const contact of demoEoiContacts) {
    if (submitters.has(contact.company)) throw new Error(`Demo EoI contact for ${contact.company}: it has an account`);
    const company = lookups.companies.get(contact.company);
    if (!company) throw new Error(`Demo EoI contact refers to an unknown company: ${contact.company}`);
    const firstAge = Math.max(
      0,
      ...demoEois.filter((eoi) => eoi.company === contact.company).map((eoi) => eoi.ageDays),
    );
    // Before their first EoI, whatever its thread's stretch (at most 15 %, demo-clock.ts).
    const joined = clock.thread(`joined-${contact.company}`)(firstAge * 1.15 + 3);
    submitters.set(
      contact.company,
      em.create(User, {
        email: contact.email,
        name: contact.name,
        title: contact.title,
        titleLanguage: Language.EN,
        role: UserRole.COMPANY_MEMBER,
        company,
        passwordHash: null,
        emailVerifiedAt: joined,
        createdAt: joined,
      }),
    );
  }

  const officersOf = (institutionSlug: string) =>
    [...lookups.officers.values()].filter((officer) => officer.institution?.slug === institutionSlug);
  const openPairs = new Set<string>();

  demoEois.forEach((data, index) => {
    const asset = lookup(lookups.assets, data.asset, 'asset', data, index);
    const company = lookup(lookups.companies, data.company, 'company', data, index);
    const submitter = lookup(submitters, data.company, 'submitter for company', data, index);
    const institution = asset.institution.slug;
    if (asset.status !== AssetStatus.PUBLISHED) fail(data, index, 'the asset is not published');
    const officer = (key: string) => {
      const user = lookup(lookups.officers, key, 'officer', data, index);
      if (user.institution?.slug !== institution) fail(data, index, `${key} is not an officer of ${institution}`);
      return user;
    };

    const message = data.message.trim();
    if (message.length < EOI_MESSAGE_MIN_LENGTH || message.length > EOI_MESSAGE_MAX_LENGTH) {
      fail(data, index, `the message must be ${EOI_MESSAGE_MIN_LENGTH}–${EOI_MESSAGE_MAX_LENGTH} characters`);
    }
    if ((data.timeline ?? '').length > 200) fail(data, index, 'the timeline is longer than 200 characters');
    if ((data.intendedUse ?? '').length > 2000) fail(data, index, 'the intended use is longer than 2000 characters');
    if (!(data.ageDays >= 0)) fail(data, index, 'ageDays must be zero or more');

    // The path: SUBMITTED, then each step by an actor allowed to make it, in time order.
    const thread = clock.thread(`demo-eoi-${index + 1}`);
    const createdAt = thread(data.ageDays);
    const at = (days: number, what: string) => {
      if (!(days >= 0 && days <= data.ageDays))
        fail(data, index, `${what} at day ${days} is outside 0–${data.ageDays}`);
      return thread(data.ageDays - days);
    };
    let status: EoiStatus = EoiStatus.SUBMITTED;
    let previousDay = 0;
    const events: TimedEvent[] = [{ at: createdAt, side: 'company', answers: false }];
    const transitions: { actor: User; from: EoiStatus; to: EoiStatus; reason: string | null; at: Date }[] = [];
    const messages: { author: User; body: string; internal: boolean; at: Date }[] = [];
    for (const step of data.steps) {
      const side = step.actor === 'office' ? 'OFFICE' : 'COMPANY';
      if (!canTransitionEoi(side, status, step.to)) {
        fail(data, index, `${step.actor} cannot move it from ${status} to ${step.to}`);
      }
      if (step.daysAfterSubmission < previousDay)
        fail(data, index, `the step to ${step.to} is earlier than the one before`);
      previousDay = step.daysAfterSubmission;
      const when = at(step.daysAfterSubmission, `the step to ${step.to}`);
      const actor = step.actor === 'office' ? officer(step.officer) : submitter;
      transitions.push({ actor, from: status, to: step.to, reason: step.reason ?? null, at: when });
      events.push({ at: when, side: step.actor, answers: step.actor === 'office' });
      if (step.to === EoiStatus.DECLINED) {
        // As the API does: the decline message joins the shared thread.
        if (!data.declineReason || !data.declineMessage?.trim()) {
          fail(data, index, 'a decline needs a declineReason and a declineMessage');
        }
        messages.push({ author: actor, body: data.declineMessage.trim(), internal: false, at: when });
      }
      status = step.to;
    }
    if (status !== EoiStatus.DECLINED && (data.declineReason || data.declineMessage)) {
      fail(data, index, 'only a declined EoI has a declineReason or declineMessage');
    }
    if (isOpenEoi(status)) {
      const pair = `${data.company}/${data.asset}`;
      if (openPairs.has(pair)) fail(data, index, 'the company already has an open EoI on this asset');
      openPairs.add(pair);
    }

    for (const entry of data.thread) {
      const body = entry.body.trim();
      if (body.length < EOI_MESSAGE_MIN_LENGTH || body.length > EOI_MESSAGE_MAX_LENGTH) {
        fail(data, index, `a thread message must be ${EOI_MESSAGE_MIN_LENGTH}–${EOI_MESSAGE_MAX_LENGTH} characters`);
      }
      const when = at(entry.daysAfterSubmission, 'a thread message');
      const internal = entry.side === 'office' && entry.internal === true;
      messages.push({
        author: entry.side === 'office' ? officer(entry.officer) : submitter,
        body,
        internal,
        at: when,
      });
      events.push({ at: when, side: entry.side, answers: entry.side === 'office' && !internal });
    }
    messages.sort((a, b) => a.at.getTime() - b.at.getTime());

    const times = events.map((event) => event.at.getTime());
    const lastActivityAt = new Date(Math.max(...times));
    const answers = events.filter((event) => event.answers).map((event) => event.at.getTime());
    const firstResponseAt = answers.length ? new Date(Math.min(...answers)) : null;

    const eoi = em.create(ExpressionOfInterest, {
      asset,
      company,
      submitter,
      interestType: data.interestType,
      message,
      intendedUse: data.intendedUse?.trim() || null,
      timeline: data.timeline?.trim() || null,
      language: Language.EN,
      ndaRequested: data.ndaRequested,
      status,
      priority: data.priority,
      assignee: data.assignee ? officer(data.assignee) : null,
      idempotencyKey: `demo-eoi-${String(index + 1).padStart(3, '0')}`,
      declineReason: status === EoiStatus.DECLINED ? data.declineReason! : null,
      declineMessage: status === EoiStatus.DECLINED ? data.declineMessage!.trim() : null,
      declineMessageLanguage: status === EoiStatus.DECLINED ? Language.EN : null,
      firstResponseAt,
      responseDueAt: eoiResponseDueAt(createdAt),
      overdueNotifiedAt: null,
      lastActivityAt,
      createdAt,
      updatedAt: lastActivityAt,
    });
    em.create(EoiTransition, {
      eoi,
      actor: submitter,
      fromStatus: null,
      toStatus: EoiStatus.SUBMITTED,
      reason: null,
      language: Language.EN,
      at: createdAt,
    });
    for (const transition of transitions) {
      em.create(EoiTransition, {
        eoi,
        actor: transition.actor,
        fromStatus: transition.from,
        toStatus: transition.to,
        reason: transition.reason,
        language: Language.EN,
        at: transition.at,
      });
    }
    for (const entry of messages) {
      em.create(EoiMessage, {
        eoi,
        author: entry.author,
        body: entry.body,
        language: Language.EN,
        internal: entry.internal,
        createdAt: entry.at,
      });
    }

    // Read markers: a side has read everything unless the data say otherwise; then it last read the
    // thread when it last acted (an office that never acted has not opened it).
    const lastActed = (side: 'office' | 'company') => {
      const own = events.filter((event) => event.side === side).map((event) => event.at.getTime());
      return own.length ? new Date(Math.max(...own)) : null;
    };
    const readAt = (side: 'office' | 'company') => (data.unreadBy?.includes(side) ? lastActed(side) : lastActivityAt);
    const companyReadAt = readAt('company');
    if (companyReadAt) em.create(EoiReadMarker, { eoi, user: submitter, readAt: companyReadAt });
    const officeReadAt = readAt('office');
    if (officeReadAt) {
      for (const user of officersOf(institution)) em.create(EoiReadMarker, { eoi, user, readAt: officeReadAt });
    }
  });
  await em.flush();
}
