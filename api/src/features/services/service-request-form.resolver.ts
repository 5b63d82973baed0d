import { AssetKind } from '@tt/shared/asset-enums';
import { fieldOptions } from '@tt/shared/service-request-forms';
import { Authorized, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { PayloadType } from '../../schema/payload.type.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { AssetType } from '../catalogue/asset.type.js';
import {
  type FormOutcome,
  resetServiceRequestForm,
  resolveServiceRequestForm,
  saveServiceRequestForm,
} from './service-request-form.service.js';
import { FormFieldInput, ServiceRequestFormType } from './service-request-form.type.js';

@InputType('SaveServiceRequestFormInput')
export class SaveServiceRequestFormInput {
  @Field(() => ID, { description: 'A service listing' })
  assetId!: string;

  @Field(() => [FormFieldInput])
  fields!: FormFieldInput[];
}

@InputType('ResetServiceRequestFormInput')
export class ResetServiceRequestFormInput {
  @Field(() => ID)
  assetId!: string;
}

@ObjectType('ServiceRequestFormPayload')
export class ServiceRequestFormPayloadType extends PayloadType('asset', () => AssetType, {
  description: 'The listing, with its request form as saved',
}) {}

// A service listing's request form: public (what a request must say is part of the listing), edited by the
// listing's office or its platform's managers.
@Resolver(() => AssetType)
export class ServiceRequestFormResolver {
  @FieldResolver(() => ServiceRequestFormType, {
    nullable: true,
    description:
      "What a request for this service must say: its own form or its platform kind's default (services only)",
  })
  async serviceRequestForm(
    @Root() asset: AssetType,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceRequestFormType | null> {
    if (asset.kind !== AssetKind.SERVICE) return null;
    const [own, platform] = await Promise.all([
      ctx.loaders.serviceRequestFormByAssetId.load(asset.dbId),
      asset.platformId === null ? null : ctx.loaders.platformById.load(asset.platformId),
    ]);
    const form = resolveServiceRequestForm(own, platform?.kind ?? null);
    return {
      ...form,
      fields: form.fields.map((field) => ({
        ...field,
        helpEn: field.helpEn ?? null,
        helpIt: field.helpIt ?? null,
        min: field.min ?? null,
        max: field.max ?? null,
        options: fieldOptions(field),
      })),
    };
  }

  @Authorized()
  @InputMutation(() => ServiceRequestFormPayloadType, SaveServiceRequestFormInput, {
    description: "Saves a service listing's own request form (its office or a manager of its platform)",
  })
  async saveServiceRequestForm(
    ctx: RequestContext,
    input: SaveServiceRequestFormInput,
  ): Promise<ServiceRequestFormPayloadType> {
    return this.payload(ctx, await inViewerTransaction(ctx, (db, viewer) => saveServiceRequestForm(db, viewer, input)));
  }

  @Authorized()
  @InputMutation(() => ServiceRequestFormPayloadType, ResetServiceRequestFormInput, {
    description: "Drops a service listing's own request form: its platform kind's default applies again",
  })
  async resetServiceRequestForm(
    ctx: RequestContext,
    input: ResetServiceRequestFormInput,
  ): Promise<ServiceRequestFormPayloadType> {
    return this.payload(
      ctx,
      await inViewerTransaction(ctx, (db, viewer) => resetServiceRequestForm(db, viewer, input)),
    );
  }

  private async payload(ctx: RequestContext, result: FormOutcome): Promise<ServiceRequestFormPayloadType> {
    if (!result.ok) return { asset: null, errors: result.errors };
    return { asset: (await ctx.loaders.assetById.load(result.assetId)) as AssetType | null, errors: [] };
  }
}
