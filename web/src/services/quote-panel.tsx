import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { EoiQuotesDocument, type QuoteFieldsFragment } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { Panel } from '../ui/panel';
import { ErrorState } from '../ui/status';
import { QuoteDecisionActions } from './quote-decision';
import { QuoteDocument } from './quote-document';
import { QuoteEditor } from './quote-editor';
import './quotes.css';

/**
 * The quotes of a service request, on its page (nothing on other requests). The office sends a quote or revises the
 * current one in the editor; the company reads the current quote as a document and accepts or declines it. Older
 * versions stay below, collapsed.
 */
export function QuotePanel({ eoiId, side }: { eoiId: string; side: 'OFFICE' | 'COMPANY' }) {
  const query = useQuery(EoiQuotesDocument, { variables: { id: eoiId }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<{ revising: QuoteFieldsFragment | null } | null>(null);
  const node = query.data?.node;
  const eoi = node?.__typename === 'ExpressionOfInterest' ? node : null;
  if (!query.data && query.error) {
    return (
      <Panel headingId="quotes-heading" title={t('quotes.title')} testId="eoi-quotes">
        <ErrorState onRetry={() => void query.refetch()} />
      </Panel>
    );
  }
  if (!eoi) {
    return query.loading ? (
      <p className="list-loading" role="status">
        {t('common.loading')}
      </p>
    ) : null;
  }
  if (eoi.interestType !== 'SERVICE_REQUEST') return null;
  const [current, ...older] = eoi.quotes;
  const refresh = () => void query.refetch();

  return (
    <Panel headingId="quotes-heading" title={t('quotes.title')} testId="eoi-quotes" className="quote-panel">
      {editing ? (
        <QuoteEditor
          eoiId={eoi.id}
          revising={editing.revising}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : (
        <>
          {!current && (
            <p className="muted" data-testid="no-quotes">
              {side === 'OFFICE' ? t('quotes.noneOffice') : t('quotes.noneCompany')}
            </p>
          )}
          {current && <QuoteDocument quote={current} />}
          {current && side === 'COMPANY' && <QuoteDecisionActions quote={current} onDone={refresh} />}
          {side === 'OFFICE' && (
            <div className="quote-panel__actions">
              {current?.moves.includes('REVISE') && (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => setEditing({ revising: current })}
                  data-testid="quote-revise"
                >
                  {t('quotes.revise')}
                </button>
              )}
              {eoi.viewerCanSendQuote && (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => setEditing({ revising: null })}
                  data-testid="quote-new"
                >
                  {current ? t('quotes.sendNew') : t('quotes.send')}
                </button>
              )}
            </div>
          )}
        </>
      )}
      {older.length > 0 && (
        <details className="quote-panel__older" data-testid="older-quotes">
          <summary>{t('quotes.olderVersions', { count: older.length })}</summary>
          {older.map((quote) => (
            <QuoteDocument key={quote.id} quote={quote} />
          ))}
        </details>
      )}
    </Panel>
  );
}
