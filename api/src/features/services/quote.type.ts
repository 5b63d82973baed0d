import { Language } from '@tt/shared/languages';
import { QuoteDeclineReason, QuoteMove, QuoteStatus } from '@tt/shared/quote-rules';
import { DateTimeResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../pagination/connection.type.js';
import { NodeType } from '../../schema/node.type.js';
import type { EoiRecord } from '../interest/eoi-records.js';
import type { QuoteLineRecord, QuoteRecord } from './quote-records.js';

@ObjectType('QuoteLine', { description: 'A line of a quote, with its figures rounded to the cent' })
export class QuoteLineType implements QuoteLineRecord {
  @Field()
  id!: string;

  @Field(() => Int, { description: 'From 0, in order' })
  position!: number;

  @Field()
  description!: string;

  @Field(() => Int, { description: 'The quantity in hundredths (1.5 = 150)' })
  quantityHundredths!: number;

  @Field()
  unit!: string;

  @Field(() => SafeIntResolver, { description: 'In euro cents' })
  unitPriceCents!: number;

  @Field(() => Int, { description: 'In basis points (2200 = 22 %)' })
  vatBasisPoints!: number;

  @Field(() => SafeIntResolver, { description: 'Quantity × unit price, rounded to the cent' })
  netCents!: number;

  @Field(() => SafeIntResolver, { description: 'Net × VAT rate, rounded to the cent' })
  vatCents!: number;

  @Field(() => SafeIntResolver)
  grossCents!: number;
}

@ObjectType('Quote', {
  implements: NodeType,
  description:
    "The office's priced answer to a service request, one version of it. Seen by the two sides of the request only",
})
export class QuoteType extends NodeType implements QuoteRecord {
  readonly __typename = 'Quote' as const;
  dbId!: number;
  eoi!: EoiRecord;
  side!: 'OFFICE' | 'COMPANY';
  storedStatus!: QuoteRecord['storedStatus'];

  @Field(() => Int, { description: 'From 1; a revision is the next version' })
  version!: number;

  @Field(() => QuoteStatus)
  status!: QuoteStatus;

  @Field({ description: "Whether it is its request's latest version" })
  latest!: boolean;

  @Field({ description: 'YYYY-MM-DD: the last day it may be accepted' })
  validUntil!: string;

  @Field()
  conditions!: string;

  @Field()
  deliveryEstimate!: string;

  @Field(() => Int, { nullable: true, description: 'Weeks after acceptance' })
  deliveryWeeks!: number | null;

  @Field({ description: 'EUR' })
  currency!: string;

  @Field(() => SafeIntResolver, { description: "The sum of its lines' rounded nets, in cents" })
  netCents!: number;

  @Field(() => SafeIntResolver, { description: "The sum of its lines' rounded VAT, in cents" })
  vatCents!: number;

  @Field(() => SafeIntResolver)
  grossCents!: number;

  @Field(() => Language, { description: 'The language its lines and conditions were written in' })
  language!: Language;

  @Field(() => String, { nullable: true, description: 'Who sent it' })
  sentByName!: string | null;

  @Field(() => DateTimeResolver)
  sentAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who accepted or declined it' })
  decidedByName!: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => QuoteDeclineReason, { nullable: true })
  declineReason!: QuoteDeclineReason | null;

  @Field(() => String, { nullable: true })
  declineComment!: string | null;

  @Field(() => Language, { nullable: true })
  declineCommentLanguage!: Language | null;

  @Field(() => [QuoteMove], { description: 'What the viewer may do with it now' })
  moves!: QuoteRecord['moves'];
}

@ObjectType('QuoteEdge')
export class QuoteEdgeType extends EdgeType(() => QuoteType) {}

@ObjectType('QuoteConnection')
export class QuoteConnectionType extends ConnectionType(() => QuoteEdgeType) {
  count!: () => Promise<number>;
}
