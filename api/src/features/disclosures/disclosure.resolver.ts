import { allowedDisclosureTransitions, DisclosureStatus } from '@tt/shared/disclosure-transitions';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { parsePageSize } from '../../pagination/page-info.js';
import { InstitutionType } from '../institutions/institution.type.js';
import { OfficerRefType } from '../interest/expression-of-interest.type.js';
import {
  AssessDisclosureInput,
  AssignDisclosureInput,
  DisclosureFilterInput,
  DisclosureIdInput,
  PostDisclosureMessageInput,
  SaveDisclosureDraftInput,
  TransitionDisclosureInput,
} from './disclosure.input.js';
import { findVisibleDisclosure } from './disclosure.service.js';
import {
  DisclosureAssessmentType,
  DisclosureConnectionType,
  DisclosureHistoryEntryType,
  DisclosureMessageType,
  DisclosurePayloadType,
  DisclosureType,
} from './disclosure.type.js';
import { disclosureSide } from './disclosure-access.js';
import { saveDisclosureDraft } from './disclosure-draft.service.js';
import { listDisclosures } from './disclosure-list.service.js';
import { postDisclosureMessage } from './disclosure-message.service.js';
import type { DisclosureOutcome } from './disclosure-records.js';
import {
  assessDisclosure,
  assignDisclosure,
  submitDisclosure,
  transitionDisclosure,
} from './disclosure-workflow.service.js';

@Resolver(() => DisclosureType)
export class DisclosureResolver {
  @Authorized()
  @Query(() => DisclosureConnectionType, {
    description: "What the viewer may see: the disclosures they are on, their institute's, or all for admins",
  })
  disclosures(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => DisclosureFilterInput, { nullable: true }) filter: DisclosureFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<DisclosureConnectionType> {
    return listDisclosures(ctx.db, ctx.viewer, {
      statuses: filter?.statuses ?? null,
      first: parsePageSize(first),
      after,
    });
  }

  @Authorized()
  @Mutation(() => DisclosurePayloadType, {
    description:
      'Creates a draft (researchers) or saves the form of one; a stale expectedVersion is a VERSION_CONFLICT',
  })
  async saveDisclosureDraft(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveDisclosureDraftInput) input: SaveDisclosureDraftInput,
  ): Promise<DisclosurePayloadType> {
    return this.payload(
      ctx,
      await ctx.em.transactional((tx) => saveDisclosureDraft(tx.getKysely(), ctx.viewer!, input)),
    );
  }

  @Authorized()
  @Mutation(() => DisclosurePayloadType, {
    description: 'Submits a draft, or resubmits one returned with questions; the whole form must be valid',
  })
  async submitDisclosure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DisclosureIdInput) input: DisclosureIdInput,
  ): Promise<DisclosurePayloadType> {
    return this.payload(
      ctx,
      await ctx.em.transactional((tx) => submitDisclosure(tx.getKysely(), ctx.viewer!, input, ctx.publicUrl)),
    );
  }

  @Authorized()
  @Mutation(() => DisclosurePayloadType)
  async transitionDisclosure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TransitionDisclosureInput) input: TransitionDisclosureInput,
  ): Promise<DisclosurePayloadType> {
    return this.payload(
      ctx,
      await ctx.em.transactional((tx) => transitionDisclosure(tx.getKysely(), ctx.viewer!, input, ctx.publicUrl)),
    );
  }

  @Authorized()
  @Mutation(() => DisclosurePayloadType, { description: "The office's assessment (office only)" })
  async assessDisclosure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AssessDisclosureInput) input: AssessDisclosureInput,
  ): Promise<DisclosurePayloadType> {
    return this.payload(ctx, await ctx.em.transactional((tx) => assessDisclosure(tx.getKysely(), ctx.viewer!, input)));
  }

  @Authorized()
  @Mutation(() => DisclosurePayloadType, {
    description: 'A message in the thread between the researchers and the office',
  })
  async postDisclosureMessage(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PostDisclosureMessageInput) input: PostDisclosureMessageInput,
  ): Promise<DisclosurePayloadType> {
    return this.payload(
      ctx,
      await ctx.em.transactional((tx) =>
        postDisclosureMessage(tx.getKysely(), ctx.rateLimiter, ctx.viewer!, input, ctx.publicUrl),
      ),
    );
  }

  @Authorized()
  @Mutation(() => DisclosurePayloadType, {
    description: 'Assigns a disclosure to an officer of its institute (office only)',
  })
  async assignDisclosure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AssignDisclosureInput) input: AssignDisclosureInput,
  ): Promise<DisclosurePayloadType> {
    return this.payload(ctx, await ctx.em.transactional((tx) => assignDisclosure(tx.getKysely(), ctx.viewer!, input)));
  }

  @FieldResolver(() => DisclosureAssessmentType, {
    nullable: true,
    description: "The office's assessment; null for anyone but the office",
  })
  assessment(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): DisclosureAssessmentType | null {
    return disclosureSide(ctx.viewer, disclosure) === 'OFFICE' ? disclosure.assessmentData : null;
  }

  @FieldResolver(() => InstitutionType, { description: 'The institute whose office it was disclosed to' })
  async institution(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): Promise<InstitutionType> {
    const institution = await ctx.loaders.institutionById.load(disclosure.institutionId);
    if (!institution) throw new Error(`Disclosure ${disclosure.dbId} has no institution`);
    return institution;
  }

  @FieldResolver(() => OfficerRefType, { nullable: true })
  async assignee(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): Promise<OfficerRefType | null> {
    if (!disclosure.assigneeId) return null;
    const user = await ctx.loaders.userById.load(disclosure.assigneeId);
    return user ? { id: user.id, name: user.name } : null;
  }

  @FieldResolver(() => [DisclosureStatus], { description: 'The moves the viewer may make now' })
  allowedTransitions(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): readonly DisclosureStatus[] {
    const side = disclosureSide(ctx.viewer, disclosure);
    return side ? allowedDisclosureTransitions(side, disclosure.status) : [];
  }

  @FieldResolver(() => [DisclosureHistoryEntryType], { description: 'Every change of status, oldest first' })
  history(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): Promise<DisclosureHistoryEntryType[]> {
    return ctx.loaders.disclosureHistoryById.load(disclosure.dbId);
  }

  @FieldResolver(() => [DisclosureMessageType], { description: 'The thread between the researchers and the office' })
  messages(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): Promise<DisclosureMessageType[]> {
    return ctx.loaders.disclosureMessagesById.load(disclosure.dbId);
  }

  private async payload(ctx: RequestContext, result: DisclosureOutcome): Promise<DisclosurePayloadType> {
    const id = result.disclosureId;
    const found = id ? await findVisibleDisclosure(ctx.db, ctx.viewer, id) : null;
    return { disclosure: found?.disclosure ?? null, errors: result.ok ? [] : result.errors };
  }
}
