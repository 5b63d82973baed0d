import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { EOI_EVENT_TOPIC, type EoiEventPayload } from '../realtime/eoi-events.js';
import { parseGlobalId } from '../schema/global-id.js';
import { findVisibleEoi } from '../services/eoi-access.service.js';
import { ExpressionOfInterestEventType } from '../types/eoi-event.type.js';

/**
 * Checked for every event and every subscriber: the session must still be valid and the EoI the
 * viewer's to see; internal notes are never announced to the company side.
 */
async function deliverTo(context: RequestContext, payload: EoiEventPayload, id: string | null): Promise<boolean> {
  await context.refresh?.();
  if (!context.viewer) return false;
  if (id) {
    const wanted = parseGlobalId(id);
    if (wanted?.type !== 'ExpressionOfInterest' || wanted.id !== payload.eoiId) return false;
  }
  const found = await findVisibleEoi(context.db, context.viewer, payload.eoiId);
  if (!found) return false;
  return !(payload.internal && found.side === 'COMPANY');
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
    const found = await findVisibleEoi(ctx.db, ctx.viewer, payload.eoiId);
    if (!found) throw new Error('The EoI left the viewer’s sight between the filter and the resolver');
    return { kind: payload.kind, expressionOfInterest: found.eoi };
  }
}
