import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { AssetConnectionType } from './asset-connection.type.js';
import { AssetFacetsType } from './asset-facets.type.js';

// Counted only when asked for: a page without them costs no extra statement.
@Resolver(() => AssetConnectionType)
export class AssetConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: AssetConnectionType): Promise<number> {
    return connection.search.totalCount();
  }

  @FieldResolver(() => AssetFacetsType)
  facets(@Root() connection: AssetConnectionType): Promise<AssetFacetsType> {
    return connection.search.facets();
  }
}
