import { mayReadEoiItem, seesOfficeOnly } from '@tt/shared/eoi-office-only';
import type { EoiActor } from '@tt/shared/eoi-transitions';
import { toDate } from '../../database/to-date.js';
import type { EoiMessageRow, EoiTransitionRow } from '../../loaders/create-loaders.js';
import { toGlobalId } from '../../schema/global-id.js';
import type { EoiHistoryEntryRecord, EoiMessageRecord } from './eoi-records.js';

// What each side of an EoI may read of its thread and history. Anyone but the office (the company,
// or a viewer on no side at all) gets the shared part only: never an internal note or the office's reasons.

export function visibleThread(side: EoiActor | null, rows: EoiMessageRow[]): EoiMessageRecord[] {
  return rows
    .filter((row) => mayReadEoiItem(side, row))
    .map((row) => ({
      id: toGlobalId('EoiMessage', row.id),
      body: row.body,
      language: row.language,
      internal: row.internal,
      authorName: row.author_name,
      authorSide: row.author_role === 'COMPANY_MEMBER' ? 'COMPANY' : 'OFFICE',
      createdAt: toDate(row.created_at),
    }));
}

export function visibleHistory(side: EoiActor | null, rows: EoiTransitionRow[]): EoiHistoryEntryRecord[] {
  return rows.map((row) => {
    const reason = seesOfficeOnly(side) ? row.reason : null;
    return {
      from: row.from_status,
      to: row.to_status,
      actorName: row.actor_name,
      reason,
      reasonLanguage: reason === null ? null : row.language,
      at: toDate(row.at),
    };
  });
}

/** Messages from the other side that the viewer may read and has not read yet. */
export function unreadCount(side: EoiActor | null, rows: EoiMessageRow[], readAt: Date | null): number {
  if (!side) return 0;
  return visibleThread(side, rows).filter(
    (message) => message.authorSide !== side && (!readAt || message.createdAt > readAt),
  ).length;
}
