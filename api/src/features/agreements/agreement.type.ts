import {
  AgreementStatus,
  AgreementType,
  LicenseExclusivity,
  MilestoneKind,
  MilestoneStatus,
  RoyaltyReportingPeriod,
} from '@tt/shared/agreement-rules';
import { DateTimeResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../pagination/connection.type.js';
import { NodeType } from '../../schema/node.type.js';
import type { AgreementSide } from './agreement-access.js';
import type { AgreementAttachmentRecord, AgreementMilestoneRecord, AgreementRecord } from './agreement-records.js';

@ObjectType('Agreement', {
  implements: NodeType,
  description:
    "An agreement an institute's office recorded with a company. Its office reads everything; the company sees that one made from its EoI exists, with its type and status; the inventors of a covered listing its type, status and dates, and its financial terms when the office shares them. What the viewer may not read is null",
})
export class AgreementGqlType extends NodeType implements AgreementRecord {
  readonly __typename = 'Agreement' as const;
  dbId!: number;
  side!: AgreementSide;
  institutionId!: number;
  companyId!: number;
  ownerId!: number | null;
  eoiDbId!: number | null;
  termsVisible!: boolean;

  @Field(() => AgreementType)
  type!: AgreementType;

  @Field(() => AgreementStatus)
  status!: AgreementStatus;

  @Field(() => String, { nullable: true, description: "The office's title for it; the office's eyes only" })
  title!: string | null;

  @Field(() => LicenseExclusivity, { nullable: true, description: 'Licences: exclusive, sole or non-exclusive' })
  exclusivity!: LicenseExclusivity | null;

  @Field(() => String, { nullable: true, description: 'Licences: the field of use' })
  fieldOfUse!: string | null;

  @Field(() => String, { nullable: true, description: 'Licences: the territory' })
  territory!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; the office and the inventors read it' })
  signatureDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; the office and the inventors read it' })
  effectiveDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; the office and the inventors read it; its owner is reminded 30 days before',
  })
  expiryDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The office's internal notes; never the company's or the inventors'",
  })
  notes!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the inventors of the covered listings read the financial terms (the office sees this)',
  })
  termsSharedWithInventors!: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Options and licences: the royalty rate in basis points (350 = 3.5 %); null when not visible',
  })
  royaltyRateBasisPoints!: number | null;

  @Field(() => RoyaltyReportingPeriod, { nullable: true })
  royaltyReportingPeriod!: RoyaltyReportingPeriod | null;

  @Field({
    name: 'closesExpressionOfInterest',
    description: 'Whether it closed the expression of interest it came from (moved to AGREED with it)',
  })
  closesEoi!: boolean;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

@ObjectType('AgreementMilestone', {
  implements: NodeType,
  description: 'A payment of an option or a licence (upfront, milestone, annual fee), in euro cents',
})
export class AgreementMilestoneType extends NodeType implements AgreementMilestoneRecord {
  readonly __typename = 'AgreementMilestone' as const;
  dbId!: number;
  agreementId!: number;

  @Field(() => MilestoneKind)
  kind!: MilestoneKind;

  @Field({ description: 'What it is paid for' })
  event!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when it falls due on a date' })
  dueDate!: string | null;

  @Field(() => String, { nullable: true, description: 'The event that makes it due, when not a date' })
  trigger!: string | null;

  @Field(() => SafeIntResolver, { description: 'In euro cents' })
  amountCents!: number;

  @Field(() => MilestoneStatus)
  status!: MilestoneStatus;

  @Field(() => SafeIntResolver, { nullable: true, description: 'What was received, in euro cents' })
  receivedAmountCents!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the day it was received' })
  receivedOn!: string | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@ObjectType('AgreementAttachment', {
  implements: NodeType,
  description: "A document of an agreement (the signed copy, a draft, an annex): its office's alone",
})
export class AgreementAttachmentType extends NodeType implements AgreementAttachmentRecord {
  readonly __typename = 'AgreementAttachment' as const;
  dbId!: number;
  agreementId!: number;

  @Field()
  fileName!: string;

  @Field({ description: 'What the content was recognised as: application/pdf, image/png or image/jpeg' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes' })
  byteSize!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field({ description: "Same-origin path that serves the file to the agreement's office" })
  downloadUrl!: string;

  @Field(() => String, { nullable: true, description: 'Who attached it (null when that account is gone)' })
  uploadedByName!: string | null;
}

@ObjectType('AgreementEdge')
export class AgreementEdgeType extends EdgeType(() => AgreementGqlType) {}

@ObjectType('AgreementConnection')
export class AgreementConnectionType extends ConnectionType(() => AgreementEdgeType) {
  /** Counts the agreements of the query when asked (agreement.service.ts). */
  count!: () => Promise<number>;
}
