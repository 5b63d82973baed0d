import { UserRole } from '@tt/shared/company-enums';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CountedConnectionType, EdgeType } from '../../pagination/connection.type.js';
import { NodeType } from '../../schema/node.type.js';
import { PayloadType } from '../../schema/payload.type.js';
import { type InvitationPreviewRecord, type InvitationRecord, InvitationStatus } from './user-records.js';

export { InvitationStatus };

registerEnumType(InvitationStatus, { name: 'InvitationStatus', description: 'Where an invitation stands' });

@ObjectType('Invitation', {
  implements: NodeType,
  description: 'An invitation to join an institute or a company (or the network, as an administrator)',
})
export class InvitationType extends NodeType implements InvitationRecord {
  readonly __typename = 'Invitation' as const;
  dbId!: number;
  institutionId!: number | null;
  companyId!: number | null;

  @Field()
  email!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field({ description: 'The institute or company the invitee joins' })
  organisationName!: string;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => String, { nullable: true, description: 'Who sent it, when still known' })
  invitedByName!: string | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  expiresAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('InvitationPreview', {
  description: 'What the holder of an invitation link sees before accepting it',
})
export class InvitationPreviewType implements InvitationPreviewRecord {
  @Field()
  email!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field()
  organisationName!: string;

  @Field(() => DateTimeResolver)
  expiresAt!: Date;
}

@ObjectType('InvitationEdge')
export class InvitationEdgeType extends EdgeType(() => InvitationType) {}

@ObjectType('InvitationConnection')
export class InvitationConnectionType extends CountedConnectionType(() => InvitationEdgeType) {}

@ObjectType('InvitationPayload')
export class InvitationPayloadType extends PayloadType('invitation', () => InvitationType) {}
