import { setMaxListeners } from 'node:events';
import { createPubSub } from '@graphql-yoga/subscription';
import type { Db } from '@tt/db/database';
import { mayReadEoiItem } from '@tt/shared/eoi-office-only';
import { sql } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import { eoiSide } from '../features/interest/eoi-access.js';

export const EOI_EVENTS_CHANNEL = 'eoi_events';
export const EOI_EVENT_TOPIC = 'EOI_EVENT';

export type EoiEventKind = 'CREATED' | 'UPDATED' | 'MESSAGE';

export interface EoiEventPayload {
  eoiId: number;
  kind: EoiEventKind;
  /** For MESSAGE: an internal note; for UPDATED: a change of the office's own data. The company never hears of it. */
  internal: boolean;
  /** Who may see the EoI (see eoiSide): carried so that each subscriber is decided without the database. */
  companyId: number;
  institutionId: number;
  platformId: number | null;
}

/** What a caller announces: the EoI's id and the scope that decides who sees it. */
export interface EoiEventSource {
  dbId: number;
  companyId: number;
  institutionId: number;
  platformId: number | null;
}

export function eoiEvent(eoi: EoiEventSource, kind: EoiEventKind, internal: boolean): EoiEventPayload {
  return {
    eoiId: eoi.dbId,
    kind,
    internal,
    companyId: eoi.companyId,
    institutionId: eoi.institutionId,
    platformId: eoi.platformId,
  };
}

/**
 * Whether a viewer hears of an event: the EoI must be theirs to see (the one rule of eoiSide), and an
 * internal event reaches the office side only. Pure: it runs for every event and every subscriber.
 */
export function mayHearOfEoiEvent(viewer: Viewer | null, event: EoiEventPayload): boolean {
  const side = eoiSide(viewer, event);
  return side !== null && mayReadEoiItem(side, event);
}

/** Only well-formed events go out: one without its scope would be decided wrongly. */
export function isEoiEventPayload(value: unknown): value is EoiEventPayload {
  const event = value as Partial<EoiEventPayload> | null;
  return (
    typeof event === 'object' &&
    event !== null &&
    Number.isInteger(event.eoiId) &&
    (event.kind === 'CREATED' || event.kind === 'UPDATED' || event.kind === 'MESSAGE') &&
    typeof event.internal === 'boolean' &&
    Number.isInteger(event.companyId) &&
    Number.isInteger(event.institutionId) &&
    (event.platformId === null || Number.isInteger(event.platformId))
  );
}

/** In-process fan-out of events that arrive through PostgreSQL LISTEN/NOTIFY. */
export function createEventPubSub() {
  // One listener per open subscription: many are expected, so Node's leak warning at 11 is noise.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  return createPubSub<{ [EOI_EVENT_TOPIC]: [EoiEventPayload] }>({ eventTarget });
}
export type EventPubSub = ReturnType<typeof createEventPubSub>;

/**
 * Announces a change to every API process. NOTIFY inside the caller's transaction is delivered at
 * commit, and never if it rolls back, so listeners only hear of changes that happened.
 */
export async function notifyEoiEvent(db: Db, event: EoiEventPayload): Promise<void> {
  // No table: a select of the function alone (Kysely's selectNoFrom).
  await db.selectNoFrom(sql`pg_notify(${EOI_EVENTS_CHANNEL}, ${JSON.stringify(event)})`.as('notified')).execute();
}
