import { Field, Float, ObjectType } from 'type-graphql';
import { PageInfoType } from '../../pagination/page-info.type.js';
import { AssetType } from './asset.type.js';
import type { AssetEdge, SnippetPart } from './asset-records.js';
import type { CatalogueSearch } from './catalogue-search.service.js';

@ObjectType('SnippetPart', {
  simpleResolvers: true,
  description: 'A piece of a search snippet; `highlighted` parts matched the query',
})
export class SnippetPartType implements SnippetPart {
  @Field()
  text!: string;

  @Field()
  highlighted!: boolean;
}

@ObjectType('AssetEdge', { simpleResolvers: true })
export class AssetEdgeType implements AssetEdge {
  @Field()
  cursor!: string;

  @Field(() => AssetType)
  node!: AssetType;

  @Field(() => Float, { nullable: true, description: 'Search relevance, when searching' })
  rank!: number | null;

  @Field(() => [SnippetPartType], { nullable: true, description: 'Where the query matched, when searching' })
  snippet!: SnippetPartType[] | null;
}

@ObjectType('AssetConnection', { simpleResolvers: true })
export class AssetConnectionType {
  /** The search that made this page, so `totalCount` and `facets` are computed only when selected. */
  search!: CatalogueSearch;

  @Field(() => [AssetEdgeType])
  edges!: AssetEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}
