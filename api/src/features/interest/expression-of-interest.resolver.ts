import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { allowedEoiTransitions, EoiPriority, EoiStatus } from '@tt/shared/eoi-transitions';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../context.js';
import { PageArgs, pageOf } from '../../pagination/page-args.type.js';
import { InputMutation } from '../../schema/input-mutation.js';
import type { UserErrorType } from '../../schema/user-error.type.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { AssetType } from '../catalogue/asset.type.js';
import { CompanyType } from '../partners/company.type.js';
import { eoiSide, seesOfficeData } from './eoi-access.js';
import { findVisibleEoi } from './eoi-access.service.js';
import { listEois } from './eoi-queries.service.js';
import { submitExpressionOfInterest } from './eoi-submission.service.js';
import { unreadCount, visibleHistory, visibleThread } from './eoi-thread.js';
import { assignEoi, markEoiRead, postEoiMessage, setEoiPriority, transitionEoi } from './eoi-workflow.service.js';
import {
  AssignExpressionOfInterestInput,
  ExpressionOfInterestFilterInput,
  ExpressionOfInterestIdInput,
  PostExpressionOfInterestMessageInput,
  SetExpressionOfInterestPriorityInput,
  SubmitExpressionOfInterestInput,
  TransitionExpressionOfInterestInput,
} from './expression-of-interest.input.js';
import {
  EoiHistoryEntryType,
  EoiMessageType,
  ExpressionOfInterestConnectionType,
  ExpressionOfInterestType,
  OfficerRefType,
} from './expression-of-interest.type.js';
import { ExpressionOfInterestPayloadType } from './expression-of-interest-payload.type.js';

type Outcome = { ok: true; eoiId: number } | { ok: false; errors: UserErrorType[] };

@Resolver(() => ExpressionOfInterestType)
export class ExpressionOfInterestResolver {
  @Authorized()
  @Query(() => ExpressionOfInterestConnectionType, {
    description: "What the viewer may see: their company's EoIs, their institute's, or all for admins",
  })
  expressionsOfInterest(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ExpressionOfInterestFilterInput, { nullable: true })
    filter: ExpressionOfInterestFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ExpressionOfInterestConnectionType> {
    return listEois(ctx.db, ctx.viewer, { filter: filter ?? {}, ...pageOf(page) });
  }

  @Authorized(['COMPANY_MEMBER'])
  @InputMutation(() => ExpressionOfInterestPayloadType, SubmitExpressionOfInterestInput, {
    description:
      'A company member expresses interest in a published asset; retries with the same key make no second EoI',
  })
  async submitExpressionOfInterest(
    ctx: RequestContext,
    input: SubmitExpressionOfInterestInput,
  ): Promise<ExpressionOfInterestPayloadType> {
    // No transaction: the service's one writing statement is atomic by itself (see there).
    const result = await submitExpressionOfInterest(
      ctx.db,
      ctx.viewer!,
      { ...input, language: ctx.language },
      ctx.publicUrl,
    );
    // A new EoI comes back from its own insert, its submitter's to see: no second read.
    if (result.ok && result.eoi) return { expressionOfInterest: result.eoi, errors: [] };
    return this.payload(ctx, result);
  }

  @Authorized()
  @InputMutation(() => ExpressionOfInterestPayloadType, TransitionExpressionOfInterestInput)
  async transitionExpressionOfInterest(
    ctx: RequestContext,
    input: TransitionExpressionOfInterestInput,
  ): Promise<ExpressionOfInterestPayloadType> {
    return this.change(ctx, (db, viewer) =>
      transitionEoi(db, viewer, { ...input, language: ctx.language }, ctx.publicUrl),
    );
  }

  @Authorized()
  @InputMutation(() => ExpressionOfInterestPayloadType, PostExpressionOfInterestMessageInput)
  async postExpressionOfInterestMessage(
    ctx: RequestContext,
    input: PostExpressionOfInterestMessageInput,
  ): Promise<ExpressionOfInterestPayloadType> {
    return this.change(ctx, (db, viewer) =>
      postEoiMessage(db, ctx.rateLimiter, viewer, { ...input, language: ctx.language }, ctx.publicUrl),
    );
  }

  @Authorized()
  @InputMutation(() => ExpressionOfInterestPayloadType, AssignExpressionOfInterestInput)
  async assignExpressionOfInterest(
    ctx: RequestContext,
    input: AssignExpressionOfInterestInput,
  ): Promise<ExpressionOfInterestPayloadType> {
    return this.change(ctx, (db, viewer) => assignEoi(db, viewer, input, ctx.publicUrl));
  }

  @Authorized()
  @InputMutation(() => ExpressionOfInterestPayloadType, SetExpressionOfInterestPriorityInput)
  async setExpressionOfInterestPriority(
    ctx: RequestContext,
    input: SetExpressionOfInterestPriorityInput,
  ): Promise<ExpressionOfInterestPayloadType> {
    return this.change(ctx, (db, viewer) => setEoiPriority(db, viewer, input));
  }

  @Authorized()
  @InputMutation(() => ExpressionOfInterestPayloadType, ExpressionOfInterestIdInput, {
    description: 'Marks the thread read up to now for the viewer',
  })
  async markExpressionOfInterestRead(
    ctx: RequestContext,
    input: ExpressionOfInterestIdInput,
  ): Promise<ExpressionOfInterestPayloadType> {
    return this.payload(ctx, await markEoiRead(ctx.db, ctx.viewer!, input.id));
  }

  @FieldResolver(() => AssetType, {
    nullable: true,
    description: 'The listing; for the company, only while it is published',
  })
  async asset(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<AssetType | null> {
    const asset = await ctx.loaders.assetById.load(eoi.assetId);
    if (!asset) return null;
    const side = eoiSide(ctx.viewer, eoi);
    return side === 'OFFICE' || asset.status === AssetStatus.PUBLISHED ? asset : null;
  }

  @FieldResolver(() => EoiPriority, {
    nullable: true,
    description: "The office's triage priority; null for the company, whose business it is not",
  })
  priority(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): EoiPriority | null {
    return seesOfficeData(ctx.viewer, eoi) ? eoi.priority : null;
  }

  @FieldResolver(() => CompanyType)
  async company(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<CompanyType> {
    return (await ctx.loaders.companyById.load(eoi.companyId))!;
  }

  @FieldResolver(() => OfficerRefType, { nullable: true })
  async assignee(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<OfficerRefType | null> {
    if (!eoi.assigneeId) return null;
    const user = await ctx.loaders.userById.load(eoi.assigneeId);
    return user ? { id: user.id, name: user.name } : null;
  }

  @FieldResolver(() => [EoiStatus], { description: 'The moves the viewer may make now' })
  allowedTransitions(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): readonly EoiStatus[] {
    const side = eoiSide(ctx.viewer, eoi);
    return side ? allowedEoiTransitions(side, eoi.status) : [];
  }

  @FieldResolver(() => [EoiHistoryEntryType], { description: 'Every change of status, oldest first' })
  async history(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<EoiHistoryEntryType[]> {
    return visibleHistory(eoiSide(ctx.viewer, eoi), await ctx.loaders.eoiHistoryByEoiId.load(eoi.dbId));
  }

  @FieldResolver(() => [EoiMessageType], { description: 'The thread; the company never receives internal notes' })
  async messages(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<EoiMessageType[]> {
    return visibleThread(eoiSide(ctx.viewer, eoi), await ctx.loaders.eoiMessagesByEoiId.load(eoi.dbId));
  }

  @FieldResolver(() => Int, { description: 'Messages from the other side since the viewer last read the thread' })
  async unreadCount(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<number> {
    const viewer = ctx.viewer;
    const side = eoiSide(viewer, eoi);
    if (!viewer || !side) return 0;
    const [rows, readAt] = await Promise.all([
      ctx.loaders.eoiMessagesByEoiId.load(eoi.dbId),
      ctx.loaders.eoiReadAtByEoiId.load({ eoiId: eoi.dbId, userId: viewer.userId }),
    ]);
    return unreadCount(side, rows, readAt);
  }

  /** Runs the change in one transaction as the viewer, then answers with the result as the viewer sees it. */
  private async change(
    ctx: RequestContext,
    run: (db: Db, viewer: Viewer) => Promise<Outcome>,
  ): Promise<ExpressionOfInterestPayloadType> {
    return this.payload(ctx, await inViewerTransaction(ctx, run));
  }

  private async payload(ctx: RequestContext, result: Outcome): Promise<ExpressionOfInterestPayloadType> {
    if (!result.ok) return { expressionOfInterest: null, errors: result.errors };
    const found = await findVisibleEoi(ctx.db, ctx.viewer, result.eoiId);
    return { expressionOfInterest: found?.eoi ?? null, errors: [] };
  }
}
