import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { expectGlobalId, toGlobalId } from '../../schema/global-id.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { selectedFields } from '../../schema/selected-fields.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { lookupOptionsFor } from '../catalogue/asset-lookup.service.js';
import { companiesToApproach } from './companies-to-approach.service.js';
import { inviteCompanyToLook } from './listing-invitation.service.js';
import { DismissRecommendationInput, InviteCompanyToLookInput } from './matchmaking.input.js';
import { recommendationsCompany } from './matchmaking-access.js';
import { DismissRecommendationPayloadType, InviteCompanyToLookPayloadType } from './matchmaking-payload.type.js';
import { dismissRecommendation } from './recommendation-dismissal.service.js';
import { parseRecommendationCount, recommendListings } from './recommendations.service.js';
import { RecommendedCompanyType } from './recommended-company.type.js';
import { RecommendedListingType } from './recommended-listing.type.js';

@Resolver()
export class MatchmakingResolver {
  @Authorized()
  @Query(() => [RecommendedListingType], {
    description:
      "Recommended for you: published listings matching the viewer's company (its sectors, interests, TRL range, open requests and the listings it showed interest in), best first, each with its reasons. Company members only",
  })
  recommendedListings(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1 to 50 (default 10)' }) first: number | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RecommendedListingType[]> {
    const companyId = recommendationsCompany(ctx.viewer);
    // The listings' relations (institute, sectors…) come with the ranking's one statement.
    const fields = selectedFields(info, ['listing']);
    const lookup = lookupOptionsFor(
      fields,
      selectedFields(info, ['listing', 'institution']),
      ctx.loaders,
      ctx.language,
    );
    return recommendListings(ctx.db, companyId, parseRecommendationCount(first), lookup) as Promise<
      RecommendedListingType[]
    >;
  }

  @Authorized()
  @Query(() => [RecommendedCompanyType], {
    description:
      "Companies to approach about one of the office's published listings, best first, each with its reasons and when it was last invited to look. The listing's office only",
  })
  companiesToApproach(
    @Ctx() ctx: RequestContext,
    @Arg('assetId', () => ID) assetId: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1 to 50 (default 10)' }) first: number | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RecommendedCompanyType[]> {
    const id = expectGlobalId(assetId, 'Asset', 'assetId');
    return companiesToApproach(
      ctx.db,
      ctx.viewer,
      id,
      parseRecommendationCount(first),
      ctx.language,
      // The companies' sectors come with the ranking's statement when they are asked for.
      selectedFields(info, ['company']).has('sectors'),
      ctx.loaders,
    ) as Promise<RecommendedCompanyType[]>;
  }

  @Authorized()
  @InputMutation(() => DismissRecommendationPayloadType, DismissRecommendationInput, {
    description:
      'A company member\'s "Not interested": the listing is no longer recommended, and the reason goes to its office as feedback',
  })
  async dismissRecommendation(
    ctx: RequestContext,
    input: DismissRecommendationInput,
  ): Promise<DismissRecommendationPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) =>
      dismissRecommendation(db, viewer, { ...input, language: ctx.language }),
    );
    return result.ok
      ? { dismissed: { assetId: toGlobalId('Asset', result.assetId) }, errors: [] }
      : { dismissed: null, errors: result.errors };
  }

  @Authorized()
  @InputMutation(() => InviteCompanyToLookPayloadType, InviteCompanyToLookInput, {
    description:
      "The office e-mails a company's members a link to one of its published listings (at most 20 companies an hour per officer, and a company once in 30 days per listing)",
  })
  async inviteCompanyToLook(
    ctx: RequestContext,
    input: InviteCompanyToLookInput,
  ): Promise<InviteCompanyToLookPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) =>
      inviteCompanyToLook(db, ctx.rateLimiter, viewer, { ...input, language: ctx.language }, ctx.publicUrl),
    );
    return result.ok
      ? { invitation: { invitedAt: result.invitedAt, recipientCount: result.recipients }, errors: [] }
      : { invitation: null, errors: result.errors };
  }
}
