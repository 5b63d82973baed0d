import { Field, ObjectType } from 'type-graphql';
import { CompanyType } from '../features/partners/company.type.js';
import { UserErrorType } from './user-error.type.js';

@ObjectType('CompanyPayload')
export class CompanyPayloadType {
  @Field(() => CompanyType, { nullable: true })
  company!: CompanyType | null;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}
