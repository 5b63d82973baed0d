import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { canManagePlatformsOf, canManageTaxonomy } from '../../auth/policies.js';
import type { RequestContext } from '../../context.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { expectGlobalId } from '../../schema/global-id.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { toPayload } from '../../schema/to-payload.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { toPlatformRecord } from '../institutions/institution-records.js';
import { PlatformType } from '../institutions/platform.type.js';
import { SectorType } from '../institutions/sector.type.js';
import { createPlatform, retirePlatform, updatePlatform } from './platform-admin.service.js';
import { createSector, renameSector } from './sector-admin.service.js';
import { retireSector, sectorUsages } from './sector-retirement.service.js';
import { SectorUsageType } from './sector-usage.type.js';
import {
  CreatePlatformInput,
  CreateSectorInput,
  RenameSectorInput,
  RetirePlatformInput,
  RetireSectorInput,
  UpdatePlatformInput,
} from './taxonomy-admin.input.js';
import { PlatformPayloadType, SectorPayloadType } from './taxonomy-payload.type.js';

const perRequest = new WeakMap<object, DataLoader<number, SectorUsageType>>();

function usageLoader(ctx: RequestContext) {
  let loader = perRequest.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader((ids: readonly number[]) => sectorUsages(ctx.db, ids));
    perRequest.set(ctx.loaders, loader);
  }
  return loader;
}

/** The administrator's taxonomy (add, rename, retire with re-mapping) and what uses each term. */
@Resolver(() => SectorType)
export class SectorAdminResolver {
  @FieldResolver(() => SectorUsageType, {
    nullable: true,
    description: 'What uses it directly (what would move if it were retired): administrators only',
  })
  usage(@Root() sector: SectorType, @Ctx() ctx: RequestContext): Promise<SectorUsageType> | null {
    return canManageTaxonomy(ctx.viewer) ? usageLoader(ctx).load(sector.dbId) : null;
  }

  @Authorized(['ADMIN'])
  @InputMutation(() => SectorPayloadType, CreateSectorInput, {
    description: 'Adds a term under a parent in use or at the top; its slug comes from the English label',
  })
  async createSector(ctx: RequestContext, input: CreateSectorInput): Promise<SectorPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => createSector(db, viewer, input));
    return toPayload('sector', result);
  }

  @Authorized(['ADMIN'])
  @InputMutation(() => SectorPayloadType, RenameSectorInput, {
    description: 'Changes both labels of a term in use; its slug stays, so addresses and saved searches still work',
  })
  async renameSector(ctx: RequestContext, input: RenameSectorInput): Promise<SectorPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => renameSector(db, viewer, input));
    ctx.loaders.sectorById.clearAll();
    return toPayload('sector', result);
  }

  @Authorized(['ADMIN'])
  @InputMutation(() => SectorPayloadType, RetireSectorInput, {
    description:
      'Retires a term without terms in use under it, in one transaction: its listings, companies, requests and saved searches move to the replacement; its old slug resolves there',
  })
  async retireSector(ctx: RequestContext, input: RetireSectorInput): Promise<SectorPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => retireSector(db, viewer, input));
    ctx.loaders.sectorById.clearAll();
    return toPayload('sector', result);
  }
}

/** An institute's research platforms, as its office (and admins) keep them. */
@Resolver(() => PlatformType)
export class PlatformAdminResolver {
  @Query(() => [PlatformType], {
    description: "An institute's platforms, the retired ones too, by name: its office and administrators only",
  })
  async institutionPlatforms(
    @Ctx() ctx: RequestContext,
    @Arg('institutionId', () => ID) institutionId: string,
  ): Promise<PlatformType[]> {
    if (!ctx.viewer) throw unauthenticated();
    const id = expectGlobalId(institutionId, 'Institution', 'institutionId');
    if (!canManagePlatformsOf(ctx.viewer, id)) throw forbidden('PLATFORMS_OFFICE_ONLY');
    const rows = await ctx.db
      .selectFrom('platform')
      .selectAll()
      .where('institution_id', '=', id)
      .orderBy((eb) => eb.fn('lower', ['name']))
      .orderBy('id')
      .execute();
    return rows.map(toPlatformRecord);
  }

  @Authorized(['ADMIN', 'TT_OFFICER'])
  @InputMutation(() => PlatformPayloadType, CreatePlatformInput, {
    description: "Adds a research platform to an institute: the institute's office and administrators only",
  })
  async createPlatform(ctx: RequestContext, input: CreatePlatformInput): Promise<PlatformPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => createPlatform(db, viewer, input));
    ctx.loaders.platformsByInstitutionId.clearAll();
    return toPayload('platform', result);
  }

  @Authorized(['ADMIN', 'TT_OFFICER'])
  @InputMutation(() => PlatformPayloadType, UpdatePlatformInput, {
    description: "Edits a platform in use: the institute's office and administrators only",
  })
  async updatePlatform(ctx: RequestContext, input: UpdatePlatformInput): Promise<PlatformPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => updatePlatform(db, viewer, input));
    ctx.loaders.platformById.clearAll();
    ctx.loaders.platformsByInstitutionId.clearAll();
    return toPayload('platform', result);
  }

  @Authorized(['ADMIN', 'TT_OFFICER'])
  @InputMutation(() => PlatformPayloadType, RetirePlatformInput, {
    description:
      'Retires a platform: it leaves the public pages and pickers; the listings, managers and requests naming it keep it',
  })
  async retirePlatform(ctx: RequestContext, input: RetirePlatformInput): Promise<PlatformPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => retirePlatform(db, viewer, input));
    ctx.loaders.platformById.clearAll();
    ctx.loaders.platformsByInstitutionId.clearAll();
    return toPayload('platform', result);
  }
}
