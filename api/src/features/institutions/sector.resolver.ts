import { Language } from '@tt/shared/languages';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { listSectors } from './directory-lookup.service.js';
import { SectorType } from './sector.type.js';

@Resolver(() => SectorType)
export class SectorResolver {
  @Query(() => [SectorType], {
    description: 'The taxonomy in use (with the retired terms when asked); parents come before their children',
  })
  sectors(
    @Ctx() ctx: RequestContext,
    @Arg('includeRetired', () => Boolean, {
      nullable: true,
      description: 'Also the retired terms (the administration shows them; pickers and filters never)',
    })
    includeRetired: boolean | null,
  ): Promise<SectorType[]> {
    return listSectors(ctx.db, { includeRetired: includeRetired ?? false });
  }

  @FieldResolver(() => String, { description: "The label in the request's language (Accept-Language)" })
  label(@Root() sector: SectorType, @Ctx() ctx: RequestContext): string {
    return ctx.language === Language.IT ? sector.labelIt : sector.labelEn;
  }

  @FieldResolver(() => SectorType, { nullable: true })
  parent(@Root() sector: SectorType, @Ctx() ctx: RequestContext): Promise<SectorType | null> | null {
    return sector.parentId ? ctx.loaders.sectorById.load(sector.parentId) : null;
  }

  @FieldResolver(() => SectorType, {
    nullable: true,
    description: 'The term that replaced it when it was retired: its old slug resolves there',
  })
  replacedBy(@Root() sector: SectorType, @Ctx() ctx: RequestContext): Promise<SectorType | null> | null {
    return sector.replacedById ? ctx.loaders.sectorById.load(sector.replacedById) : null;
  }
}
