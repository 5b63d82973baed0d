import { Language } from '@tt/shared/languages';
import { Field, ObjectType } from 'type-graphql';

// An institute's and a platform's texts in one language as stored (empty where not yet translated): what their
// editors edit, beside the fields that show the request's language.

@ObjectType('InstitutionTexts', {
  simpleResolvers: true,
  description: "An institute's texts in one language, as stored",
})
export class InstitutionTextsType {
  @Field(() => Language)
  language!: Language;

  @Field()
  description!: string;

  @Field()
  mission!: string;

  @Field({ description: 'Its city as this language names it (empty in Italian where it is the English name)' })
  city!: string;

  @Field({ description: 'Its region as this language names it (empty in Italian where it is the English name)' })
  region!: string;
}

@ObjectType('PlatformTexts', { simpleResolvers: true, description: "A platform's texts in one language, as stored" })
export class PlatformTextsType {
  @Field(() => Language)
  language!: Language;

  @Field()
  description!: string;

  @Field(() => [String])
  capabilities!: string[];
}
