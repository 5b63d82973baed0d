import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import type { Viewer } from '../auth/viewer.js';

// What one of the office's CSV exports is (export-routes.ts serves them all alike): its columns, each headed in
// the requester's language, and its rows, read in batches with the service that runs the list on screen, so the
// file holds exactly what the list shows, every page of it, without the whole of it ever being in memory.

/** A cell as a feature gives it; csv-cells.ts writes it (dates as ISO 8601, text made safe for spreadsheets). */
export type ExportCell = string | number | boolean | Date | null;

/** Rows read per statement: big enough to be quick, small enough to keep memory flat. */
export const EXPORT_BATCH_SIZE = 500;

export interface OfficeExport {
  /** The file's name before the institute and the date, as the id of its words (`export.<list>.fileName`). */
  fileName: string;
  /** Each column's header, as the id of its words in the API's catalogues (mail/locales, `export.*`). */
  columns: readonly string[];
  /**
   * The rows the viewer's list shows with the filters in `params` (the list page's address, shared/office-exports.ts),
   * batch after batch, each row a cell per column. Throws a DomainError for filters it refuses; called only for
   * an office (officeScope), but applies the list's own access rules all the same.
   */
  batches(db: Db, viewer: Viewer, params: URLSearchParams, language: Language): AsyncIterable<ExportCell[][]>;
}

/**
 * Reads every page of a keyset-paged list: `page` is the list's service, given the cursor of the page before.
 * The next page is asked for only once the one before was consumed, so a slow client holds back the reading.
 */
export async function* everyPage<Node>(
  page: (after: string | null) => Promise<{
    edges: { cursor: string; node: Node }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }>,
): AsyncIterable<Node[]> {
  let after: string | null = null;
  for (;;) {
    const { edges, pageInfo } = await page(after);
    if (edges.length) yield edges.map((edge) => edge.node);
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return;
    after = pageInfo.endCursor;
  }
}
