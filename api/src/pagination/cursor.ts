import { badInput } from '../errors/domain-error.js';
import { textProblem } from '../schema/text-input.js';

// Opaque keyset cursors: the sort key of the last row, tagged with the order it belongs to. A cursor comes
// back from the client, so each part of its key is checked as the data it stands for before it reaches SQL.
export type CursorKey = (string | number)[];

/**
 * What one part of a key is: a row id (a positive int4), a timestamp as PostgreSQL writes it (`::text`),
 * a text sort key, a 0/1 flag, or a full-text rank (a non-negative real).
 */
export type CursorPart = 'id' | 'timestamp' | 'text' | 'flag' | 'rank';

const INT4_MAX = 2_147_483_647;
const TEXT_KEY_MAX = 300;
// 2026-12-01 22:39:21.123456+00 (the session's offset may have minutes and seconds too; T and Z also parse).
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)$/;

function isTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // A real calendar day and time (PostgreSQL refuses 2026-02-30 and 25:00).
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}

function isPart(value: unknown, part: CursorPart): boolean {
  switch (part) {
    case 'id':
      return Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= INT4_MAX;
    case 'flag':
      return value === 0 || value === 1;
    case 'rank':
      // Within what a PostgreSQL real holds without overflow or underflow.
      return typeof value === 'number' && (value === 0 || (value >= 1e-30 && value <= 1e30));
    case 'timestamp':
      return typeof value === 'string' && value.length <= 40 && isTimestamp(value);
    case 'text':
      return typeof value === 'string' && textProblem(value, { max: TEXT_KEY_MAX }) === null;
  }
}

export function encodeCursor(order: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify({ o: order, k: key }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: string, shape: CursorPart[]): CursorKey {
  const invalid = () => badInput('CURSOR_INVALID', 'after');
  if (cursor.length > 500) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const { o, k } = parsed as { o?: unknown; k?: unknown };
  if (o !== order || !Array.isArray(k) || k.length !== shape.length) throw invalid();
  if (!k.every((value, index) => isPart(value, shape[index]!))) throw invalid();
  return k as CursorKey;
}
