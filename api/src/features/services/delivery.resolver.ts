import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { findVisibleEoi } from '../interest/eoi-access.service.js';
import { ExpressionOfInterestType } from '../interest/expression-of-interest.type.js';
import { RecordDeliveryMilestoneInput, RemoveServiceFileInput } from './delivery.input.js';
import { readDelivery, recordDeliveryMilestone } from './delivery.service.js';
import { DeliveryPayloadType, ServiceDeliveryType, ServiceFileType } from './delivery.type.js';
import { removeServiceFile, serviceFilesOf } from './service-file.service.js';

// A service request's delivery and files on the expression of interest: both sides read them; the office records
// milestones and delivers files (uploaded at /uploads/service-requests/:id/files), the company sends its ethics
// approval there.
@Resolver(() => ExpressionOfInterestType)
export class DeliveryResolver {
  @FieldResolver(() => ServiceDeliveryType, {
    nullable: true,
    description: "A service request's delivery milestones, for both sides; null for other EoIs",
  })
  delivery(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<ServiceDeliveryType | null> {
    return readDelivery(ctx.db, ctx.viewer, eoi);
  }

  @FieldResolver(() => [ServiceFileType], {
    nullable: true,
    description:
      "A service request's files, oldest first: delivered files and the ethics approval, for both sides; null for other EoIs",
  })
  serviceFiles(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<ServiceFileType[] | null> {
    return serviceFilesOf(ctx.db, ctx.viewer, eoi);
  }

  @Authorized()
  @InputMutation(() => DeliveryPayloadType, RecordDeliveryMilestoneInput, {
    description: "The request's office records the next delivery milestone (data delivered e-mails the company)",
  })
  async recordDeliveryMilestone(
    ctx: RequestContext,
    input: RecordDeliveryMilestoneInput,
  ): Promise<DeliveryPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) =>
      recordDeliveryMilestone(db, ctx.rateLimiter, viewer, input, ctx.publicUrl),
    );
    if (!result.ok) return { expressionOfInterest: null, errors: result.errors };
    return this.payload(ctx, result.eoiId);
  }

  @Authorized()
  @InputMutation(() => DeliveryPayloadType, RemoveServiceFileInput, {
    description: 'Deletes a file of a service request and its bytes (the side that uploads files of its purpose)',
  })
  async removeServiceFile(ctx: RequestContext, input: RemoveServiceFileInput): Promise<DeliveryPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => removeServiceFile(db, viewer, input));
    // After the commit: a failure here leaves an unreferenced file, never a row without its file.
    await ctx.attachments.delete(result.storageKey).catch((error: unknown) => {
      ctx.logger.warn({ err: error, storageKey: result.storageKey }, 'could not delete a service file');
    });
    return this.payload(ctx, result.eoiId);
  }

  private async payload(ctx: RequestContext, eoiId: number): Promise<DeliveryPayloadType> {
    const found = await findVisibleEoi(ctx.db, ctx.viewer, eoiId);
    return { expressionOfInterest: found?.eoi ?? null, errors: [] };
  }
}
