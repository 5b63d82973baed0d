import { AgreementStatus, AgreementType } from '@tt/shared/agreement-rules';
import { EoiStatus } from '@tt/shared/eoi-transitions';
import { PartnerStatus } from '@tt/shared/partner-rules';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../pagination/connection.type.js';
import { NodeType } from '../../schema/node.type.js';
import { PayloadType } from '../../schema/payload.type.js';
import type { PartnerHistoryRecord } from './partner-history.service.js';
import type { PartnerContactRecord, PartnerRelationshipRecord } from './partner-records.js';

@ObjectType('PartnerRelationship', {
  implements: NodeType,
  description:
    "One institute's record of one company (its office's partner CRM): the office's alone (its officers and admins)",
})
export class PartnerRelationshipType extends NodeType implements PartnerRelationshipRecord {
  readonly __typename = 'PartnerRelationship' as const;
  dbId!: number;
  institutionId!: number;
  companyId!: number;
  ownerId!: number | null;
  updatedById!: number | null;

  @Field(() => PartnerStatus)
  status!: PartnerStatus;

  @Field({ description: "The office's own notes: never shown to the company" })
  notes!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

@ObjectType('PartnerContact', {
  implements: NodeType,
  description: 'A person at the company the office keeps in touch with',
})
export class PartnerContactType extends NodeType implements PartnerContactRecord {
  readonly __typename = 'PartnerContact' as const;
  dbId!: number;
  relationshipId!: number;

  @Field()
  name!: string;

  @Field({ description: 'Role or job title; empty when not known' })
  role!: string;

  @Field({ description: 'Empty when not known' })
  email!: string;

  @Field({ description: 'Empty when not known' })
  phone!: string;

  @Field()
  notes!: string;
}

@ObjectType('PartnerHistoryEoi', {
  description: "An expression of interest of the company in one of the institute's listings",
})
export class PartnerHistoryEoiType {
  @Field(() => ID)
  id!: string;

  @Field()
  listingTitle!: string;

  @Field(() => EoiStatus)
  status!: EoiStatus;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@ObjectType('PartnerHistoryAgreement', { description: 'An agreement of the company with the institute' })
export class PartnerHistoryAgreementType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => AgreementType)
  type!: AgreementType;

  @Field(() => AgreementStatus)
  status!: AgreementStatus;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

@ObjectType('PartnerHistory', { description: "The company's history with the institute: counts and the latest few" })
export class PartnerHistoryType implements PartnerHistoryRecord {
  @Field(() => Int)
  eoiCount!: number;

  @Field(() => Int)
  agreementCount!: number;

  @Field(() => [PartnerHistoryEoiType], { description: 'The latest first' })
  latestEois!: PartnerHistoryEoiType[];

  @Field(() => [PartnerHistoryAgreementType], { description: 'The most recently changed first' })
  latestAgreements!: PartnerHistoryAgreementType[];
}

@ObjectType('PartnerRelationshipEdge')
export class PartnerRelationshipEdgeType extends EdgeType(() => PartnerRelationshipType) {}

@ObjectType('PartnerRelationshipConnection')
export class PartnerRelationshipConnectionType extends ConnectionType(() => PartnerRelationshipEdgeType) {
  /** Counts the records of the query when asked. */
  count!: () => Promise<number>;
}

@ObjectType('PartnerRelationshipPayload')
export class PartnerRelationshipPayloadType extends PayloadType('partnerRelationship', () => PartnerRelationshipType) {}
