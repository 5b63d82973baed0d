import { UserRole } from '@tt/shared/company-enums';
import { Language } from '@tt/shared/languages';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { NodeType } from '../../schema/node.type.js';
import type { UserRecord } from './user-records.js';

@ObjectType('User', { implements: NodeType, description: 'A person with an account' })
export class UserType extends NodeType implements UserRecord {
  readonly __typename = 'User' as const;
  dbId!: number;
  institutionId!: number | null;
  companyId!: number | null;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Language, { description: 'The language the title was written in' })
  titleLanguage!: Language;

  @Field(() => String, { nullable: true, description: 'A work phone number, as the person wrote it' })
  phone!: string | null;

  @Field(() => UserRole)
  role!: UserRole;

  @Field()
  emailVerified!: boolean;

  @Field({ description: 'A disabled account cannot sign in' })
  disabled!: boolean;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  /** Not a field of User: the person's own, on Viewer. */
  language!: Language;
}
