import { createPubSub } from '@graphql-yoga/subscription';
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema
type Db = Kysely<any>;

export const EOI_EVENTS_CHANNEL = 'eoi_events';
export const EOI_EVENT_TOPIC = 'EOI_EVENT';

export type EoiEventKind = 'CREATED' | 'UPDATED' | 'MESSAGE';

export interface EoiEventPayload {
  eoiId: number;
  kind: EoiEventKind;
  /** For MESSAGE: an internal note, which the company side never hears of. */
  internal: boolean;
}

/** In-process fan-out of events that arrive through PostgreSQL LISTEN/NOTIFY. */
export function createEventPubSub() {
  return createPubSub<{ [EOI_EVENT_TOPIC]: [EoiEventPayload] }>();
}
export type EventPubSub = ReturnType<typeof createEventPubSub>;

/**
 * Announces a change to every API process. NOTIFY inside the caller's transaction is delivered at
 * commit, and never if it rolls back, so listeners only hear of changes that happened.
 */
export async function notifyEoiEvent(db: Db, event: EoiEventPayload): Promise<void> {
  await sql`select pg_notify(${EOI_EVENTS_CHANNEL}, ${JSON.stringify(event)})`.execute(db);
}
