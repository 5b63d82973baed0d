import {
  DisclosureRecommendation,
  MarketPotential,
  Patentability,
  PublicDisclosureKind,
} from '@tt/shared/disclosure-transitions';
import { Field, InputType, ObjectType } from 'type-graphql';

// Parts of a disclosure that the API shows (disclosure.type.ts) and takes back (disclosure.input.ts) with the
// same fields: each is declared once here, as the base of both. The bases themselves are never in the schema.
// An input's field left out arrives as undefined, which the services treat as null.

@ObjectType()
@InputType()
export abstract class PublicDisclosureFields {
  @Field(() => PublicDisclosureKind)
  kind!: PublicDisclosureKind;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field()
  venue!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType()
@InputType()
export abstract class FundingSourceFields {
  @Field()
  funder!: string;

  @Field(() => String, { nullable: true })
  grantNumber!: string | null;

  @Field()
  obligations!: string;
}

@ObjectType()
@InputType()
export abstract class DisclosureAssessmentFields {
  @Field(() => Patentability, { nullable: true })
  patentability!: Patentability | null;

  @Field(() => MarketPotential, { nullable: true })
  marketPotential!: MarketPotential | null;

  @Field(() => DisclosureRecommendation, { nullable: true })
  recommendation!: DisclosureRecommendation | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;
}
