import { type ClassType, Field, ObjectType } from 'type-graphql';
import { UserErrorType } from './user-error.type.js';

/**
 * The base of a mutation's payload: what it acted on under `key` (null when refused) and the user errors.
 * Extend it in a class named for the schema, e.g. `@ObjectType('CompanyPayload') class … extends
 * PayloadType('company', () => CompanyType) {}`; the base itself is never in the schema.
 */
export function PayloadType<K extends string, T extends object>(
  key: K,
  type: () => ClassType<T>,
  options: { description?: string } = {},
): ClassType<{ [P in K]: T | null } & { errors: UserErrorType[] }> {
  @ObjectType()
  abstract class Payload {
    @Field(() => [UserErrorType])
    errors!: UserErrorType[];
  }
  // The key differs per payload, so its field is declared here rather than in the class body.
  Field(type, { nullable: true, ...options })(Payload.prototype, key);
  return Payload as unknown as ClassType<{ [P in K]: T | null } & { errors: UserErrorType[] }>;
}
