import { Field, Int, ObjectType } from 'type-graphql';
import type { SectorUsage } from './sector-retirement.service.js';

@ObjectType('SectorUsage', { description: 'What uses a term directly: what moves when it is retired' })
export class SectorUsageType implements SectorUsage {
  @Field(() => Int, { description: 'Listings of any status' })
  listings!: number;

  @Field(() => Int)
  companies!: number;

  @Field(() => Int, { description: 'Technology requests of any status' })
  requests!: number;

  @Field(() => Int)
  savedSearches!: number;

  @Field(() => Int, { description: 'Terms in use under it' })
  children!: number;
}
