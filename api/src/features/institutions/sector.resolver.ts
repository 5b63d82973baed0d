import { Language } from '@tt/shared/languages';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { listSectors } from './directory-lookup.service.js';
import { SectorType } from './sector.type.js';

@Resolver(() => SectorType)
export class SectorResolver {
  @Query(() => [SectorType], { description: 'The whole taxonomy; parents come before their children' })
  sectors(@Ctx() ctx: RequestContext): Promise<SectorType[]> {
    return listSectors(ctx.db);
  }

  @FieldResolver(() => String, { description: "The label in the request's language (Accept-Language)" })
  label(@Root() sector: SectorType, @Ctx() ctx: RequestContext): string {
    return ctx.language === Language.IT ? sector.labelIt : sector.labelEn;
  }

  @FieldResolver(() => SectorType, { nullable: true })
  parent(@Root() sector: SectorType, @Ctx() ctx: RequestContext): Promise<SectorType | null> | null {
    return sector.parentId ? ctx.loaders.sectorById.load(sector.parentId) : null;
  }
}
