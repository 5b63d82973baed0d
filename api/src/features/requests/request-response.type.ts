import { Language } from '@tt/shared/languages';
import { ProposalStatus, ResponseKind } from '@tt/shared/technology-request-enums';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { NodeType } from '../../schema/node.type.js';
import type { RequestProposalRecord, RequestResponseRecord } from './request-response-records.js';

@ObjectType('RequestResponse', {
  implements: NodeType,
  description:
    "An institute's response to a technology request: some of its listings, or a researcher's expertise. Seen only by the requesting company and the responding institute's office",
})
export class RequestResponseType extends NodeType implements RequestResponseRecord {
  readonly __typename = 'RequestResponse' as const;
  dbId!: number;
  requestId!: number;
  institutionId!: number;
  expertId!: number | null;

  @Field(() => ResponseKind)
  kind!: ResponseKind;

  @Field({ description: 'What the office wrote to the company' })
  message!: string;

  @Field(() => Language, { description: 'The language the message was written in' })
  language!: Language;

  @Field({ description: 'The officer who responded' })
  authorName!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@ObjectType('RequestExpert', { description: 'The researcher whose expertise a response proposes, by public name' })
export class RequestExpertType {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Language, { description: 'The language the title was written in' })
  titleLanguage!: Language;
}

@ObjectType('RequestProposal', {
  implements: NodeType,
  description: 'A listing an institute proposed in a response, and what the company did with it',
})
export class RequestProposalType extends NodeType implements RequestProposalRecord {
  readonly __typename = 'RequestProposal' as const;
  dbId!: number;
  responseId!: number;
  assetId!: number;
  companyId!: number;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the company expressed interest or declined' })
  decidedAt!: Date | null;
}
