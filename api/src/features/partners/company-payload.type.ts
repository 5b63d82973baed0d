import { Field, ObjectType } from 'type-graphql';
import { UserErrorType } from '../../schema/user-error.type.js';
import { CompanyType } from './company.type.js';

@ObjectType('CompanyPayload')
export class CompanyPayloadType {
  @Field(() => CompanyType, { nullable: true })
  company!: CompanyType | null;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}
