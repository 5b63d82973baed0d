import { Link } from 'react-router';
import type { Language } from '../generated/graphql';
import { type MessageKey, t } from '../i18n/i18n';
import type { BackTo } from './back-link';
import { ErrorState, NotFound, PageLoading } from './status';
import { foreignLang } from './text-language-marker';
import { metaDescription, usePageMeta } from './use-page-meta';

/** The message pairs `<prefix>.notFoundTitle` and `<prefix>.notFoundBody`, named by their prefix. */
export type NotFoundMessages = {
  [K in MessageKey]: K extends `${infer Prefix}.notFoundTitle`
    ? `${Prefix}.notFoundBody` extends MessageKey
      ? Prefix
      : never
    : never;
}[MessageKey];

/** What RecordFallback reads of the query that loads the record. */
type RecordQuery = { data?: unknown; loading: boolean; error?: unknown; refetch: () => unknown };

/**
 * What a page about one record shows until the record is there: loading, a failed load with a retry,
 * or — once the answer came back empty — a 404 with the way back.
 */
export function RecordFallback({
  query,
  answered = Boolean(query.data),
  failed = Boolean(query.error) && !query.loading,
  notFound,
  back,
}: {
  query: RecordQuery;
  /** Whether the answer is in and has no record (by default: any answer). */
  answered?: boolean;
  /** Whether to show the failure (by default: an error, unless a retry is loading). */
  failed?: boolean;
  notFound: NotFoundMessages;
  back: BackTo;
}) {
  if (answered) {
    return (
      <NotFound title={t(`${notFound}.notFoundTitle`)} body={t(`${notFound}.notFoundBody`)}>
        <Link className="button button--primary" to={back.to}>
          {t(back.label)}
        </Link>
      </NotFound>
    );
  }
  if (failed) {
    return (
      <div className="container page-section">
        <ErrorState onRetry={() => void query.refetch()} error={query.error} />
      </div>
    );
  }
  return <PageLoading />;
}

/**
 * The title and description of a public record's page: the record's once it is there, "not found" once
 * the answer came back empty, "loading" before.
 */
export function useRecordMeta(
  query: { data?: unknown },
  notFound: NotFoundMessages,
  record: { title: string; description: string; textLanguage?: Language } | null | undefined,
) {
  usePageMeta(
    record ? record.title : query.data ? t(`${notFound}.notFoundTitle`) : t('common.loading'),
    record ? metaDescription(record.description) : query.data ? t(`${notFound}.notFoundBody`) : undefined,
    record?.textLanguage ? foreignLang(record.textLanguage) : undefined,
  );
}
