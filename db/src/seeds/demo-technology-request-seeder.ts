import type { EntityManager } from '@mikro-orm/core';
import { AssetStatus } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import { EOI_MESSAGE_MIN_LENGTH, EoiPriority, EoiStatus, eoiResponseDueAt } from '@tt/shared/eoi-transitions';
import { FeedbackSource } from '@tt/shared/feedback-enums';
import { ProposalStatus, RequestStatus, ResponseKind } from '@tt/shared/technology-request-enums';
import {
  canCloseTechnologyRequest,
  isoDay,
  validateRequestResponse,
  validateTechnologyRequest,
} from '@tt/shared/technology-request-rules';
import type { Asset } from '../entities/asset.entity.js';
import type { Company } from '../entities/company.entity.js';
import { EoiReadMarker } from '../entities/eoi-read-marker.entity.js';
import { EoiTransition } from '../entities/eoi-transition.entity.js';
import { ExpressionOfInterest } from '../entities/expression-of-interest.entity.js';
import { ListingFeedback } from '../entities/listing-feedback.entity.js';
import { RequestResponse } from '../entities/request-response.entity.js';
import { RequestResponseListing } from '../entities/request-response-listing.entity.js';
import type { Sector } from '../entities/sector.entity.js';
import { TechnologyRequest } from '../entities/technology-request.entity.js';
import { User } from '../entities/user.entity.js';
import { type DemoTechnologyRequest, demoTechnologyRequests } from './demo/technology-requests.js';
import { demoClock } from './demo-clock.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the demo seeder has already made, by the keys the demo data use. */
export interface DemoRequestLookups {
  /** by slug */
  assets: Map<string, Asset>;
  /** by slug */
  companies: Map<string, Company>;
  /** by slug */
  sectors: Map<string, Sector>;
  /** by officer key (demo-institutions.ts) */
  officers: Map<string, User>;
  /** the demo accounts, by e-mail */
  accounts: Map<string, User>;
}

/** The slug the API gives a title (api/src/text/slugs.ts): the demo titles are distinct, so no suffix is needed. */
function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/g, '');
}

function fail(request: DemoTechnologyRequest, problem: string): never {
  throw new Error(`Demo technology request "${request.title}": ${problem}`);
}

function lookup<T>(map: Map<string, T>, key: string, what: string, request: DemoTechnologyRequest): T {
  const found = map.get(key);
  if (!found) fail(request, `unknown ${what} "${key}"`);
  return found;
}

/**
 * Loads the demo technology requests (demo/technology-requests.ts), their responses and what the companies did
 * with the listings proposed, dated relative to now as the API would have recorded them: each request and response
 * is checked against shared/technology-request-rules.ts, a listing proposed must be a published one of the
 * responding institute, an expression of interest made from a proposal is the company's one open EoI on it, and a
 * declined proposal leaves the company's feedback. Run after the EoIs: a company's author is its first member.
 */
export async function seedDemoTechnologyRequests(
  em: EntityManager,
  lookups: DemoRequestLookups,
  now = new Date(),
): Promise<void> {
  // In working hours over the past weeks, on one time line (demo-clock.ts).
  const ago = demoClock(now).thread('demo-technology-requests');
  const members = await em.find(
    User,
    { role: UserRole.COMPANY_MEMBER, company: { $ne: null } },
    { orderBy: { id: 'asc' }, populate: ['company'] },
  );
  const authorOf = (slug: string) => members.find((member) => member.company?.slug === slug);
  const openEois = await em.find(
    ExpressionOfInterest,
    { status: { $in: [EoiStatus.SUBMITTED, EoiStatus.IN_REVIEW, EoiStatus.IN_DISCUSSION, EoiStatus.NEGOTIATION] } },
    { populate: ['asset', 'company'] },
  );
  let interests = 0;

  for (const data of demoTechnologyRequests) {
    const company = lookup(lookups.companies, data.company, 'company', data);
    const author = authorOf(data.company) ?? fail(data, `${data.company} has no member to write it`);
    const createdAt = ago(data.ageDays);
    const deadline = isoDay(new Date(now.getTime() + data.deadlineInDays * DAY_MS));
    // The rules as on the day it was published (its deadline then in the future, within 18 months).
    const problems = validateTechnologyRequest(
      { ...data, deadline, sectorCount: data.sectors.length },
      isoDay(createdAt),
    );
    if (problems.length) fail(data, problems.map((problem) => `${problem.field} ${problem.code}`).join(', '));
    if (data.status !== RequestStatus.OPEN) {
      if (data.closedDaysAgo === undefined || data.closedDaysAgo > data.ageDays) fail(data, 'closedDaysAgo is missing');
      // FULFILLED or CLOSED by the company; EXPIRED by the expiry job, once its deadline passed.
      if (data.status !== RequestStatus.EXPIRED && !canCloseTechnologyRequest(RequestStatus.OPEN, data.status))
        fail(data, `an open request is not closed as ${data.status}`);
      if (data.status === RequestStatus.EXPIRED && data.deadlineInDays >= 0) fail(data, 'expired before its deadline');
    } else if (data.deadlineInDays < 0) fail(data, 'an open request past its deadline');
    const closedAt = data.closedDaysAgo === undefined ? null : ago(data.closedDaysAgo);

    const request = em.create(TechnologyRequest, {
      slug: slugOf(data.title),
      company,
      author,
      title: data.title,
      description: data.description,
      motivation: data.motivation,
      language: data.language,
      trlMin: data.trlMin,
      trlMax: data.trlMax,
      partneringModels: data.partneringModels,
      budgetBand: data.budgetBand,
      deadline,
      visibility: data.visibility,
      status: data.status,
      // Left to the expiry job: a request near its deadline gets its reminder on the job's first run.
      expiryReminderSentAt: null,
      closedAt,
      createdAt,
      updatedAt: closedAt ?? createdAt,
    });
    for (const slug of data.sectors) request.sectors.add(lookup(lookups.sectors, slug, 'sector', data));

    for (const answer of data.responses) {
      const officer = lookup(lookups.officers, answer.officer, 'officer', data);
      const institution = officer.institution ?? fail(data, `${answer.officer} has no institute`);
      if (answer.daysAgo > data.ageDays || (closedAt && ago(answer.daysAgo) > closedAt))
        fail(data, 'a response outside the time it was open');
      const kind = answer.expert ? ResponseKind.EXPERTISE : ResponseKind.LISTINGS;
      const responseProblems = validateRequestResponse({
        kind,
        listingCount: answer.listings?.length ?? 0,
        hasExpert: Boolean(answer.expert),
        message: answer.message,
      });
      if (responseProblems.length) fail(data, `a response: ${responseProblems.map((p) => p.code).join(', ')}`);
      let expert: User | null = null;
      if (answer.expert) {
        expert = lookup(lookups.accounts, answer.expert, 'researcher', data);
        if (expert.role !== UserRole.RESEARCHER || expert.institution?.slug !== institution.slug)
          fail(data, `${answer.expert} is not a researcher of ${institution.slug}`);
      }
      const respondedAt = ago(answer.daysAgo);
      const response = em.create(RequestResponse, {
        request,
        institution,
        author: officer,
        kind,
        expert,
        message: answer.message,
        language: answer.language,
        createdAt: respondedAt,
      });
      for (const proposed of answer.listings ?? []) {
        const asset = lookup(lookups.assets, proposed.slug, 'listing', data);
        if (asset.status !== AssetStatus.PUBLISHED || asset.institution.slug !== institution.slug)
          fail(data, `${proposed.slug} is not a published listing of ${institution.slug}`);
        const decision = proposed.decision;
        if (decision && decision.daysAgo > answer.daysAgo) fail(data, 'a decision before the response');
        em.create(RequestResponseListing, {
          response,
          asset,
          status: decision?.status ?? ProposalStatus.PROPOSED,
          decidedAt: decision ? ago(decision.daysAgo) : null,
        });
        if (decision?.status === ProposalStatus.INTEREST_EXPRESSED) {
          if (decision.message.trim().length < EOI_MESSAGE_MIN_LENGTH) fail(data, 'the EoI message is too short');
          if (openEois.some((eoi) => eoi.company.slug === data.company && eoi.asset.slug === proposed.slug))
            fail(data, `${data.company} already has an open EoI on ${proposed.slug}`);
          // The expression of interest the proposal turned into, as the API submits it.
          const submittedAt = ago(decision.daysAgo);
          const eoi = em.create(ExpressionOfInterest, {
            asset,
            company,
            submitter: author,
            interestType: decision.interestType,
            message: decision.message,
            intendedUse: null,
            timeline: null,
            language: data.language,
            ndaRequested: false,
            status: EoiStatus.SUBMITTED,
            priority: EoiPriority.NORMAL,
            assignee: null,
            idempotencyKey: `demo-request-proposal-${++interests}`,
            declineReason: null,
            declineMessage: null,
            declineMessageLanguage: null,
            firstResponseAt: null,
            responseDueAt: eoiResponseDueAt(submittedAt),
            overdueNotifiedAt: null,
            lastActivityAt: submittedAt,
            createdAt: submittedAt,
            updatedAt: submittedAt,
          });
          em.create(EoiTransition, {
            eoi,
            actor: author,
            fromStatus: null,
            toStatus: EoiStatus.SUBMITTED,
            reason: null,
            language: data.language,
            at: submittedAt,
          });
          em.create(EoiReadMarker, { eoi, user: author, readAt: submittedAt });
        }
        if (decision?.status === ProposalStatus.DECLINED) {
          // Why the company passed on it, as declining records it (source PROPOSAL_DECLINED).
          em.create(ListingFeedback, {
            asset,
            company,
            author,
            source: FeedbackSource.PROPOSAL_DECLINED,
            reason: decision.reason,
            comment: decision.comment ?? null,
            commentLanguage: decision.comment ? data.language : null,
            createdAt: ago(decision.daysAgo),
          });
        }
      }
    }
  }
  await em.flush();
}
