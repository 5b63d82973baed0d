import type { Db } from '@tt/db/database';
import {
  allowedDisclosureTransitions,
  DisclosureStatus,
  mayDeleteDisclosureDraft,
} from '@tt/shared/disclosure-transitions';
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../context.js';
import { PageArgs, pageOf } from '../../pagination/page-args.type.js';
import { toGlobalId } from '../../schema/global-id.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
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
import {
  DeleteDisclosureDraftPayloadType,
  DisclosureAssessmentType,
  DisclosureConnectionType,
  DisclosureHistoryEntryType,
  DisclosureMessageType,
  DisclosurePayloadType,
  DisclosureType,
} from './disclosure.type.js';
import { disclosureSide } from './disclosure-access.js';
import { deleteDisclosureDraft, saveDisclosureDraft } from './disclosure-draft.service.js';
import { disclosureAssignee, listDisclosures } from './disclosure-list.service.js';
import { postDisclosureMessage } from './disclosure-message.service.js';
import { disclosurePayload } from './disclosure-payload.js';
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
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<DisclosureConnectionType> {
    return listDisclosures(ctx.db, ctx.viewer, {
      statuses: filter?.statuses ?? null,
      assigneeId: ctx.viewer ? disclosureAssignee(ctx.viewer, filter?.assigneeId) : null,
      institutionId: filter?.institutionId ?? null,
      ...pageOf(page),
    });
  }

  @Authorized()
  @InputMutation(() => DisclosurePayloadType, SaveDisclosureDraftInput, {
    description:
      'Creates a draft (researchers) or saves the form of one; a stale expectedVersion is a VERSION_CONFLICT',
  })
  async saveDisclosureDraft(ctx: RequestContext, input: SaveDisclosureDraftInput): Promise<DisclosurePayloadType> {
    return this.change(ctx, (db, viewer) => saveDisclosureDraft(db, viewer, input, ctx.language));
  }

  @Authorized()
  @InputMutation(() => DeleteDisclosureDraftPayloadType, DisclosureIdInput, {
    description: 'Deletes a draft that was never submitted, with its files (the researcher who started it only)',
  })
  async deleteDisclosureDraft(
    ctx: RequestContext,
    input: DisclosureIdInput,
  ): Promise<DeleteDisclosureDraftPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => deleteDisclosureDraft(db, viewer, input.id));
    if (!result.ok) return { deletedId: null, errors: result.errors };
    // The rows are gone with the commit; the bytes after it (a failed delete leaves an orphan file, never a row
    // pointing at nothing).
    for (const storageKey of result.storageKeys) {
      await ctx.attachments.delete(storageKey).catch((error: unknown) => {
        ctx.logger.warn({ err: error, storageKey }, 'could not delete an attachment file');
      });
    }
    return { deletedId: toGlobalId('Disclosure', result.deletedId), errors: [] };
  }

  @Authorized()
  @InputMutation(() => DisclosurePayloadType, DisclosureIdInput, {
    description: 'Submits a draft, or resubmits one returned with questions; the whole form must be valid',
  })
  async submitDisclosure(ctx: RequestContext, input: DisclosureIdInput): Promise<DisclosurePayloadType> {
    return this.change(ctx, (db, viewer) =>
      submitDisclosure(db, viewer, { ...input, language: ctx.language }, ctx.publicUrl),
    );
  }

  @Authorized()
  @InputMutation(() => DisclosurePayloadType, TransitionDisclosureInput)
  async transitionDisclosure(ctx: RequestContext, input: TransitionDisclosureInput): Promise<DisclosurePayloadType> {
    return this.change(ctx, (db, viewer) =>
      transitionDisclosure(db, viewer, { ...input, language: ctx.language }, ctx.publicUrl),
    );
  }

  @Authorized()
  @InputMutation(() => DisclosurePayloadType, AssessDisclosureInput, {
    description: "The office's assessment (office only)",
  })
  async assessDisclosure(ctx: RequestContext, input: AssessDisclosureInput): Promise<DisclosurePayloadType> {
    return this.change(ctx, (db, viewer) => assessDisclosure(db, viewer, { ...input, language: ctx.language }));
  }

  @Authorized()
  @InputMutation(() => DisclosurePayloadType, PostDisclosureMessageInput, {
    description: 'A message in the thread between the researchers and the office',
  })
  async postDisclosureMessage(ctx: RequestContext, input: PostDisclosureMessageInput): Promise<DisclosurePayloadType> {
    return this.change(ctx, (db, viewer) =>
      postDisclosureMessage(db, ctx.rateLimiter, viewer, { ...input, language: ctx.language }, ctx.publicUrl),
    );
  }

  @Authorized()
  @InputMutation(() => DisclosurePayloadType, AssignDisclosureInput, {
    description: 'Assigns a disclosure to an officer of its institute (office only)',
  })
  async assignDisclosure(ctx: RequestContext, input: AssignDisclosureInput): Promise<DisclosurePayloadType> {
    return this.change(ctx, (db, viewer) => assignDisclosure(db, viewer, input));
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

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may delete it now: a draft, by who started it' })
  viewerMayDelete(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): boolean {
    return (
      disclosureSide(ctx.viewer, disclosure) === 'RESEARCHER' &&
      mayDeleteDisclosureDraft(disclosure.status, disclosure.createdById === ctx.viewer?.userId)
    );
  }

  @FieldResolver(() => [DisclosureHistoryEntryType], { description: 'Every change of status, oldest first' })
  history(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): Promise<DisclosureHistoryEntryType[]> {
    return ctx.loaders.disclosureHistoryById.load(disclosure.dbId);
  }

  @FieldResolver(() => [DisclosureMessageType], { description: 'The thread between the researchers and the office' })
  messages(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): Promise<DisclosureMessageType[]> {
    return ctx.loaders.disclosureMessagesById.load(disclosure.dbId);
  }

  /** Runs the change in one transaction as the viewer, then answers with the result as the viewer sees it. */
  private async change(
    ctx: RequestContext,
    run: (db: Db, viewer: Viewer) => Promise<DisclosureOutcome>,
  ): Promise<DisclosurePayloadType> {
    return disclosurePayload(ctx, await inViewerTransaction(ctx, run));
  }
}
