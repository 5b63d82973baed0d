import { badInput } from '../schema/bad-input.js';

// Opaque keyset cursors: the sort key of the last row, tagged with the order it belongs to.
export type CursorKey = (string | number)[];

export function encodeCursor(order: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify({ o: order, k: key }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: string, shape: ('string' | 'number')[]): CursorKey {
  const invalid = () => badInput('after: malformed or outdated cursor; start again from the first page', 'after');
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
  k.forEach((value, index) => {
    const type = shape[index];
    if (typeof value !== type || (type === 'number' && !Number.isFinite(value))) throw invalid();
    if (type === 'string' && (value as string).length > 300) throw invalid();
  });
  return k as CursorKey;
}
