import type { QuoteFieldsFragment } from '../generated/members-graphql';
import { formatDate, formatDateTime, t } from '../i18n/i18n';
import { StatusPill } from '../ui/status-pill';
import { foreignLang } from '../ui/text-language-marker';
import {
  formatQuantity,
  formatQuoteEuros,
  formatVatRate,
  quoteDeclineReasonLabel,
  quoteStatusLabel,
} from './quote-format';

/** A quote's status as a pill (its colours in quotes.css). */
export function QuoteStatusBadge({ status }: { status: QuoteFieldsFragment['status'] }) {
  return <StatusPill kind="quote" status={status} label={quoteStatusLabel(status)} />;
}

/**
 * A quote as the document both sides read: its lines (a table; stacked cards on a phone), its totals, validity,
 * delivery estimate and conditions, and who decided on it and when.
 */
export function QuoteDocument({ quote }: { quote: QuoteFieldsFragment }) {
  const lang = foreignLang(quote.language);
  return (
    <article className="quote-document" data-testid="quote-document" data-version={quote.version}>
      <header className="quote-document__header">
        <h3 className="quote-document__title">{t('quotes.version', { version: quote.version })}</h3>
        <QuoteStatusBadge status={quote.status} />
        <p className="quote-document__meta muted">
          {quote.sentByName
            ? t('quotes.sentBy', { name: quote.sentByName, date: formatDate(quote.sentAt) })
            : t('quotes.sentOn', { date: formatDate(quote.sentAt) })}
        </p>
      </header>
      <table className="quote-lines" data-testid="quote-lines">
        <caption className="visually-hidden">{t('quotes.linesCaption', { version: quote.version })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quotes.line.description')}</th>
            <th scope="col" className="quote-lines__number">
              {t('quotes.line.quantity')}
            </th>
            <th scope="col">{t('quotes.line.unit')}</th>
            <th scope="col" className="quote-lines__number">
              {t('quotes.line.unitPrice')}
            </th>
            <th scope="col" className="quote-lines__number">
              {t('quotes.line.vat')}
            </th>
            <th scope="col" className="quote-lines__number">
              {t('quotes.line.net')}
            </th>
          </tr>
        </thead>
        <tbody>
          {quote.lines.map((line) => (
            <tr key={line.id} data-testid="quote-line">
              <td data-label={t('quotes.line.description')} lang={lang}>
                {line.description}
              </td>
              <td data-label={t('quotes.line.quantity')} className="quote-lines__number">
                {formatQuantity(line.quantityHundredths)}
              </td>
              <td data-label={t('quotes.line.unit')} lang={lang}>
                {line.unit}
              </td>
              <td data-label={t('quotes.line.unitPrice')} className="quote-lines__number">
                {formatQuoteEuros(line.unitPriceCents)}
              </td>
              <td data-label={t('quotes.line.vat')} className="quote-lines__number">
                {formatVatRate(line.vatBasisPoints)}
              </td>
              <td data-label={t('quotes.line.net')} className="quote-lines__number">
                {formatQuoteEuros(line.netCents)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <QuoteTotals net={quote.netCents} vat={quote.vatCents} gross={quote.grossCents} />
      <dl className="quote-document__facts">
        <div>
          <dt>{t('quotes.validUntil')}</dt>
          <dd data-testid="quote-valid-until">{formatDate(quote.validUntil)}</dd>
        </div>
        {(quote.deliveryWeeks !== null || quote.deliveryEstimate) && (
          <div>
            <dt>{t('quotes.delivery')}</dt>
            <dd lang={quote.deliveryEstimate ? lang : undefined}>
              {[
                quote.deliveryWeeks !== null ? t('quotes.deliveryWeeks', { count: quote.deliveryWeeks }) : null,
                quote.deliveryEstimate || null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </div>
        )}
        {quote.conditions && (
          <div className="quote-document__conditions">
            <dt>{t('quotes.conditions')}</dt>
            <dd lang={lang}>{quote.conditions}</dd>
          </div>
        )}
      </dl>
      <QuoteDecision quote={quote} />
    </article>
  );
}

/** The totals under the lines: net, VAT, total; the same block in the editor, live. */
export function QuoteTotals({ net, vat, gross }: { net: number; vat: number; gross: number }) {
  return (
    <dl className="quote-totals" data-testid="quote-totals">
      <div>
        <dt>{t('quotes.totals.net')}</dt>
        <dd data-testid="quote-net">{formatQuoteEuros(net)}</dd>
      </div>
      <div>
        <dt>{t('quotes.totals.vat')}</dt>
        <dd data-testid="quote-vat">{formatQuoteEuros(vat)}</dd>
      </div>
      <div className="quote-totals__gross">
        <dt>{t('quotes.totals.gross')}</dt>
        <dd data-testid="quote-gross">{formatQuoteEuros(gross)}</dd>
      </div>
    </dl>
  );
}

function QuoteDecision({ quote }: { quote: QuoteFieldsFragment }) {
  if (!quote.decidedAt) return null;
  const who = quote.decidedByName ?? t('quotes.someone');
  if (quote.status === 'ACCEPTED') {
    return (
      <p className="quote-document__decision quote-document__decision--accepted" data-testid="quote-decision">
        {t('quotes.acceptedBy', { name: who, date: formatDateTime(quote.decidedAt) })}
      </p>
    );
  }
  return (
    <div className="quote-document__decision quote-document__decision--declined" data-testid="quote-decision">
      <p>
        {t('quotes.declinedBy', { name: who, date: formatDateTime(quote.decidedAt) })}
        {quote.declineReason &&
          ` ${t('quotes.declineReasonIs', { reason: quoteDeclineReasonLabel(quote.declineReason) })}`}
      </p>
      {quote.declineComment && (
        <blockquote lang={quote.declineCommentLanguage ? foreignLang(quote.declineCommentLanguage) : undefined}>
          {quote.declineComment}
        </blockquote>
      )}
    </div>
  );
}
