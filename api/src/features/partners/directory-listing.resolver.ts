import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { canSeeDirectoryListingRequest } from '../../auth/policies.js';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { toPayload } from '../../schema/to-payload.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { CompanyType } from './company.type.js';
import { CompanyPayloadType } from './company-payload.type.js';
import { ReviewDirectoryListingInput } from './directory-listing.input.js';
import { LISTING_REQUESTS_MAX, pendingListingRequests, reviewDirectoryListing } from './directory-listing.service.js';

@Resolver(() => CompanyType)
export class DirectoryListingResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When a member asked to list the company in the public directory, while nobody has decided; only for its members, administrators and officers (null for anyone else)',
  })
  listingRequestedAt(@Root() company: CompanyType, @Ctx() ctx: RequestContext): Date | null {
    return canSeeDirectoryListingRequest(ctx.viewer, company.dbId) ? company.listingRequestedAt : null;
  }

  @Query(() => [CompanyType], {
    description: `The companies that asked to be listed in the directory, oldest request first (at most ${LISTING_REQUESTS_MAX}); administrators and officers only`,
  })
  directoryListingRequests(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
  ): Promise<CompanyType[]> {
    return pendingListingRequests(ctx.db, ctx.viewer, first);
  }

  @Authorized()
  @InputMutation(() => CompanyPayloadType, ReviewDirectoryListingInput, {
    description: "Approves (lists) or declines a company's request to be listed; administrators and officers only",
  })
  async reviewDirectoryListing(ctx: RequestContext, input: ReviewDirectoryListingInput): Promise<CompanyPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => reviewDirectoryListing(db, viewer, input));
    if (result.ok) {
      ctx.loaders.companyById.clear(result.company.dbId);
    }
    return toPayload('company', result);
  }
}
