import type { Db } from '@tt/db/database';
import DataLoader from 'dataloader';
import { Args, Authorized, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../context.js';
import { PageArgs, pageOf } from '../../pagination/page-args.type.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { PayloadType } from '../../schema/payload.type.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { ExpressionOfInterestType } from '../interest/expression-of-interest.type.js';
import { AcceptQuoteInput, DeclineQuoteInput, quoteFieldsOf, ReviseQuoteInput, SendQuoteInput } from './quote.input.js';
import {
  acceptQuote,
  declineQuote,
  findVisibleQuote,
  listQuotes,
  maySendQuoteOn,
  type QuoteOutcome,
  quotesOfEois,
  reviseQuote,
  sendQuote,
} from './quote.service.js';
import { QuoteConnectionType, QuoteLineType, QuoteType } from './quote.type.js';
import { linesOfQuotes } from './quote-records.js';

@ObjectType('QuotePayload')
export class QuotePayloadType extends PayloadType('quote', () => QuoteType) {}

function createQuoteLoaders(ctx: RequestContext) {
  return {
    linesByQuoteId: new DataLoader((ids: readonly number[]) => linesOfQuotes(ctx.db, ids)),
    quotesByEoiId: new DataLoader((ids: readonly number[]) => quotesOfEois(ctx.db, ctx.viewer, ids)),
  };
}

const perRequest = new WeakMap<object, ReturnType<typeof createQuoteLoaders>>();

/** The feature's DataLoaders, one set per GraphQL request. */
function quoteLoaders(ctx: RequestContext) {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createQuoteLoaders(ctx);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}

/** A quote by its global id as the viewer may read it, or null. */
export function findQuoteNode(ctx: RequestContext, id: number): Promise<QuoteType | null> {
  return findVisibleQuote(ctx.db, ctx.viewer, id);
}

@Resolver(() => QuoteType)
export class QuoteResolver {
  @Authorized()
  @Query(() => QuoteConnectionType, {
    description:
      "The quotes the viewer may see, newest first: their company's for a company member, their institute's for an officer, all for admins; none for anyone else",
  })
  async quotes(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<QuoteConnectionType> {
    const result = await listQuotes(ctx.db, ctx.viewer, pageOf(page));
    return { edges: result.edges, pageInfo: result.pageInfo, count: result.totalCount };
  }

  @Authorized()
  @InputMutation(() => QuotePayloadType, SendQuoteInput, {
    description:
      "The request's office sends a quote on a service request (version 1, or after a declined or expired one)",
  })
  sendQuote(ctx: RequestContext, input: SendQuoteInput): Promise<QuotePayloadType> {
    return this.change(ctx, (db, viewer) =>
      sendQuote(
        db,
        ctx.rateLimiter,
        viewer,
        { ...quoteFieldsOf(input), eoiId: input.eoiId },
        ctx.publicUrl,
        ctx.language,
      ),
    );
  }

  @Authorized()
  @InputMutation(() => QuotePayloadType, ReviseQuoteInput, {
    description: "The request's office revises its latest quote: the next version, which supersedes it",
  })
  reviseQuote(ctx: RequestContext, input: ReviseQuoteInput): Promise<QuotePayloadType> {
    return this.change(ctx, (db, viewer) =>
      reviseQuote(
        db,
        ctx.rateLimiter,
        viewer,
        { ...quoteFieldsOf(input), quoteId: input.quoteId },
        ctx.publicUrl,
        ctx.language,
      ),
    );
  }

  @Authorized()
  @InputMutation(() => QuotePayloadType, AcceptQuoteInput, {
    description:
      'A member of the requesting company accepts the latest valid quote: the request moves to negotiation and a service agreement is drafted',
  })
  acceptQuote(ctx: RequestContext, input: AcceptQuoteInput): Promise<QuotePayloadType> {
    return this.change(ctx, (db, viewer) => acceptQuote(db, ctx.rateLimiter, viewer, input, ctx.publicUrl));
  }

  @Authorized()
  @InputMutation(() => QuotePayloadType, DeclineQuoteInput, {
    description: 'A member of the requesting company declines the latest valid quote, with a reason',
  })
  declineQuote(ctx: RequestContext, input: DeclineQuoteInput): Promise<QuotePayloadType> {
    return this.change(ctx, (db, viewer) =>
      declineQuote(db, ctx.rateLimiter, viewer, input, ctx.publicUrl, ctx.language),
    );
  }

  @FieldResolver(() => [QuoteLineType], { description: 'Its lines, in order' })
  lines(@Root() quote: QuoteType, @Ctx() ctx: RequestContext): Promise<QuoteLineType[]> {
    return quoteLoaders(ctx).linesByQuoteId.load(quote.dbId);
  }

  @FieldResolver(() => ExpressionOfInterestType, { description: 'The service request it answers' })
  expressionOfInterest(@Root() quote: QuoteType): ExpressionOfInterestType {
    return quote.eoi as ExpressionOfInterestType;
  }

  /** Runs the change in one transaction as the viewer, then answers with the quote as the viewer sees it. */
  private async change(
    ctx: RequestContext,
    run: (db: Db, viewer: Viewer) => Promise<QuoteOutcome>,
  ): Promise<QuotePayloadType> {
    const result = await inViewerTransaction(ctx, run);
    if (!result.ok) return { quote: null, errors: result.errors };
    return { quote: await findQuoteNode(ctx, result.quoteId), errors: [] };
  }
}

@Resolver(() => QuoteConnectionType)
export class QuoteConnectionResolver {
  @FieldResolver(() => Int, { description: 'Every quote the viewer may see' })
  totalCount(@Root() connection: QuoteConnectionType): Promise<number> {
    return connection.count();
  }
}

// The service request meets its quotes: declared here, beside the rules of who sees them.
@Resolver(() => ExpressionOfInterestType)
export class EoiQuotesResolver {
  @FieldResolver(() => [QuoteType], {
    description: 'Its quotes, every version, newest first (service requests; its two sides only)',
  })
  quotes(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<QuoteType[]> {
    return quoteLoaders(ctx).quotesByEoiId.load(eoi.dbId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may send a new quote on it now (its office, on an open service request)',
  })
  viewerCanSendQuote(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<boolean> {
    return maySendQuoteOn(ctx.db, ctx.viewer, eoi);
  }
}
