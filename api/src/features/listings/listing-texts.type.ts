import { Language } from '@tt/shared/languages';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('ListingTexts', {
  simpleResolvers: true,
  description: "A listing's texts in one language as stored (empty where not yet translated): what the editor edits",
})
export class ListingTextsType {
  @Field(() => Language)
  language!: Language;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field()
  description!: string;

  @Field()
  problem!: string;

  @Field()
  benefits!: string;

  @Field(() => [String])
  applications!: string[];

  @Field(() => [String])
  keywords!: string[];

  @Field(() => String, { nullable: true })
  turnaround!: string | null;

  @Field(() => String, { nullable: true })
  deliverables!: string | null;

  @Field(() => String, { nullable: true })
  throughput!: string | null;
}
