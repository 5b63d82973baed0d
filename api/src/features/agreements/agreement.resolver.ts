import type { Db } from '@tt/db/database';
import {
  type AgreementStatus,
  allowedAgreementTransitions,
  AgreementStatus as Status,
} from '@tt/shared/agreement-rules';
import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../context.js';
import { PageArgs, pageOf } from '../../pagination/page-args.type.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { AssetType } from '../catalogue/asset.type.js';
import { InstitutionType } from '../institutions/institution.type.js';
import { eoiSide } from '../interest/eoi-access.js';
import { findVisibleEoi } from '../interest/eoi-access.service.js';
import { ExpressionOfInterestType, OfficerRefType } from '../interest/expression-of-interest.type.js';
import { CompanyType } from '../partners/company.type.js';
import {
  AddAgreementMilestoneInput,
  AgreementFilterInput,
  CreateAgreementInput,
  RemoveAgreementAttachmentInput,
  RemoveAgreementMilestoneInput,
  TransitionAgreementInput,
  UpdateAgreementInput,
  UpdateAgreementMilestoneInput,
} from './agreement.input.js';
import {
  type AgreementOutcome,
  agreementAsSeenBy,
  agreementRowsOfEois,
  createAgreement,
  findVisibleAgreement,
  listAgreements,
  mayStartAgreementFrom,
  transitionAgreement,
  updateAgreement,
} from './agreement.service.js';
import {
  AgreementAttachmentType,
  AgreementConnectionType,
  AgreementGqlType,
  AgreementMilestoneType,
} from './agreement.type.js';
import { mayRecordAgreements, seesAgreementDetails } from './agreement-access.js';
import {
  agreementAttachmentLists,
  findVisibleAgreementAttachment,
  removeAgreementAttachment,
} from './agreement-attachment.service.js';
import {
  addAgreementMilestone,
  findVisibleMilestone,
  removeAgreementMilestone,
  updateAgreementMilestone,
} from './agreement-milestone.service.js';
import { AgreementPayloadType } from './agreement-payload.type.js';
import { listingIdsOfAgreements, milestonesOfAgreements } from './agreement-records.js';

function createAgreementLoaders(db: Db) {
  return {
    milestonesByAgreementId: new DataLoader((ids: readonly number[]) => milestonesOfAgreements(db, ids)),
    listingIdsByAgreementId: new DataLoader((ids: readonly number[]) => listingIdsOfAgreements(db, ids)),
    attachmentsByAgreementId: new DataLoader((ids: readonly number[]) => agreementAttachmentLists(db, ids)),
    agreementRowsByEoiId: new DataLoader((ids: readonly number[]) => agreementRowsOfEois(db, ids)),
  };
}

const perRequest = new WeakMap<object, ReturnType<typeof createAgreementLoaders>>();

/** The feature's DataLoaders, one set per GraphQL request: a page of N agreements costs one statement per relation. */
function agreementLoaders(ctx: RequestContext) {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createAgreementLoaders(ctx.db);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}

/** An agreement by its global id as the viewer may read it, or null. */
export async function findAgreementNode(ctx: RequestContext, id: number): Promise<AgreementGqlType | null> {
  return (await findVisibleAgreement(ctx.db, ctx.viewer, id))?.agreement ?? null;
}

@Resolver(() => AgreementGqlType)
export class AgreementResolver {
  @Authorized()
  @Query(() => AgreementConnectionType, {
    description:
      "The agreements the viewer may see, most recently changed first: their institute's for its office (all for admins), their company's made from its EoIs for a company member, those on their listings for an inventor",
  })
  async agreements(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AgreementFilterInput, { nullable: true }) filter: AgreementFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AgreementConnectionType> {
    const result = await listAgreements(ctx.db, ctx.viewer, { filter: filter ?? {}, ...pageOf(page) });
    return { edges: result.edges, pageInfo: result.pageInfo, count: result.totalCount };
  }

  @Query(() => AgreementGqlType, { nullable: true, description: 'An agreement by its id; null when not visible' })
  agreement(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AgreementGqlType | null> {
    const parsed = parseGlobalId(id);
    return parsed?.type === 'Agreement' ? findAgreementNode(ctx, parsed.id) : Promise.resolve(null);
  }

  @Authorized(['TT_OFFICER', 'ADMIN'])
  @InputMutation(() => AgreementPayloadType, CreateAgreementInput, {
    description: 'The office records an agreement, in DRAFTING, on its own or from one of its EoIs',
  })
  createAgreement(ctx: RequestContext, input: CreateAgreementInput): Promise<AgreementPayloadType> {
    return this.change(ctx, (db, viewer) => createAgreement(db, viewer, input, ctx.language));
  }

  @Authorized()
  @InputMutation(() => AgreementPayloadType, UpdateAgreementInput, {
    description: "The agreement's office saves its fields (those left out stay as they are)",
  })
  updateAgreement(ctx: RequestContext, input: UpdateAgreementInput): Promise<AgreementPayloadType> {
    return this.change(ctx, (db, viewer) => updateAgreement(db, viewer, input, ctx.publicUrl, ctx.language));
  }

  @Authorized()
  @InputMutation(() => AgreementPayloadType, TransitionAgreementInput, {
    description: "The agreement's office moves it along its workflow (see allowedTransitions)",
  })
  transitionAgreement(ctx: RequestContext, input: TransitionAgreementInput): Promise<AgreementPayloadType> {
    return this.change(ctx, (db, viewer) => transitionAgreement(db, viewer, input, ctx.publicUrl));
  }

  @Authorized()
  @InputMutation(() => AgreementPayloadType, AddAgreementMilestoneInput, {
    description: "The office adds a payment to an option's or a licence's terms",
  })
  addAgreementMilestone(ctx: RequestContext, input: AddAgreementMilestoneInput): Promise<AgreementPayloadType> {
    return this.change(ctx, (db, viewer) => addAgreementMilestone(db, viewer, input));
  }

  @Authorized()
  @InputMutation(() => AgreementPayloadType, UpdateAgreementMilestoneInput)
  updateAgreementMilestone(ctx: RequestContext, input: UpdateAgreementMilestoneInput): Promise<AgreementPayloadType> {
    return this.change(ctx, (db, viewer) => updateAgreementMilestone(db, viewer, input));
  }

  @Authorized()
  @InputMutation(() => AgreementPayloadType, RemoveAgreementMilestoneInput)
  removeAgreementMilestone(ctx: RequestContext, input: RemoveAgreementMilestoneInput): Promise<AgreementPayloadType> {
    return this.change(ctx, (db, viewer) => removeAgreementMilestone(db, viewer, input));
  }

  @Authorized()
  @InputMutation(() => AgreementPayloadType, RemoveAgreementAttachmentInput, {
    description: "Deletes a document of an agreement and its bytes (the agreement's office)",
  })
  async removeAgreementAttachment(
    ctx: RequestContext,
    input: RemoveAgreementAttachmentInput,
  ): Promise<AgreementPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => removeAgreementAttachment(db, viewer, input));
    if (result.storageKey) {
      // After the commit: a failure here leaves an unreferenced file, never a row without its file.
      await ctx.attachments.delete(result.storageKey).catch((error: unknown) => {
        ctx.logger.warn({ err: error, storageKey: result.storageKey }, 'could not delete an attachment file');
      });
    }
    return this.payload(ctx, result);
  }

  @FieldResolver(() => InstitutionType, { description: 'The institute whose office recorded it' })
  async institution(@Root() agreement: AgreementGqlType, @Ctx() ctx: RequestContext): Promise<InstitutionType> {
    return (await ctx.loaders.institutionById.load(agreement.institutionId))!;
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'The company party; the office sees it' })
  async company(@Root() agreement: AgreementGqlType, @Ctx() ctx: RequestContext): Promise<CompanyType | null> {
    if (!seesAgreementDetails(agreement.side)) return null;
    return ctx.loaders.companyById.load(agreement.companyId);
  }

  @FieldResolver(() => OfficerRefType, {
    nullable: true,
    description: 'The officer who looks after it; the office sees it',
  })
  async owner(@Root() agreement: AgreementGqlType, @Ctx() ctx: RequestContext): Promise<OfficerRefType | null> {
    if (!seesAgreementDetails(agreement.side) || agreement.ownerId === null) return null;
    const user = await ctx.loaders.userById.load(agreement.ownerId);
    return user ? { id: user.id, name: user.name } : null;
  }

  @FieldResolver(() => ExpressionOfInterestType, {
    nullable: true,
    description: 'The expression of interest it came from (or closed); the office sees it',
  })
  async expressionOfInterest(
    @Root() agreement: AgreementGqlType,
    @Ctx() ctx: RequestContext,
  ): Promise<ExpressionOfInterestType | null> {
    if (!seesAgreementDetails(agreement.side) || agreement.eoiDbId === null) return null;
    return (await findVisibleEoi(ctx.db, ctx.viewer, agreement.eoiDbId))?.eoi ?? null;
  }

  @FieldResolver(() => [AssetType], {
    nullable: true,
    description: 'The listings it covers: all of them for the office, their own for an inventor; null for the company',
  })
  async listings(@Root() agreement: AgreementGqlType, @Ctx() ctx: RequestContext): Promise<AssetType[] | null> {
    if (agreement.side === 'COMPANY') return null;
    const ids = await agreementLoaders(ctx).listingIdsByAgreementId.load(agreement.dbId);
    const assets = await ctx.loaders.assetById.loadMany(ids);
    const found = assets.filter((asset): asset is AssetType => asset !== null && !(asset instanceof Error));
    if (agreement.side === 'OFFICE') return found;
    const viewer = ctx.viewer;
    const inventors = await ctx.loaders.inventorUserIdsByAssetId.loadMany(found.map((asset) => asset.dbId));
    return found.filter((_, index) => {
      const users = inventors[index];
      return Array.isArray(users) && viewer !== null && users.includes(viewer.userId);
    });
  }

  @FieldResolver(() => [AgreementMilestoneType], {
    nullable: true,
    description:
      'The payments (upfront, milestones, fees), by due date: for the office, and for the inventors when shared; null otherwise',
  })
  async milestones(
    @Root() agreement: AgreementGqlType,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementMilestoneType[] | null> {
    if (!agreement.termsVisible) return null;
    return agreementLoaders(ctx).milestonesByAgreementId.load(agreement.dbId);
  }

  @FieldResolver(() => [AgreementAttachmentType], {
    nullable: true,
    description: 'Its documents, oldest first (upload at /uploads/agreements/:id/attachments); the office alone',
  })
  async attachments(
    @Root() agreement: AgreementGqlType,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementAttachmentType[] | null> {
    if (!seesAgreementDetails(agreement.side)) return null;
    return agreementLoaders(ctx).attachmentsByAgreementId.load(agreement.dbId);
  }

  @FieldResolver(() => [Status], { description: 'The moves the viewer may make now (the office only)' })
  allowedTransitions(@Root() agreement: AgreementGqlType): readonly AgreementStatus[] {
    return seesAgreementDetails(agreement.side) ? allowedAgreementTransitions(agreement.status) : [];
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer edits it, its payments and documents' })
  viewerCanEdit(@Root() agreement: AgreementGqlType): boolean {
    return seesAgreementDetails(agreement.side);
  }

  /** Runs the change in one transaction as the viewer, then answers with the agreement as the viewer sees it. */
  private async change(
    ctx: RequestContext,
    run: (db: Db, viewer: Viewer) => Promise<AgreementOutcome>,
  ): Promise<AgreementPayloadType> {
    return this.payload(ctx, await inViewerTransaction(ctx, run));
  }

  private async payload(ctx: RequestContext, result: AgreementOutcome): Promise<AgreementPayloadType> {
    if (!result.ok) return { agreement: null, errors: result.errors };
    return { agreement: await findAgreementNode(ctx, result.agreementId), errors: [] };
  }
}

@Resolver(() => AgreementConnectionType)
export class AgreementConnectionResolver {
  @FieldResolver(() => Int, { description: 'Every agreement the viewer may see that matches the filter' })
  totalCount(@Root() connection: AgreementConnectionType): Promise<number> {
    return connection.count();
  }
}

// The expression of interest meets its agreements: declared here, beside the rules of who sees what of them.
@Resolver(() => ExpressionOfInterestType)
export class EoiAgreementsResolver {
  @FieldResolver(() => [AgreementGqlType], {
    description:
      'The agreements made from it or that closed it, oldest first, as the viewer may read them (the company: type and status)',
  })
  async agreements(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<AgreementGqlType[]> {
    const rows = await agreementLoaders(ctx).agreementRowsByEoiId.load(eoi.dbId);
    return rows.map((row) => agreementAsSeenBy(ctx.viewer, row)).filter((record) => record !== null);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may record an agreement from it now (its office, from review to agreed)',
  })
  viewerCanCreateAgreement(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): boolean {
    // A platform manager is on the office side of the EoI but records no agreements (only the office does).
    return mayRecordAgreements(ctx.viewer) && mayStartAgreementFrom(eoiSide(ctx.viewer, eoi), eoi.status);
  }
}

/** For the node query: a payment where its agreement's terms are visible, a document for the office alone. */
export async function findAgreementPartNode(
  ctx: RequestContext,
  type: 'AgreementMilestone' | 'AgreementAttachment',
  id: number,
): Promise<AgreementMilestoneType | AgreementAttachmentType | null> {
  if (type === 'AgreementAttachment')
    return (await findVisibleAgreementAttachment(ctx.db, ctx.viewer, id))?.attachment ?? null;
  return findVisibleMilestone(ctx.db, ctx.viewer, id);
}
