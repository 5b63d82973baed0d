import type { UserError } from '../errors/user-error.js';

/** What a service returns: what it acted on under `key` when it worked, else the user errors. */
export type Outcome<K extends string> = ({ ok: true } & { [P in K]: unknown }) | { ok: false; errors: UserError[] };

/** The payload of an outcome: the object under `key` (null when the service refused) and the errors. */
export type PayloadOf<K extends string, R> = { [P in K]: (R extends { ok: true } ? R[P & keyof R] : never) | null } & {
  errors: UserError[];
};

/** A service's outcome as its mutation's payload (payload.type.ts). */
export function toPayload<K extends string, R extends Outcome<K>>(key: K, result: R): PayloadOf<K, R> {
  const value = result.ok ? (result as { [P in K]: unknown })[key] : null;
  return { [key]: value, errors: result.ok ? [] : (result as { errors: UserError[] }).errors } as PayloadOf<K, R>;
}
