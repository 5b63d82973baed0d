import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { DisclosurePayloadType, DisclosureType } from './disclosure.type.js';
import { disclosureSide } from './disclosure-access.js';
import { RemoveDisclosureAttachmentInput } from './disclosure-attachment.input.js';
import { mayManageAttachments, removeDisclosureAttachment } from './disclosure-attachment.service.js';
import { DisclosureAttachmentType } from './disclosure-attachment.type.js';
import { disclosurePayload } from './disclosure-payload.js';

// Files are uploaded and downloaded over plain HTTP (http/attachment-routes.ts); GraphQL lists and removes them.
@Resolver(() => DisclosureType)
export class DisclosureAttachmentResolver {
  @FieldResolver(() => [DisclosureAttachmentType], { description: 'The attached files, oldest first' })
  attachments(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): Promise<DisclosureAttachmentType[]> {
    return ctx.loaders.attachmentsByDisclosureId.load(disclosure.dbId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may add and remove files now: its researchers, while it is a draft or returned',
  })
  canManageAttachments(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): boolean {
    return mayManageAttachments(disclosureSide(ctx.viewer, disclosure), disclosure.status);
  }

  @Authorized()
  @InputMutation(() => DisclosurePayloadType, RemoveDisclosureAttachmentInput, {
    description: "Deletes an attached file and its bytes (the disclosure's researchers, while they may edit it)",
  })
  async removeDisclosureAttachment(
    ctx: RequestContext,
    input: RemoveDisclosureAttachmentInput,
  ): Promise<DisclosurePayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => removeDisclosureAttachment(db, viewer, input));
    if (result.storageKey) {
      // After the commit: a failure here leaves an unreferenced file, never a row without its file.
      await ctx.attachments.delete(result.storageKey).catch((error: unknown) => {
        ctx.logger.warn({ err: error, storageKey: result.storageKey }, 'could not delete an attachment file');
      });
    }
    return disclosurePayload(ctx, result);
  }
}
