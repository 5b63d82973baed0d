import { PartneringModel } from '@tt/shared/asset-enums';
import { Language } from '@tt/shared/languages';
import { BudgetBand, RequestStatus, RequestVisibility } from '@tt/shared/technology-request-enums';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../pagination/connection.type.js';
import { NodeType } from '../../schema/node.type.js';
import { FacetValueType } from '../catalogue/asset-facets.type.js';
import type { TechnologyRequestRecord } from './technology-request-records.js';
import type { TechnologyRequestFacets, TechnologyRequestSearch } from './technology-request-search.service.js';

@ObjectType('TechnologyRequest', {
  implements: NodeType,
  description:
    'A company\'s technology request ("we are looking for…"): PUBLIC ones for everyone, OFFICES ones for the institutes and the company only',
})
export class TechnologyRequestType extends NodeType implements TechnologyRequestRecord {
  readonly __typename = 'TechnologyRequest' as const;
  dbId!: number;
  companyId!: number;
  authorId!: number;

  @Field()
  slug!: string;

  @Field({ description: 'The name of the company that published it' })
  companyName!: string;

  @Field()
  title!: string;

  @Field({ description: 'What is sought' })
  description!: string;

  @Field({ description: 'Why: the problem behind it, the use it is for (may be empty)' })
  motivation!: string;

  @Field(() => Language, { description: 'The language its texts are written in' })
  language!: Language;

  @Field(() => Int)
  trlMin!: number;

  @Field(() => Int)
  trlMax!: number;

  @Field(() => [PartneringModel], { description: 'The ways of working with an institute the company wants' })
  partneringModels!: PartneringModel[];

  @Field(() => BudgetBand, { nullable: true })
  budgetBand!: BudgetBand | null;

  @Field({ description: 'The last day it is open, as an ISO 8601 date (YYYY-MM-DD)' })
  deadline!: string;

  @Field(() => RequestVisibility)
  visibility!: RequestVisibility;

  @Field(() => RequestStatus)
  status!: RequestStatus;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was closed, fulfilled or expired' })
  closedAt!: Date | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

@ObjectType('TechnologyRequestEdge')
export class TechnologyRequestEdgeType extends EdgeType(() => TechnologyRequestType) {}

@ObjectType('TechnologyRequestFacets', {
  simpleResolvers: true,
  description: 'Counts per value, each reflecting the query and every other active filter',
})
export class TechnologyRequestFacetsType implements TechnologyRequestFacets {
  @Field(() => [FacetValueType], {
    description: 'By sector slug; a request counts under its sectors and their parents',
  })
  sectors!: FacetValueType[];

  @Field(() => [FacetValueType], { description: 'By TRL: a request counts under every TRL of its range' })
  trl!: FacetValueType[];

  @Field(() => [FacetValueType])
  partneringModels!: FacetValueType[];

  @Field(() => [FacetValueType])
  statuses!: FacetValueType[];
}

@ObjectType('TechnologyRequestConnection')
export class TechnologyRequestConnectionType extends ConnectionType(() => TechnologyRequestEdgeType) {
  /** The search that made this page, so `totalCount` and `facets` are computed only when selected. */
  search!: TechnologyRequestSearch;
}
