import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { EOI_EVENT_TOPIC, type EoiEventPayload, mayHearOfEoiEvent } from '../../realtime/eoi-events.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { findVisibleEoi } from './eoi-access.service.js';
import { ExpressionOfInterestEventType } from './eoi-event.type.js';

/**
 * Runs for every event and every subscriber, so it never touches the database: the event carries the
 * EoI's scope, and the socket keeps its viewer (re-checked on a timer, see realtime/websocket-server.ts).
 */
function deliverTo(context: RequestContext, payload: EoiEventPayload, id: string | null): boolean {
  if (id) {
    const wanted = parseGlobalId(id);
    if (wanted?.type !== 'ExpressionOfInterest' || wanted.id !== payload.eoiId) return false;
  }
  return mayHearOfEoiEvent(context.viewer, payload);
}

@Resolver()
export class EoiEventsResolver {
  @Subscription(() => ExpressionOfInterestEventType, {
    topics: EOI_EVENT_TOPIC,
    filter: ({ payload, args, context }) =>
      deliverTo(context as RequestContext, payload as EoiEventPayload, args.id ?? null),
    description:
      'New EoIs, moves and messages on the EoIs you may see (one EoI with `id`), over graphql-ws at /graphql',
  })
  async expressionOfInterestEvents(
    @Root() payload: EoiEventPayload,
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) _id: string | null,
  ): Promise<ExpressionOfInterestEventType> {
    // Only the subscribers who may hear of the event get here: they read the EoI afresh, as the database has it.
    await ctx.refresh?.();
    const found = await findVisibleEoi(ctx.db, ctx.viewer, payload.eoiId);
    if (
      !found ||
      !mayHearOfEoiEvent(ctx.viewer, {
        ...payload,
        companyId: found.eoi.companyId,
        institutionId: found.eoi.institutionId,
      })
    ) {
      throw new Error('The EoI left the viewer’s sight between the event and its delivery');
    }
    return { kind: payload.kind, expressionOfInterest: found.eoi };
  }
}
