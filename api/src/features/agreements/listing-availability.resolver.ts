import { DEFAULT_LANGUAGE, Language } from '@tt/shared/languages';
import { ListingAvailability } from '@tt/shared/listing-availability';
import { Authorized, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { toGlobalId } from '../../schema/global-id.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { PayloadType } from '../../schema/payload.type.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { AssetType } from '../catalogue/asset.type.js';
import { exclusiveScopesOf } from './listing-availability.service.js';
import {
  stopWatchingListingAvailability,
  type WatchOutcome,
  watchesListingAvailability,
  watchListingAvailability,
} from './listing-availability-watch.service.js';

@ObjectType('ExclusiveScope', {
  simpleResolvers: true,
  description: 'A field of use or a territory already licensed (or optioned) exclusively: never its parties or terms',
})
export class ExclusiveScopeType {
  @Field(() => String, { nullable: true, description: 'Null: any field of use' })
  fieldOfUse!: string | null;

  @Field(() => String, { nullable: true, description: 'Null: anywhere' })
  territory!: string | null;

  @Field(() => Language, { description: 'What the office wrote them in' })
  language!: Language;
}

@InputType('ListingAvailabilityWatchInput')
export class ListingAvailabilityWatchInput {
  @Field(() => ID)
  assetId!: string;
}

@ObjectType('ListingAvailabilityWatch')
export class ListingAvailabilityWatchType {
  @Field(() => ID)
  assetId!: string;

  @Field({ description: 'Whether the viewer now follows the listing' })
  watching!: boolean;
}

@ObjectType('ListingAvailabilityWatchPayload')
export class ListingAvailabilityWatchPayloadType extends PayloadType('watch', () => ListingAvailabilityWatchType) {}

function payload(result: WatchOutcome, watching: boolean): ListingAvailabilityWatchPayloadType {
  return result.ok
    ? { watch: { assetId: toGlobalId('Asset', result.assetId), watching }, errors: [] }
    : { watch: null, errors: result.errors };
}

/**
 * What these fields read of a listing. An interface, not the class: type-graphql copies a root that is not an
 * instance of the parameter's class into a new instance (some 60 fields) for every field resolved.
 */
interface AvailabilityRoot extends Pick<AssetType, 'dbId' | 'availability'> {}

// A listing's availability beyond its own column: what is exclusively licensed, and who waits for it to open.
@Resolver(() => AssetType)
export class ListingAvailabilityResolver {
  @FieldResolver(() => [ExclusiveScopeType], {
    description:
      'For a PARTLY_LICENSED listing: the fields of use and territories already licensed exclusively (empty otherwise)',
  })
  exclusiveScopes(
    @Root() asset: AvailabilityRoot,
    @Ctx() ctx: RequestContext,
  ): ExclusiveScopeType[] | Promise<ExclusiveScopeType[]> {
    // Read only when there is something to show: a page of other listings costs nothing.
    if (asset.availability !== ListingAvailability.PARTLY_LICENSED) return [];
    return exclusiveScopesOf(ctx.db, asset.dbId).then((scopes) =>
      scopes.map((scope) => ({ ...scope, language: scope.language ?? DEFAULT_LANGUAGE })),
    );
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer asked to be e-mailed when the listing opens again (false for nobody signed in)',
  })
  viewerWatchesAvailability(@Root() asset: AvailabilityRoot, @Ctx() ctx: RequestContext): Promise<boolean> {
    return watchesListingAvailability(ctx.db, ctx.viewer, asset.dbId);
  }

  @Authorized()
  @InputMutation(() => ListingAvailabilityWatchPayloadType, ListingAvailabilityWatchInput, {
    description:
      'Notify me if it becomes available: one e-mail when a listing under option or licensed exclusively opens to expressions of interest again (at most 30 an hour)',
  })
  async watchListingAvailability(
    ctx: RequestContext,
    input: ListingAvailabilityWatchInput,
  ): Promise<ListingAvailabilityWatchPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) =>
      watchListingAvailability(db, ctx.rateLimiter, viewer, input.assetId),
    );
    return payload(result, true);
  }

  @Authorized()
  @InputMutation(() => ListingAvailabilityWatchPayloadType, ListingAvailabilityWatchInput, {
    description: 'The viewer no longer wants to be told when the listing becomes available',
  })
  async stopWatchingListingAvailability(
    ctx: RequestContext,
    input: ListingAvailabilityWatchInput,
  ): Promise<ListingAvailabilityWatchPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) =>
      stopWatchingListingAvailability(db, viewer, input.assetId),
    );
    return payload(result, false);
  }
}
