import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { Language } from '@tt/shared/languages';
import { allowedListingTransitions } from '@tt/shared/listing-rules';
import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../context.js';
import { PageArgs, pageOf } from '../../pagination/page-args.type.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { UserErrorType } from '../../schema/user-error.type.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { UserType } from '../accounts/user.type.js';
import { AssetType } from '../catalogue/asset.type.js';
import { findVisibleAsset } from '../catalogue/asset-lookup.service.js';
import { DisclosureType } from '../disclosures/disclosure.type.js';
import { disclosureSide } from '../disclosures/disclosure-access.js';
import {
  CreateListingInput,
  ListingIdInput,
  OfficeListingFilterInput,
  RenewListingInput,
  UpdateListingInput,
} from './listing.input.js';
import { ListingPayloadType, MyListingConnectionType, OfficeListingConnectionType } from './listing.type.js';
import { isListingOffice } from './listing-access.js';
import { createListing, updateListing } from './listing-drafting.service.js';
import {
  type ListingOutcome,
  listingData,
  listingTexts,
  publicationIssues,
  publicationWarnings,
} from './listing-editing.js';
import { listMyListings, listOfficeListings } from './listing-lists.service.js';
import { transitionListing } from './listing-publication.service.js';
import { renewListing } from './listing-renewal.service.js';
import { ListingTextsType } from './listing-texts.type.js';

// The listing editor: the office of the listing's institute (and admins) create, edit, publish,
// unpublish, archive and restore listings; the fields here are theirs alone (empty for everyone else).
@Resolver(() => AssetType)
export class ListingResolver {
  @Authorized()
  @Query(() => OfficeListingConnectionType, {
    description: "The office's listings in every status (admins: all), last changed first",
  })
  officeListings(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OfficeListingFilterInput, { nullable: true }) filter: OfficeListingFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<OfficeListingConnectionType> {
    return listOfficeListings(ctx.db, ctx.viewer, {
      statuses: filter?.statuses ?? null,
      query: filter?.query ?? null,
      institutionId: filter?.institutionId ?? null,
      ...pageOf(page),
      language: ctx.language,
    });
  }

  @Authorized()
  @Query(() => MyListingConnectionType, {
    description: "A researcher's published listings, as one of their inventors, newest first",
  })
  myListings(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<MyListingConnectionType> {
    return listMyListings(ctx.db, ctx.viewer, { ...pageOf(page), language: ctx.language });
  }

  @Authorized()
  @InputMutation(() => ListingPayloadType, CreateListingInput, {
    description: 'A new draft listing of the institute, from scratch or pre-filled from an accepted disclosure',
  })
  async createListing(ctx: RequestContext, input: CreateListingInput): Promise<ListingPayloadType> {
    return this.change(ctx, (db, viewer) => createListing(db, viewer, input));
  }

  @Authorized()
  @InputMutation(() => ListingPayloadType, UpdateListingInput, {
    description: 'Changes the fields given; a stale expectedUpdatedAt is a VERSION_CONFLICT',
  })
  async updateListing(ctx: RequestContext, input: UpdateListingInput): Promise<ListingPayloadType> {
    return this.change(ctx, (db, viewer) => updateListing(db, viewer, input));
  }

  @Authorized()
  @InputMutation(() => ListingPayloadType, ListingIdInput, {
    description:
      'Publishes a complete listing (publicationIssues lists what is missing); its disclosure becomes PUBLISHED',
  })
  publishListing(ctx: RequestContext, input: ListingIdInput): Promise<ListingPayloadType> {
    return this.transition(ctx, input, AssetStatus.PUBLISHED);
  }

  @Authorized()
  @InputMutation(() => ListingPayloadType, ListingIdInput, { description: 'Takes a published listing back to a draft' })
  unpublishListing(ctx: RequestContext, input: ListingIdInput): Promise<ListingPayloadType> {
    return this.transition(ctx, input, AssetStatus.DRAFT, AssetStatus.PUBLISHED);
  }

  @Authorized()
  @InputMutation(() => ListingPayloadType, ListingIdInput, {
    description: 'Archives a draft or published listing: no longer offered',
  })
  archiveListing(ctx: RequestContext, input: ListingIdInput): Promise<ListingPayloadType> {
    return this.transition(ctx, input, AssetStatus.ARCHIVED);
  }

  @Authorized()
  @InputMutation(() => ListingPayloadType, ListingIdInput, { description: 'Restores an archived listing as a draft' })
  restoreListing(ctx: RequestContext, input: ListingIdInput): Promise<ListingPayloadType> {
    return this.transition(ctx, input, AssetStatus.DRAFT, AssetStatus.ARCHIVED);
  }

  @Authorized()
  @InputMutation(() => ListingPayloadType, RenewListingInput, {
    description:
      'A new expiry date for a published listing, or for an expired one, which is published again (office only)',
  })
  renewListing(ctx: RequestContext, input: RenewListingInput): Promise<ListingPayloadType> {
    return this.change(ctx, (db, viewer) => renewListing(db, viewer, input));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: the last day it is offered; its office is reminded before (office only; null for everyone else)',
  })
  expiresOn(@Root() asset: AssetType, @Ctx() ctx: RequestContext): string | null {
    return isListingOffice(ctx.viewer, asset) ? asset.expiresOn : null;
  }

  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description:
      'When its expiry date took it out of the catalogue, until renewed (office only; null for everyone else)',
  })
  expiredAt(@Root() asset: AssetType, @Ctx() ctx: RequestContext): Date | null {
    return isListingOffice(ctx.viewer, asset) ? asset.expiredAt : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer is the office of this listing (may edit it)' })
  viewerCanEdit(@Root() asset: AssetType, @Ctx() ctx: RequestContext): boolean {
    return isListingOffice(ctx.viewer, asset);
  }

  @FieldResolver(() => [UserErrorType], {
    description: 'What keeps it from being published (office only; empty for everyone else)',
  })
  async publicationIssues(@Root() asset: AssetType, @Ctx() ctx: RequestContext): Promise<UserErrorType[]> {
    if (!isListingOffice(ctx.viewer, asset)) return [];
    const sectors = await ctx.loaders.sectorsByAssetId.load(asset.dbId);
    return publicationIssues(listingData(asset, sectors.length));
  }

  @FieldResolver(() => [UserErrorType], {
    description:
      'What is recommended but does not keep it from being published: the Italian texts still missing (office only; empty for everyone else)',
  })
  publicationWarnings(@Root() asset: AssetType, @Ctx() ctx: RequestContext): UserErrorType[] {
    return isListingOffice(ctx.viewer, asset) ? publicationWarnings(asset) : [];
  }

  @FieldResolver(() => ListingTextsType, {
    description:
      "Its texts in one language as stored, whatever the request's (empty where not translated): what the editor edits",
  })
  texts(@Root() asset: AssetType, @Arg('language', () => Language) language: Language): ListingTextsType {
    return listingTexts(asset, language);
  }

  @FieldResolver(() => [AssetStatus], {
    description: 'The status moves the viewer may make now (office only; empty for everyone else)',
  })
  allowedTransitions(@Root() asset: AssetType, @Ctx() ctx: RequestContext): readonly AssetStatus[] {
    return isListingOffice(ctx.viewer, asset) ? allowedListingTransitions(asset.status) : [];
  }

  @FieldResolver(() => DisclosureType, {
    nullable: true,
    description: 'The disclosure it was made from (office only)',
  })
  async sourceDisclosure(@Root() asset: AssetType, @Ctx() ctx: RequestContext): Promise<DisclosureType | null> {
    if (!isListingOffice(ctx.viewer, asset)) return null;
    const disclosure = await ctx.loaders.sourceDisclosureByAssetId.load(asset.dbId);
    return disclosure && disclosureSide(ctx.viewer, disclosure) === 'OFFICE' ? disclosure : null;
  }

  @FieldResolver(() => UserType, {
    nullable: true,
    description: "The contact officer's account, to choose another (office only)",
  })
  async contactOfficerUser(@Root() asset: AssetType, @Ctx() ctx: RequestContext): Promise<UserType | null> {
    if (!isListingOffice(ctx.viewer, asset) || !asset.contactOfficerId) return null;
    return ctx.loaders.userById.load(asset.contactOfficerId);
  }

  private async transition(
    ctx: RequestContext,
    input: ListingIdInput,
    to: AssetStatus,
    from?: AssetStatus,
  ): Promise<ListingPayloadType> {
    return this.change(ctx, (db, viewer) => transitionListing(db, viewer, input, to, ctx.publicUrl, from));
  }

  /** Runs the change in one transaction as the viewer, then answers with the result as the viewer sees it. */
  private async change(
    ctx: RequestContext,
    run: (db: Db, viewer: Viewer) => Promise<ListingOutcome>,
  ): Promise<ListingPayloadType> {
    return this.payload(ctx, await inViewerTransaction(ctx, run));
  }

  private async payload(ctx: RequestContext, result: ListingOutcome): Promise<ListingPayloadType> {
    const id = result.assetId;
    const asset = id ? await findVisibleAsset(ctx.db, ctx.viewer, { id }, { language: ctx.language }) : null;
    return { asset, errors: result.ok ? [] : result.errors };
  }
}

@Resolver(() => DisclosureType)
export class DisclosureListingResolver {
  @FieldResolver(() => AssetType, {
    nullable: true,
    description: 'The listing made from it, in any status (office only: null for its researchers)',
  })
  async listing(@Root() disclosure: DisclosureType, @Ctx() ctx: RequestContext): Promise<AssetType | null> {
    if (disclosureSide(ctx.viewer, disclosure) !== 'OFFICE') return null;
    return ctx.loaders.listingByDisclosureId.load(disclosure.dbId);
  }
}
