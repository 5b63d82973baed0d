import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PayloadType } from '../../schema/payload.type.js';

@ObjectType('DismissedRecommendation', { simpleResolvers: true })
export class DismissedRecommendationType {
  @Field(() => ID, { description: 'The listing no longer recommended' })
  assetId!: string;
}

@ObjectType('DismissRecommendationPayload')
export class DismissRecommendationPayloadType extends PayloadType('dismissed', () => DismissedRecommendationType) {}

@ObjectType('ListingInvitation', { simpleResolvers: true, description: 'An invitation to look at a listing, sent' })
export class ListingInvitationType {
  @Field(() => Date)
  invitedAt!: Date;

  @Field(() => Int, { description: "How many of the company's members were e-mailed" })
  recipientCount!: number;
}

@ObjectType('InviteCompanyToLookPayload')
export class InviteCompanyToLookPayloadType extends PayloadType('invitation', () => ListingInvitationType) {}
