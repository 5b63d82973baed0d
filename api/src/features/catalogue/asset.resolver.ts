import { AssetOrder } from '@tt/shared/asset-enums';
import type { InterestType } from '@tt/shared/eoi-transitions';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { parsePageSize } from '../../pagination/page-info.js';
import { selectedFields } from '../../schema/selected-fields.js';
import { InstitutionType } from '../institutions/institution.type.js';
import { PlatformType } from '../institutions/platform.type.js';
import { SectorType } from '../institutions/sector.type.js';
import { AssetInterestSummaryType } from '../interest/asset-interest.type.js';
import { checkCanSeeAssetInterest } from '../interest/asset-interest-access.js';
import { AssetType } from './asset.type.js';
import { AssetConnectionType } from './asset-connection.type.js';
import { AssetFilterInput } from './asset-filter.input.js';
import { findRelatedAssets, findVisibleAsset } from './asset-lookup.service.js';
import { relationsOf } from './asset-relations.js';
import { searchCatalogue } from './catalogue.service.js';
import { ContactOfficerType } from './contact-officer.type.js';
import { InventorType } from './inventor.type.js';

/**
 * A listing as its relations' resolvers read it. An interface, not the class: type-graphql copies a root that is
 * not an instance of the parameter's class into a new instance, for every field resolved (three or more per
 * listing on a page).
 */
interface ListingRoot
  extends Pick<AssetType, 'dbId' | 'institutionId' | 'platformId' | 'contactOfficerId' | 'selectedInstitution'> {}

/** What the related listings are ranked by (findRelatedAssets). */
interface RelatedRoot extends Pick<AssetType, 'dbId' | 'kind' | 'institutionId'> {}

/** A listing's institute, which every listing has. */
function present(asset: ListingRoot, institution: InstitutionType | null): InstitutionType {
  if (!institution) throw new Error(`Asset ${asset.dbId} has no institution`);
  return institution;
}

@Resolver(() => AssetType)
export class AssetResolver {
  @Query(() => AssetConnectionType, { description: 'The public catalogue: search, filter, order and page' })
  async assets(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String, { nullable: true, description: 'Web-search syntax: "quoted phrase", -exclude, or' })
    query: string | null,
    @Arg('filter', () => AssetFilterInput, { nullable: true }) filter: AssetFilterInput | null,
    @Arg('orderBy', () => AssetOrder, { nullable: true, description: 'Default: RELEVANCE with a query, else NEWEST' })
    orderBy: AssetOrder | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20)' })
    first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AssetConnectionType> {
    const selected = selectedFields(info, []);
    // The relations the page shows come with its rows: one statement instead of one per relation.
    const node = selectedFields(info, ['edges', 'node']);
    const relations = { ...relationsOf(node, selectedFields(info, ['edges', 'node', 'institution'])), fields: node };
    const page = { first, after, selected, relations, facetsWithPage: true };
    return searchCatalogue(ctx, { query, filter, orderBy }, page);
  }

  @Query(() => AssetType, {
    nullable: true,
    description:
      'A listing by its slug, or by a former slug (the listing then carries its current one). Published listings for everyone; drafts and archived ones only for their office',
  })
  asset(
    @Ctx() ctx: RequestContext,
    @Arg('slug') slug: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AssetType | null> {
    // The listing's institute, platform, officer, sectors and inventors come with it.
    const fields = selectedFields(info, []);
    const relations = relationsOf(fields, selectedFields(info, ['institution']));
    return findVisibleAsset(
      ctx.db,
      ctx.viewer,
      { slug: slug.slice(0, 200) },
      { loaders: ctx.loaders, relations, fields, language: ctx.language },
    );
  }

  // The relations a page's statement brought along are read at once (loadPrimed): no promise per field.
  @FieldResolver(() => InstitutionType)
  institution(@Root() asset: ListingRoot, @Ctx() ctx: RequestContext): InstitutionType | Promise<InstitutionType> {
    if (asset.selectedInstitution) return asset.selectedInstitution;
    const institution = ctx.loaders.institutionById.loadPrimed(asset.institutionId);
    return institution instanceof Promise
      ? institution.then((found) => present(asset, found))
      : present(asset, institution);
  }

  @FieldResolver(() => PlatformType, { nullable: true, description: 'For services: the platform that runs them' })
  platform(@Root() asset: ListingRoot, @Ctx() ctx: RequestContext): PlatformType | null | Promise<PlatformType | null> {
    return asset.platformId ? ctx.loaders.platformById.loadPrimed(asset.platformId) : null;
  }

  @FieldResolver(() => [SectorType], { description: 'Sectors and therapeutic areas' })
  sectors(@Root() asset: ListingRoot, @Ctx() ctx: RequestContext): SectorType[] | Promise<SectorType[]> {
    return ctx.loaders.sectorsByAssetId.loadPrimed(asset.dbId);
  }

  @FieldResolver(() => [InventorType])
  inventors(@Root() asset: ListingRoot, @Ctx() ctx: RequestContext): InventorType[] | Promise<InventorType[]> {
    return ctx.loaders.inventorsByAssetId.loadPrimed(asset.dbId);
  }

  @FieldResolver(() => ContactOfficerType, { nullable: true })
  contactOfficer(
    @Root() asset: ListingRoot,
    @Ctx() ctx: RequestContext,
  ): ContactOfficerType | null | Promise<ContactOfficerType | null> {
    return asset.contactOfficerId ? ctx.loaders.contactOfficerById.loadPrimed(asset.contactOfficerId) : null;
  }

  @FieldResolver(() => AssetInterestSummaryType, {
    nullable: true,
    description: 'Expressions of interest by type (not by whom): for the inventors and the office only',
  })
  async interestSummary(@Root() asset: AssetType, @Ctx() ctx: RequestContext): Promise<AssetInterestSummaryType> {
    checkCanSeeAssetInterest(ctx.viewer, asset, await ctx.loaders.inventorUserIdsByAssetId.load(asset.dbId));
    const counts = await ctx.loaders.interestCountsByAssetId.load(asset.dbId);
    const byType = new Map<InterestType, number>();
    for (const row of counts) byType.set(row.interest_type, (byType.get(row.interest_type) ?? 0) + row.count);
    return {
      total: counts.reduce((sum, row) => sum + row.count, 0),
      open: counts.filter((row) => row.open).reduce((sum, row) => sum + row.count, 0),
      byType: [...byType].map(([interestType, count]) => ({ interestType, count })).sort((a, b) => b.count - a.count),
    };
  }

  @FieldResolver(() => [AssetType], { description: 'Published listings on related topics' })
  relatedAssets(
    @Root() asset: RelatedRoot,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 4 }) first: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AssetType[]> {
    const fields = selectedFields(info, []);
    return findRelatedAssets(ctx.db, asset, Math.min(parsePageSize(first), 12), {
      loaders: ctx.loaders,
      relations: relationsOf(fields, selectedFields(info, ['institution'])),
      fields,
      language: ctx.language,
    });
  }
}
