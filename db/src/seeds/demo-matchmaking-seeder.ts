import type { EntityManager } from '@mikro-orm/core';
import { EoiStatus } from '@tt/shared/eoi-transitions';
import { FeedbackSource } from '@tt/shared/feedback-enums';
import { Language } from '@tt/shared/languages';
import type { Asset } from '../entities/asset.entity.js';
import type { Company } from '../entities/company.entity.js';
import { EoiTransition } from '../entities/eoi-transition.entity.js';
import { ExpressionOfInterest } from '../entities/expression-of-interest.entity.js';
import { ListingFeedback } from '../entities/listing-feedback.entity.js';
import { RecommendationDismissal } from '../entities/recommendation-dismissal.entity.js';
import { User } from '../entities/user.entity.js';
import { demoCompanyTrlRanges, demoDismissals, demoWithdrawalFeedback } from './demo/demo-matchmaking.js';
import { demoClock } from './demo-clock.js';

/** What the demo seeder has already made, by the keys the demo data use. */
export interface DemoMatchmakingLookups {
  /** by slug */
  assets: Map<string, Asset>;
  /** by slug */
  companies: Map<string, Company>;
}

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (!found) throw new Error(`Demo matchmaking data refers to an unknown ${what}: ${key}`);
  return found;
}

/**
 * The demo companies' TRL ranges, and their feedback on a few listings (demo/demo-matchmaking.ts): with the demo
 * EoIs they withdrew (dated as the withdrawal, by whoever withdrew) and as recommendations they dismissed.
 */
export async function seedDemoMatchmaking(
  em: EntityManager,
  lookups: DemoMatchmakingLookups,
  now = new Date(),
): Promise<void> {
  for (const [slug, range] of Object.entries(demoCompanyTrlRanges)) {
    const company = lookup(lookups.companies, slug, 'company');
    company.trlMin = range?.[0] ?? null;
    company.trlMax = range?.[1] ?? null;
  }
  for (const feedback of demoWithdrawalFeedback) {
    const asset = lookup(lookups.assets, feedback.asset, 'listing');
    const company = lookup(lookups.companies, feedback.company, 'company');
    const eoi = await em.findOne(ExpressionOfInterest, { asset, company, status: EoiStatus.WITHDRAWN });
    const withdrawal = eoi && (await em.findOne(EoiTransition, { eoi, toStatus: EoiStatus.WITHDRAWN }));
    if (!eoi || !withdrawal) throw new Error(`Demo feedback: ${feedback.company} withdrew no EoI on ${feedback.asset}`);
    em.create(ListingFeedback, {
      asset,
      company,
      author: withdrawal.actor ?? null,
      source: FeedbackSource.EOI_WITHDRAWN,
      reason: feedback.reason,
      comment: feedback.comment,
      commentLanguage: feedback.comment ? Language.EN : null,
      createdAt: withdrawal.at,
    });
  }
  for (const dismissal of demoDismissals) {
    const asset = lookup(lookups.assets, dismissal.asset, 'listing');
    const company = lookup(lookups.companies, dismissal.company, 'company');
    const at = demoClock(now).thread(`demo-dismissal-${dismissal.company}-${dismissal.asset}`)(dismissal.ageDays);
    const author = await em.findOne(User, { company }, { orderBy: { id: 'asc' } });
    em.create(RecommendationDismissal, { company, asset, createdAt: at });
    em.create(ListingFeedback, {
      asset,
      company,
      author,
      source: FeedbackSource.RECOMMENDATION_DISMISSED,
      reason: dismissal.reason,
      comment: dismissal.comment,
      commentLanguage: dismissal.comment ? Language.EN : null,
      createdAt: at,
    });
  }
  await em.flush();
}
