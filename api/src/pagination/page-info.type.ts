import { Field, ObjectType } from 'type-graphql';
import type { PageInfo } from './page-info.js';

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfoType implements PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
