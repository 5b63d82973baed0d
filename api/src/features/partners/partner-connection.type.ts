import { Field, ObjectType } from 'type-graphql';
import { PageInfoType } from '../../pagination/page-info.type.js';
import { CompanyType } from './company.type.js';
import type { PartnerDirectory } from './partner-directory.service.js';

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
