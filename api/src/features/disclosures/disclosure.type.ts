import {
  DisclosureRecommendation,
  DisclosureStatus,
  MarketPotential,
  Patentability,
  PublicDisclosureKind,
} from '@tt/shared/disclosure-transitions';
import { Language } from '@tt/shared/languages';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CountedConnectionType, EdgeType } from '../../pagination/connection.type.js';
import { NodeType } from '../../schema/node.type.js';
import { PayloadType } from '../../schema/payload.type.js';
import { UserErrorType } from '../../schema/user-error.type.js';
import { ValueCountType } from '../../schema/value-count.type.js';
import type {
  DisclosureAssessmentRecord,
  DisclosureConnectionRecord,
  DisclosureEdgeRecord,
  DisclosureHistoryRecord,
  DisclosureInventorRecord,
  DisclosureMessageRecord,
  DisclosurePayloadRecord,
  DisclosureRecord,
  DisclosureStatusCountRecord,
  FundingSourceRecord,
  PublicDisclosureRecord,
} from './disclosure-records.js';

// Parts of a disclosure that the API shows (here) and takes back (disclosure.input.ts) with the same fields:
// each is declared once, as the base of both. The bases themselves are never in the schema.
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

@ObjectType('DisclosureInventor', { description: 'An inventor as entered on the disclosure' })
export class DisclosureInventorType implements DisclosureInventorRecord {
  @Field()
  name!: string;

  @Field()
  affiliation!: string;

  @Field(() => Float, { description: 'Percent; all shares sum to 100 at submission' })
  contributionShare!: number;
}

@ObjectType('PublicDisclosure', { description: 'A past or planned talk, poster, paper or other public disclosure' })
export class PublicDisclosureType extends PublicDisclosureFields implements PublicDisclosureRecord {
  @Field(() => String, { nullable: true, description: 'Set when a planned disclosure is within 30 days' })
  warning!: string | null;
}

@ObjectType('FundingSource')
export class FundingSourceType extends FundingSourceFields implements FundingSourceRecord {}

@ObjectType('DisclosureAssessment', { description: "The office's assessment: the office's eyes only" })
export class DisclosureAssessmentType extends DisclosureAssessmentFields implements DisclosureAssessmentRecord {
  @Field(() => Language, { nullable: true, description: 'The language the notes were written in; null without notes' })
  notesLanguage!: Language | null;
}

@ObjectType('Disclosure', {
  implements: NodeType,
  description: 'An invention disclosure: seen only by its researchers, the officers of its institute and admins',
})
export class DisclosureType extends NodeType implements DisclosureRecord {
  readonly __typename = 'Disclosure' as const;
  dbId!: number;
  institutionId!: number;
  createdById!: number;
  assigneeId!: number | null;
  researcherIds!: number[];
  assessmentData!: DisclosureAssessmentType;

  @Field(() => DisclosureStatus)
  status!: DisclosureStatus;

  @Field(() => Int, { description: 'Grows with every save; pass it back as expectedVersion' })
  version!: number;

  @Field(() => String, { nullable: true, description: '<INSTITUTE>-<YEAR>-<NNN>, from the first submission on' })
  referenceNumber!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => [DisclosureInventorType])
  inventors!: DisclosureInventorType[];

  @Field(() => String, { nullable: true })
  abstract!: string | null;

  @Field(() => String, { nullable: true })
  problem!: string | null;

  @Field(() => String, { nullable: true })
  solution!: string | null;

  @Field(() => String, { nullable: true, description: 'What is new' })
  novelty!: string | null;

  @Field(() => String, { nullable: true })
  priorArt!: string | null;

  @Field(() => [PublicDisclosureType])
  publicDisclosures!: PublicDisclosureType[];

  @Field(() => [FundingSourceType])
  fundingSources!: FundingSourceType[];

  @Field(() => String, { nullable: true })
  commercialApplications!: string | null;

  @Field(() => Int, { nullable: true })
  trl!: number | null;

  @Field(() => Language, {
    description:
      "The language the researchers' texts (title to commercial applications) were written in, as of the last save that changed them",
  })
  language!: Language;

  @Field(() => DateTimeResolver, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

@ObjectType('DisclosureHistoryEntry', { description: 'A change of status' })
export class DisclosureHistoryEntryType implements DisclosureHistoryRecord {
  @Field(() => DisclosureStatus, { nullable: true })
  from!: DisclosureStatus | null;

  @Field(() => DisclosureStatus)
  to!: DisclosureStatus;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Language, { nullable: true, description: 'The language the reason was written in; null without one' })
  reasonLanguage!: Language | null;

  @Field(() => DateTimeResolver)
  at!: Date;
}

@ObjectType('DisclosureMessage')
export class DisclosureMessageType implements DisclosureMessageRecord {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field(() => Language, { description: 'The language the message was written in' })
  language!: Language;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field(() => String, { description: 'OFFICE or RESEARCHER' })
  authorSide!: 'OFFICE' | 'RESEARCHER';

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@ObjectType('DisclosureStatusCount')
export class DisclosureStatusCountType
  extends ValueCountType('status', () => DisclosureStatus)
  implements DisclosureStatusCountRecord {}

@ObjectType('DisclosureEdge')
export class DisclosureEdgeType extends EdgeType(() => DisclosureType) implements DisclosureEdgeRecord {}

@ObjectType('DisclosureConnection')
export class DisclosureConnectionType
  extends CountedConnectionType(() => DisclosureEdgeType)
  implements DisclosureConnectionRecord
{
  @Field(() => [DisclosureStatusCountType], { description: 'Per status, regardless of the status filter' })
  statusCounts!: DisclosureStatusCountType[];
}

@ObjectType('DisclosurePayload')
export class DisclosurePayloadType
  extends PayloadType('disclosure', () => DisclosureType, {
    description: 'The disclosure as it is now (also on a VERSION_CONFLICT, to show the current version)',
  })
  implements DisclosurePayloadRecord {}

@ObjectType('DeleteDisclosureDraftPayload')
export class DeleteDisclosureDraftPayloadType {
  @Field(() => ID, { nullable: true, description: 'The id of the draft deleted; null when refused' })
  deletedId!: string | null;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}
