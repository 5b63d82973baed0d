import { DeclineReason, EoiPriority, EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import { Language } from '@tt/shared/languages';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../pagination/connection.type.js';
import { NodeType } from '../../schema/node.type.js';
import { ServiceDetailType } from '../services/service-request-form.type.js';
import type { EoiConnection, EoiHistoryEntryRecord, EoiMessageRecord, EoiRecord } from './eoi-records.js';

@ObjectType('ExpressionOfInterest', {
  implements: NodeType,
  description: "A company's interest in an asset; seen only by that company and the asset's office",
})
export class ExpressionOfInterestType extends NodeType implements EoiRecord {
  readonly __typename = 'ExpressionOfInterest' as const;
  dbId!: number;
  assetId!: number;
  companyId!: number;
  institutionId!: number;
  platformId!: number | null;
  assigneeId!: number | null;

  @Field(() => EoiStatus)
  status!: EoiStatus;

  @Field(() => InterestType)
  interestType!: InterestType;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true })
  intendedUse!: string | null;

  @Field(() => String, { nullable: true })
  timeline!: string | null;

  @Field(() => Language, { description: 'The language its message, intended use and timeline were written in' })
  language!: Language;

  @Field()
  ndaRequested!: boolean;

  @Field(() => [ServiceDetailType], {
    nullable: true,
    description: "A service request's answers to the listing's request form, each with its field's labels as sent",
  })
  serviceDetails!: ServiceDetailType[] | null;

  /** The office's triage priority: exposed by a field resolver, to the office only. */
  priority!: EoiPriority;

  @Field(() => DeclineReason, { nullable: true })
  declineReason!: DeclineReason | null;

  @Field(() => String, { nullable: true, description: 'What the office told the company when declining' })
  declineMessage!: string | null;

  @Field(() => Language, { nullable: true, description: 'The language the decline message was written in' })
  declineMessageLanguage!: Language | null;

  @Field({ description: 'The company member who sent it' })
  submitterName!: string;

  @Field({ description: "The sender's e-mail address, to write to them outside the thread" })
  submitterEmail!: string;

  @Field(() => String, { nullable: true, description: "The sender's job title, as they wrote it" })
  submitterTitle!: string | null;

  @Field(() => Language, { description: "The language the sender's job title was written in" })
  submitterTitleLanguage!: Language;

  @Field(() => String, { nullable: true, description: "The sender's work phone, if they gave one" })
  submitterPhone!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "The office's first reply or move" })
  firstResponseAt!: Date | null;

  @Field(() => DateTimeResolver)
  lastActivityAt!: Date;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field({ description: 'Open and without a reply from the office for 5 working days' })
  overdue!: boolean;
}

@ObjectType('OfficerRef', { description: 'An officer, by name' })
export class OfficerRefType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('EoiHistoryEntry', { description: 'A change of status' })
export class EoiHistoryEntryType implements EoiHistoryEntryRecord {
  @Field(() => EoiStatus, { nullable: true })
  from!: EoiStatus | null;

  @Field(() => EoiStatus)
  to!: EoiStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Who made the change',
  })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: "The office's reason; the office's eyes only" })
  reason!: string | null;

  @Field(() => Language, { nullable: true, description: 'The language the reason was written in; null without one' })
  reasonLanguage!: Language | null;

  @Field(() => DateTimeResolver)
  at!: Date;
}

export const EoiSide = { OFFICE: 'OFFICE', COMPANY: 'COMPANY' } as const;

@ObjectType('EoiMessage')
export class EoiMessageType implements EoiMessageRecord {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field(() => Language, { description: 'The language the message was written in' })
  language!: Language;

  @Field({ description: 'An internal note of the office, never shown to the company' })
  internal!: boolean;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field(() => String, { description: 'OFFICE or COMPANY' })
  authorSide!: 'OFFICE' | 'COMPANY';

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@ObjectType('EoiStatusCount')
export class EoiStatusCountType {
  @Field(() => EoiStatus)
  status!: EoiStatus;

  @Field()
  count!: number;
}

@ObjectType('ExpressionOfInterestEdge')
export class ExpressionOfInterestEdgeType extends EdgeType(() => ExpressionOfInterestType) {}

@ObjectType('ExpressionOfInterestConnection')
export class ExpressionOfInterestConnectionType
  extends ConnectionType(() => ExpressionOfInterestEdgeType)
  implements EoiConnection
{
  // A Float in the schema (unlike the other connections' Int): kept so for its clients.
  @Field()
  totalCount!: number;

  @Field(() => [EoiStatusCountType], { description: 'Per status, with every filter but the status one' })
  statusCounts!: EoiStatusCountType[];
}
