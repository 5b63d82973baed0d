import type { EntityManager } from '@mikro-orm/core';
import {
  AGREEMENT_LIMITS,
  AgreementStatus,
  agreementStatusProblems,
  EOI_STATUSES_FOR_AGREEMENTS,
  validateAgreement,
  validateMilestone,
} from '@tt/shared/agreement-rules';
import { EoiStatus } from '@tt/shared/eoi-transitions';
import { type AvailabilityAgreement, listingAvailability } from '@tt/shared/listing-availability';
import { isoDay } from '@tt/shared/technology-request-rules';
import { Agreement } from '../entities/agreement.entity.js';
import { AgreementListing } from '../entities/agreement-listing.entity.js';
import { AgreementMilestone } from '../entities/agreement-milestone.entity.js';
import type { Asset } from '../entities/asset.entity.js';
import type { Company } from '../entities/company.entity.js';
import { EoiAgreement } from '../entities/eoi-agreement.entity.js';
import { ExpressionOfInterest } from '../entities/expression-of-interest.entity.js';
import type { User } from '../entities/user.entity.js';
import { type DemoAgreement, demoAgreements } from './demo/demo-agreements.js';
import { demoClock } from './demo-clock.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DemoAgreementLookups {
  /** by slug */
  assets: Map<string, Asset>;
  /** by slug */
  companies: Map<string, Company>;
  /** by officer key (demo-institutions.ts) */
  officers: Map<string, User>;
}

function fail(agreement: DemoAgreement, problem: string): never {
  throw new Error(`Demo agreement "${agreement.title}": ${problem}`);
}

function lookup<T>(map: Map<string, T>, key: string, what: string, agreement: DemoAgreement): T {
  return map.get(key) ?? fail(agreement, `unknown ${what} "${key}"`);
}

/**
 * Loads the demo agreements (demo/demo-agreements.ts) as the office would have recorded them: each checked against
 * shared/agreement-rules.ts (its fields, the dates its status needs, its payments), its listings and owner of its
 * institute, and one made from an EoI linked to the company's demo EoI on its first listing (in negotiation or
 * agreed; an agreed EoI's licence is the one that closed it). Run after the EoIs.
 */
export async function seedDemoAgreements(em: EntityManager, lookups: DemoAgreementLookups, now = new Date()) {
  const day = (days: number | undefined) =>
    days === undefined ? null : isoDay(new Date(now.getTime() + days * DAY_MS));
  const today = isoDay(now);
  // Each listing's agreements, for its availability (the shared rule, as the API keeps it).
  const covering = new Map<Asset, AvailabilityAgreement[]>();
  for (const data of demoAgreements) {
    const company = lookup(lookups.companies, data.company, 'company', data);
    const owner = lookup(lookups.officers, data.owner, 'officer', data);
    const institution = owner.institution ?? fail(data, `${data.owner} has no institute`);
    if (institution.slug !== data.institution) fail(data, `${data.owner} is not an officer of ${data.institution}`);
    const listings = data.listings.map((slug) => {
      const asset = lookup(lookups.assets, slug, 'listing', data);
      if (asset.institution.slug !== data.institution) fail(data, `${slug} is not a listing of ${data.institution}`);
      return asset;
    });
    const fields = {
      type: data.type,
      title: data.title,
      exclusivity: data.exclusivity ?? null,
      fieldOfUse: data.fieldOfUse ?? null,
      territory: data.territory ?? null,
      notes: data.notes,
      listingCount: listings.length,
      royaltyRateBasisPoints: data.royaltyRateBasisPoints ?? null,
      royaltyReportingPeriod: data.royaltyReportingPeriod ?? null,
      signatureDate: day(data.signedInDays),
      effectiveDate: day(data.effectiveInDays),
      expiryDate: day(data.expiresInDays),
    };
    const problems = [
      ...validateAgreement(fields),
      // An expired one's date has come; the others keep the dates their status needs.
      ...agreementStatusProblems(data.status, fields, data.status === AgreementStatus.EXPIRED ? today : '9999-12-31'),
    ];
    if (problems.length) fail(data, problems.map((problem) => `${problem.field} ${problem.code}`).join(', '));
    const inForce = data.status === AgreementStatus.SIGNED || data.status === AgreementStatus.ACTIVE;
    if (inForce && fields.expiryDate && fields.expiryDate < today) fail(data, 'in force past its expiry date');
    const createdAt = demoClock(now).thread(`demo-agreement-${data.title}`)(data.ageDays);
    const agreement = em.create(Agreement, {
      institution,
      company,
      type: data.type,
      title: data.title,
      status: data.status,
      exclusivity: fields.exclusivity,
      fieldOfUse: fields.fieldOfUse,
      territory: fields.territory,
      signatureDate: fields.signatureDate,
      effectiveDate: fields.effectiveDate,
      expiryDate: fields.expiryDate,
      owner,
      notes: data.notes,
      termsSharedWithInventors: data.termsSharedWithInventors ?? false,
      royaltyRateBasisPoints: fields.royaltyRateBasisPoints,
      royaltyReportingPeriod: fields.royaltyReportingPeriod,
      // Left to the expiry job: one about to expire gets its reminder on the job's first run.
      expiryReminderSentAt: null,
      createdAt,
      updatedAt: createdAt,
    });
    for (const asset of listings) {
      em.create(AgreementListing, { agreement, asset });
      covering.set(asset, [...(covering.get(asset) ?? []), { ...fields, status: data.status }]);
    }
    if ((data.milestones?.length ?? 0) > AGREEMENT_LIMITS.milestonesMax) fail(data, 'too many payments');
    for (const milestone of data.milestones ?? []) {
      const payment = {
        kind: milestone.kind,
        event: milestone.event,
        dueDate: day(milestone.dueInDays),
        trigger: milestone.trigger ?? null,
        amountCents: milestone.amountEuros * 100,
        status: milestone.status,
        receivedAmountCents: milestone.received ? milestone.received.euros * 100 : null,
        receivedOn: milestone.received ? day(-milestone.received.daysAgo) : null,
      };
      const paymentProblems = validateMilestone(payment);
      if (paymentProblems.length) fail(data, `a payment: ${paymentProblems.map((problem) => problem.code).join(', ')}`);
      em.create(AgreementMilestone, { agreement, ...payment, createdAt });
    }
    if (data.fromEoi) {
      const eoi = await em.findOne(ExpressionOfInterest, {
        company: { slug: data.company },
        asset: { slug: data.listings[0]! },
      });
      if (!eoi) fail(data, `${data.company} has no demo EoI on ${data.listings[0]}`);
      const closes = data.fromEoi.closes;
      if (closes !== (eoi.status === EoiStatus.AGREED)) fail(data, 'only an agreed EoI is closed by its agreement');
      if (!EOI_STATUSES_FOR_AGREEMENTS.includes(eoi.status)) fail(data, `the EoI is ${eoi.status}`);
      em.create(EoiAgreement, { eoi, agreement, closesEoi: closes, createdAt });
    }
  }
  for (const [asset, agreements] of covering) asset.availability = listingAvailability(agreements);
  await em.flush();
}
