import { QUOTE_LIMITS, QuoteDeclineReason } from '@tt/shared/quote-rules';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TextLimit } from '../../schema/text-input.js';
import type { QuoteFields } from './quote.service.js';

@InputType('QuoteLineInput', { description: 'A line of a quote; its figures are computed, never sent' })
export class QuoteLineInput {
  @Field({ description: '2 to 300 characters' })
  @TextLimit({ max: QUOTE_LIMITS.descriptionMax, singleLine: true })
  description!: string;

  @Field(() => Int, { description: 'The quantity in hundredths (1.5 hours = 150): 0.01 to 1,000,000' })
  quantityHundredths!: number;

  @Field({ description: 'sample, hour, animal…; at most 40 characters' })
  @TextLimit({ max: QUOTE_LIMITS.unitMax, singleLine: true })
  unit!: string;

  @Field(() => SafeIntResolver, { description: 'In euro cents; negative for a discount line' })
  unitPriceCents!: number;

  @Field(() => Int, { nullable: true, description: 'In basis points, 0 to 10000; 2200 (22 %) when left out' })
  vatBasisPoints?: number | null;
}

@InputType()
abstract class QuoteFieldsInput {
  @Field(() => [QuoteLineInput], { description: '1 to 50 lines, in order' })
  lines!: QuoteLineInput[];

  @Field({ description: 'YYYY-MM-DD: the last day it may be accepted; after today' })
  @TextLimit({ max: 10, singleLine: true })
  validUntil!: string;

  @Field(() => String, { nullable: true, description: 'Payment and other conditions' })
  @TextLimit({ max: QUOTE_LIMITS.conditionsMax })
  conditions?: string | null;

  @Field(() => String, { nullable: true, description: 'When the results come, in words' })
  @TextLimit({ max: QUOTE_LIMITS.deliveryEstimateMax, singleLine: true })
  deliveryEstimate?: string | null;

  @Field(() => Int, { nullable: true, description: 'When the results come, in weeks after acceptance' })
  deliveryWeeks?: number | null;
}

/** The lines as the service takes them: the default VAT rate where none was given. */
export function quoteFieldsOf(input: QuoteFieldsInput): QuoteFields {
  return {
    ...input,
    lines: input.lines.map((line) => ({
      ...line,
      vatBasisPoints: line.vatBasisPoints ?? QUOTE_LIMITS.vatBasisPointsDefault,
    })),
  };
}

@InputType('SendQuoteInput')
export class SendQuoteInput extends QuoteFieldsInput {
  @Field(() => ID, { description: 'A service request (EoI) of the viewer’s institute' })
  eoiId!: string;
}

@InputType('ReviseQuoteInput', { description: 'The next version: it supersedes the quote revised' })
export class ReviseQuoteInput extends QuoteFieldsInput {
  @Field(() => ID)
  quoteId!: string;
}

@InputType('AcceptQuoteInput')
export class AcceptQuoteInput {
  @Field(() => ID)
  quoteId!: string;
}

@InputType('DeclineQuoteInput')
export class DeclineQuoteInput {
  @Field(() => ID)
  quoteId!: string;

  @Field(() => QuoteDeclineReason)
  reason!: QuoteDeclineReason;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters' })
  @TextLimit({ max: QUOTE_LIMITS.declineCommentMax })
  comment?: string | null;
}
