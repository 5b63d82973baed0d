import { Field, ObjectType } from 'type-graphql';
import type { PartnerDirectory } from '../services/partner-directory.service.js';
import { CompanyType } from './company.type.js';
import { PageInfoType } from './page-info.type.js';

@ObjectType('PartnerEdge')
export class PartnerEdgeType {
  @Field()
  cursor!: string;

  @Field(() => CompanyType)
  node!: CompanyType;
}

@ObjectType('PartnerConnection')
export class PartnerConnectionType {
  directory!: PartnerDirectory;

  @Field(() => [PartnerEdgeType])
  edges!: PartnerEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}
