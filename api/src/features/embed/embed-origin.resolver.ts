import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { toPayload } from '../../schema/to-payload.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { EmbedOriginInput } from './embed-origin.input.js';
import { addEmbedOrigin, listEmbedOrigins, removeEmbedOrigin } from './embed-origins.service.js';
import { EmbedOriginsPayloadType } from './embed-origins.type.js';

/** The websites allowed to frame an institute's listings widget: its office reads and changes them. */
@Resolver()
export class EmbedOriginResolver {
  @Authorized()
  @Query(() => [String], {
    description: "The sites allowed to show an institute's listings widget (its office and administrators)",
  })
  institutionEmbedOrigins(
    @Ctx() ctx: RequestContext,
    @Arg('institutionId', () => ID) institutionId: string,
  ): Promise<string[]> {
    return listEmbedOrigins(ctx.db, ctx.viewer, institutionId);
  }

  @Authorized()
  @InputMutation(() => EmbedOriginsPayloadType, EmbedOriginInput, {
    description: "Allows a site to show the institute's listings widget",
  })
  async addEmbedOrigin(ctx: RequestContext, input: EmbedOriginInput): Promise<EmbedOriginsPayloadType> {
    const options = { allowHttpLocalhost: !ctx.production };
    return toPayload(
      'origins',
      await inViewerTransaction(ctx, (db, viewer) => addEmbedOrigin(db, viewer, input, options)),
    );
  }

  @Authorized()
  @InputMutation(() => EmbedOriginsPayloadType, EmbedOriginInput, {
    description: "Stops a site from showing the institute's listings widget",
  })
  async removeEmbedOrigin(ctx: RequestContext, input: EmbedOriginInput): Promise<EmbedOriginsPayloadType> {
    return toPayload('origins', await inViewerTransaction(ctx, (db, viewer) => removeEmbedOrigin(db, viewer, input)));
  }
}
