import { Language } from '@tt/shared/languages';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('CompanyTexts', { simpleResolvers: true, description: "A company's texts in one language, as stored" })
export class CompanyTextsType {
  @Field(() => Language)
  language!: Language;

  @Field()
  description!: string;
}
