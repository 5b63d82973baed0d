import { carriesCapacity, effectiveCapacity } from '@tt/shared/service-capacity';
import { Authorized, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { AssetType } from '../catalogue/asset.type.js';
import { findVisibleAsset } from '../catalogue/asset-lookup.service.js';
import { ListingPayloadType } from '../listings/listing.type.js';
import { capacityToday, setServiceCapacity } from './capacity.service.js';
import { ServiceCapacityType, SetServiceCapacityInput } from './capacity.type.js';

/**
 * What capacity reads of a listing. An interface, not the class: type-graphql copies a root that is not an instance
 * of the parameter's class into a new instance (some 60 fields), on every card of every catalogue page.
 */
interface CapacityRoot extends Pick<AssetType, 'kind' | 'capacity'> {}

// A service listing's capacity: public on the listing (as of today), set by its office.
@Resolver(() => AssetType)
export class ServiceCapacityResolver {
  @FieldResolver(() => ServiceCapacityType, {
    nullable: true,
    description: "A service's capacity as of today (null for other kinds): viewer-independent, public",
  })
  capacity(@Root() asset: CapacityRoot): ServiceCapacityType | null {
    return carriesCapacity(asset.kind) ? effectiveCapacity(asset.capacity, capacityToday()) : null;
  }

  @Authorized()
  @InputMutation(() => ListingPayloadType, SetServiceCapacityInput, {
    description:
      "Sets a service listing's capacity: accepting requests, fully booked until a day, or not stated (its office only)",
  })
  async setServiceCapacity(ctx: RequestContext, input: SetServiceCapacityInput): Promise<ListingPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => setServiceCapacity(db, viewer, input));
    const id = result.assetId;
    const asset = id ? await findVisibleAsset(ctx.db, ctx.viewer, { id }, { language: ctx.language }) : null;
    return { asset, errors: result.ok ? [] : result.errors };
  }
}
