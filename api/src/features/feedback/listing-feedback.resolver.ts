import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { AssetType } from '../catalogue/asset.type.js';
import { CompanyType } from '../partners/company.type.js';
import { checkCanSeeListingFeedback, feedbackCountScope, seesFeedbackCompany } from './feedback-access.js';
import { countFeedbackReasons } from './listing-feedback.service.js';
import { FeedbackReasonCountType, ListingFeedbackType } from './listing-feedback.type.js';

@Resolver(() => AssetType)
export class AssetFeedbackResolver {
  @FieldResolver(() => [ListingFeedbackType], {
    nullable: true,
    description:
      "Companies' feedback on the listing, newest first: for its office and its inventors only (FORBIDDEN for anyone else)",
  })
  async feedback(@Root() asset: AssetType, @Ctx() ctx: RequestContext): Promise<ListingFeedbackType[]> {
    checkCanSeeListingFeedback(ctx.viewer, asset, await ctx.loaders.inventorUserIdsByAssetId.load(asset.dbId));
    return ctx.loaders.feedbackByAssetId.load(asset.dbId);
  }
}

@Resolver(() => ListingFeedbackType)
export class ListingFeedbackResolver {
  @Authorized()
  @Query(() => [FeedbackReasonCountType], {
    description:
      "How often companies gave each reason on the office's listings (every institute's for admins), most given first",
  })
  listingFeedbackCounts(@Ctx() ctx: RequestContext): Promise<FeedbackReasonCountType[]> {
    return countFeedbackReasons(ctx.db, feedbackCountScope(ctx.viewer));
  }

  @FieldResolver(() => CompanyType, {
    nullable: true,
    description: "The company that gave it: for the listing's office only, null for its inventors",
  })
  async company(@Root() feedback: ListingFeedbackType, @Ctx() ctx: RequestContext): Promise<CompanyType | null> {
    if (!seesFeedbackCompany(ctx.viewer, feedback)) return null;
    return ctx.loaders.companyById.load(feedback.companyId);
  }
}
