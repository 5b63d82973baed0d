import { AssetStatus } from '@tt/shared/asset-enums';
import { ProposalStatus } from '@tt/shared/technology-request-enums';
import { Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { isOfficeOf } from '../../auth/policies.js';
import type { RequestContext } from '../../context.js';
import type { UserError } from '../../errors/user-error.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { AssetType } from '../catalogue/asset.type.js';
import { InstitutionType } from '../institutions/institution.type.js';
import { requestLoaders } from './request-loaders.js';
import { declineProposal, expressInterestInProposal } from './request-proposal.service.js';
import {
  DeclineProposalInput,
  ExpressInterestInProposalInput,
  RespondToTechnologyRequestInput,
} from './request-response.input.js';
import { respondToTechnologyRequest } from './request-response.service.js';
import { RequestExpertType, RequestProposalType, RequestResponseType } from './request-response.type.js';
import { readProposal } from './request-response-records.js';
import { RequestProposalPayloadType, RequestResponsePayloadType } from './technology-request-payload.type.js';

// Responses and proposals are reached only through TechnologyRequest.responses, which keeps those the viewer may
// read (technology-request-access.ts): what hangs below them needs no check of its own but the listing's status.

@Resolver(() => RequestResponseType)
export class RequestResponseResolver {
  @Authorized(['TT_OFFICER'])
  @InputMutation(() => RequestResponsePayloadType, RespondToTechnologyRequestInput, {
    description: "An officer responds to an open request with the institute's listings or a researcher's expertise",
  })
  async respondToTechnologyRequest(
    ctx: RequestContext,
    input: RespondToTechnologyRequestInput,
  ): Promise<RequestResponsePayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) =>
      respondToTechnologyRequest(db, ctx.rateLimiter, viewer, { ...input, language: ctx.language }, ctx.publicUrl),
    );
    if (!result.ok) return { response: null, errors: result.errors };
    const request = await ctx.db
      .selectFrom('request_response')
      .select('request_id')
      .where('id', '=', result.responseId)
      .executeTakeFirstOrThrow();
    const responses = await requestLoaders(ctx).responsesByRequestId.load(request.request_id as number);
    return { response: responses.find((response) => response.dbId === result.responseId) ?? null, errors: [] };
  }

  @FieldResolver(() => InstitutionType, { description: 'The responding institute' })
  async institution(@Root() response: RequestResponseType, @Ctx() ctx: RequestContext): Promise<InstitutionType> {
    const institution = await ctx.loaders.institutionById.load(response.institutionId);
    if (!institution) throw new Error(`Response ${response.dbId} has no institution`);
    return institution;
  }

  @FieldResolver(() => RequestExpertType, { nullable: true, description: 'EXPERTISE: the researcher proposed' })
  async expert(@Root() response: RequestResponseType, @Ctx() ctx: RequestContext): Promise<RequestExpertType | null> {
    if (!response.expertId) return null;
    const user = await ctx.loaders.userById.load(response.expertId);
    return user ? { name: user.name, title: user.title, titleLanguage: user.titleLanguage } : null;
  }

  @FieldResolver(() => [RequestProposalType], { description: 'LISTINGS: the listings proposed, in their order' })
  proposals(@Root() response: RequestResponseType, @Ctx() ctx: RequestContext): Promise<RequestProposalType[]> {
    return requestLoaders(ctx).proposalsByResponseId.load(response.dbId);
  }
}

type ProposalOutcome = { ok: true; proposalId: number } | { ok: false; errors: UserError[] };

@Resolver(() => RequestProposalType)
export class RequestProposalResolver {
  @Authorized(['COMPANY_MEMBER'])
  @InputMutation(() => RequestProposalPayloadType, ExpressInterestInProposalInput, {
    description:
      'The requesting company turns a proposed listing into an expression of interest in one step; asking again changes nothing',
  })
  async expressInterestInProposal(
    ctx: RequestContext,
    input: ExpressInterestInProposalInput,
  ): Promise<RequestProposalPayloadType> {
    return this.decision(
      ctx,
      await inViewerTransaction(ctx, (db, viewer) =>
        expressInterestInProposal(db, viewer, { ...input, language: ctx.language }, ctx.publicUrl),
      ),
    );
  }

  @Authorized(['COMPANY_MEMBER'])
  @InputMutation(() => RequestProposalPayloadType, DeclineProposalInput, {
    description: 'The requesting company declines a proposed listing, saying why',
  })
  async declineProposal(ctx: RequestContext, input: DeclineProposalInput): Promise<RequestProposalPayloadType> {
    return this.decision(
      ctx,
      await inViewerTransaction(ctx, (db, viewer) => declineProposal(db, viewer, { ...input, language: ctx.language })),
    );
  }

  @FieldResolver(() => AssetType, {
    nullable: true,
    description: 'The listing, while it is published (its own office sees it whatever its status)',
  })
  async asset(@Root() proposal: RequestProposalType, @Ctx() ctx: RequestContext): Promise<AssetType | null> {
    const asset = await ctx.loaders.assetById.load(proposal.assetId);
    if (!asset) return null;
    return asset.status === AssetStatus.PUBLISHED || isOfficeOf(ctx.viewer, asset.institutionId) ? asset : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'INTEREST_EXPRESSED: the expression of interest the company has in the listing',
  })
  async expressionOfInterestId(
    @Root() proposal: RequestProposalType,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    if (proposal.status !== ProposalStatus.INTEREST_EXPRESSED) return null;
    return requestLoaders(ctx).eoiIdByCompanyAndAsset.load(`${proposal.companyId}:${proposal.assetId}`);
  }

  private async decision(ctx: RequestContext, result: ProposalOutcome): Promise<RequestProposalPayloadType> {
    if (!result.ok) return { proposal: null, errors: result.errors };
    const found = await readProposal(ctx.db, result.proposalId);
    return { proposal: found?.proposal ?? null, errors: [] };
  }
}
