import { isDisclosureFinal } from '@tt/shared/disclosure-transitions';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { DisclosurePayloadType, DisclosureType } from './disclosure.type.js';
import { disclosureSide } from './disclosure-access.js';
import { disclosurePayload } from './disclosure-payload.js';
import { AddDisclosureResearcherInput, RemoveDisclosureResearcherInput } from './disclosure-researcher.input.js';
import { addDisclosureResearcher, removeDisclosureResearcher } from './disclosure-researcher.service.js';
import { DisclosureResearcherType } from './disclosure-researcher.type.js';

@Resolver(() => DisclosureType)
export class DisclosureResearcherResolver {
  @FieldResolver(() => [DisclosureResearcherType], {
    description: 'The researcher accounts on it (who see and edit it), the one who started it first',
  })
  researchers(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): Promise<DisclosureResearcherType[]> {
    return ctx.loaders.researchersByDisclosureId.load(disclosure.dbId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may add and remove researchers now (not once it is published, declined or withdrawn)',
  })
  canManageResearchers(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): boolean {
    return disclosureSide(ctx.viewer, disclosure) !== null && !isDisclosureFinal(disclosure.status);
  }

  @Authorized()
  @InputMutation(() => DisclosurePayloadType, AddDisclosureResearcherInput, {
    description: "Adds a researcher of the disclosure's institute by e-mail (its researchers or its office)",
  })
  async addDisclosureResearcher(
    ctx: RequestContext,
    input: AddDisclosureResearcherInput,
  ): Promise<DisclosurePayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) =>
      addDisclosureResearcher(db, ctx.rateLimiter, viewer, input, ctx.publicUrl),
    );
    return disclosurePayload(ctx, result);
  }

  @Authorized()
  @InputMutation(() => DisclosurePayloadType, RemoveDisclosureResearcherInput, {
    description:
      'Takes a researcher off a disclosure; never the last one, and the one who started it only by the office. ' +
      'The disclosure is null when you took yourself off',
  })
  async removeDisclosureResearcher(
    ctx: RequestContext,
    input: RemoveDisclosureResearcherInput,
  ): Promise<DisclosurePayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => removeDisclosureResearcher(db, viewer, input));
    return disclosurePayload(ctx, result);
  }
}
