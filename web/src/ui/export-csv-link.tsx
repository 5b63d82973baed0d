import { type OfficeExportName, officeExportPath } from '@tt/shared/office-exports';
import { getLocale, t } from '../i18n/i18n';
import { Icon } from './icons';

/**
 * "Export CSV" on an office's list: a plain link to the list's export (shared/office-exports.ts) with the filters
 * the list shows, so the file holds what the list holds, every page of it. A link, not a script: the browser
 * downloads it with the session cookie. It names the interface's language, since a link's own
 * Accept-Language is the browser's.
 */
export function ExportCsvLink({ list, filters }: { list: OfficeExportName; filters: URLSearchParams }) {
  const params = new URLSearchParams(filters);
  params.set('lang', getLocale());
  return (
    <a
      className="button button--secondary export-csv-link"
      href={officeExportPath(list, params)}
      download
      data-testid="export-csv"
    >
      <Icon>
        <path d="M12 4v11m0 0-4.5-4.5M12 15l4.5-4.5M5 19h14" />
      </Icon>
      {t('export.csv')}
    </a>
  );
}
