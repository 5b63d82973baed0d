import { type ClassType, Field, Int, ObjectType } from 'type-graphql';

/**
 * The base of a count per value of an enum: the value under `key` and how many have it. Extend it in a class
 * named for the schema, e.g. `@ObjectType('ListingStatusCount') class … extends ValueCountType('status', () =>
 * AssetStatus) {}`; the base itself is never in the schema.
 */
export function ValueCountType<K extends string, E extends object>(
  key: K,
  values: () => E,
): ClassType<{ [P in K]: E[keyof E] } & { count: number }> {
  @ObjectType()
  abstract class ValueCount {
    @Field(() => Int)
    count!: number;
  }
  // The key differs per count, so its field is declared here rather than in the class body.
  Field(values)(ValueCount.prototype, key);
  return ValueCount as unknown as ClassType<{ [P in K]: E[keyof E] } & { count: number }>;
}
