import { useMutation } from '@apollo/client/react';
import { type FieldProblem } from '@tt/shared/error-messages';
import {
  parseEuros,
  parseQuantity,
  parseVatPercent,
  QUOTE_LIMITS,
  type QuoteLineData,
  quoteTotals,
  validateQuote,
} from '@tt/shared/quote-rules';
import { type FormEvent, useId, useState } from 'react';
import { type QuoteFieldsFragment, ReviseQuoteDocument, SendQuoteDocument } from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage } from '../ui/form';
import { QuoteTotals } from './quote-document';
import { editableNumber, formatQuoteEuros } from './quote-format';

/** A line as typed: the numbers stay text until they are read (both decimal separators are accepted). */
interface LineDraft {
  key: number;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  vat: string;
}

let nextKey = 1;
const blankLine = (): LineDraft => ({
  key: nextKey++,
  description: '',
  quantity: '1',
  unit: '',
  unitPrice: '',
  vat: editableNumber(QUOTE_LIMITS.vatBasisPointsDefault),
});

/** The line as the shared rules read it; null numbers where the text is not one (the rules then name the field). */
function readLine(line: LineDraft): QuoteLineData {
  return {
    description: line.description,
    unit: line.unit,
    quantityHundredths: parseQuantity(line.quantity) ?? Number.NaN,
    unitPriceCents: parseEuros(line.unitPrice) ?? Number.NaN,
    vatBasisPoints: parseVatPercent(line.vat) ?? Number.NaN,
  };
}

const readable = (line: QuoteLineData) =>
  Number.isFinite(line.quantityHundredths) &&
  Number.isFinite(line.unitPriceCents) &&
  Number.isFinite(line.vatBasisPoints);

function draftsOf(quote: QuoteFieldsFragment | null): LineDraft[] {
  if (!quote) return [blankLine()];
  return quote.lines.map((line) => ({
    key: nextKey++,
    description: line.description,
    quantity: editableNumber(line.quantityHundredths),
    unit: line.unit,
    unitPrice: editableNumber(line.unitPriceCents),
    vat: editableNumber(line.vatBasisPoints),
  }));
}

function todayPlus(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The office's quote editor: a new quote on a service request, or the revision of `revising` (prefilled from it).
 * Line totals and the quote's totals are computed live with the shared rules the API applies.
 */
export function QuoteEditor({
  eoiId,
  revising,
  onDone,
  onCancel,
}: {
  eoiId: string;
  revising: QuoteFieldsFragment | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [lines, setLines] = useState<LineDraft[]>(() => draftsOf(revising));
  const [validUntil, setValidUntil] = useState(() =>
    revising && revising.validUntil > todayPlus(0) ? revising.validUntil : todayPlus(30),
  );
  const [conditions, setConditions] = useState(revising?.conditions ?? '');
  const [deliveryEstimate, setDeliveryEstimate] = useState(revising?.deliveryEstimate ?? '');
  const [deliveryWeeks, setDeliveryWeeks] = useState(revising?.deliveryWeeks?.toString() ?? '');
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [send, sending] = useMutation(SendQuoteDocument);
  const [revise, revisingNow] = useMutation(ReviseQuoteDocument);
  const busy = sending.loading || revisingNow.loading;

  const read = lines.map(readLine);
  const totals = quoteTotals(read.filter(readable));
  const weeks =
    deliveryWeeks.trim() === '' ? null : /^\d{1,3}$/.test(deliveryWeeks.trim()) ? Number(deliveryWeeks) : Number.NaN;
  const problemOf = (field: string) => problems.find((found) => found.field === field);

  const update = (key: number, change: Partial<LineDraft>) =>
    setLines((current) => current.map((line) => (line.key === key ? { ...line, ...change } : line)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const data = { lines: read, validUntil, conditions, deliveryEstimate, deliveryWeeks: weeks };
    const found = validateQuote(data, todayPlus(0));
    setProblems(found);
    if (found.length > 0) return;
    const fields = {
      lines: read.map((line) => ({ ...line, description: line.description.trim(), unit: line.unit.trim() })),
      validUntil,
      conditions: conditions.trim(),
      deliveryEstimate: deliveryEstimate.trim(),
      deliveryWeeks: weeks,
    };
    try {
      const errors = revising
        ? (await revise({ variables: { input: { ...fields, quoteId: revising.id } } })).data?.reviseQuote.errors
        : (await send({ variables: { input: { ...fields, eoiId } } })).data?.sendQuote.errors;
      if (errors && errors.length > 0) {
        setProblems(
          errors.map(
            (error) =>
              ({ field: error.field ?? '', code: error.code, params: error.params ?? undefined }) as FieldProblem,
          ),
        );
        return;
      }
      onDone();
    } catch (error) {
      setFailure(failureMessage(error));
    }
  }

  const fieldError = (field: string) => {
    const found = problemOf(field);
    return found ? (
      <span className="form-field__error" id={`${id}-${field}-error`}>
        {errorMessage(found)}
      </span>
    ) : null;
  };
  const described = (field: string) => (problemOf(field) ? `${id}-${field}-error` : undefined);
  const general = problems.filter(
    (found) =>
      !/^lines\.\d+\./.test(found.field) &&
      !['validUntil', 'conditions', 'deliveryEstimate', 'deliveryWeeks'].includes(found.field),
  );

  return (
    <form className="quote-editor" onSubmit={(event) => void submit(event)} noValidate data-testid="quote-editor">
      <h3 className="quote-editor__title">
        {revising ? t('quotes.editor.reviseTitle', { version: revising.version + 1 }) : t('quotes.editor.newTitle')}
      </h3>
      <p className="form-field__hint">{t('quotes.editor.hint')}</p>
      <fieldset className="quote-editor__lines">
        <legend className="visually-hidden">{t('quotes.editor.lines')}</legend>
        {lines.map((line, index) => {
          const figures = readable(read[index]!) ? quoteTotals([read[index]!]) : null;
          const at = (field: string) => `lines.${index}.${field}`;
          return (
            <fieldset key={line.key} className="quote-editor__line" data-testid="quote-editor-line">
              <legend className="visually-hidden">{t('quotes.editor.lineN', { n: index + 1 })}</legend>
              <label className="form-field quote-editor__description">
                <span className="form-field__label">{t('quotes.line.description')}</span>
                <input
                  value={line.description}
                  maxLength={QUOTE_LIMITS.descriptionMax}
                  onChange={(event) => update(line.key, { description: event.target.value })}
                  aria-invalid={Boolean(problemOf(at('description')))}
                  aria-describedby={described(at('description'))}
                  data-testid="line-description"
                />
                {fieldError(at('description'))}
              </label>
              <label className="form-field quote-editor__number">
                <span className="form-field__label">{t('quotes.line.quantity')}</span>
                <input
                  value={line.quantity}
                  inputMode="decimal"
                  onChange={(event) => update(line.key, { quantity: event.target.value })}
                  aria-invalid={Boolean(problemOf(at('quantity')))}
                  aria-describedby={described(at('quantity'))}
                  data-testid="line-quantity"
                />
                {fieldError(at('quantity'))}
              </label>
              <label className="form-field quote-editor__unit">
                <span className="form-field__label">{t('quotes.line.unit')}</span>
                <input
                  value={line.unit}
                  maxLength={QUOTE_LIMITS.unitMax}
                  placeholder={t('quotes.editor.unitPlaceholder')}
                  onChange={(event) => update(line.key, { unit: event.target.value })}
                  aria-invalid={Boolean(problemOf(at('unit')))}
                  aria-describedby={described(at('unit'))}
                  data-testid="line-unit"
                />
                {fieldError(at('unit'))}
              </label>
              <label className="form-field quote-editor__number">
                <span className="form-field__label">{t('quotes.editor.unitPriceEuro')}</span>
                <input
                  value={line.unitPrice}
                  inputMode="decimal"
                  onChange={(event) => update(line.key, { unitPrice: event.target.value })}
                  aria-invalid={Boolean(problemOf(at('unitPrice')))}
                  aria-describedby={described(at('unitPrice'))}
                  data-testid="line-unit-price"
                />
                {fieldError(at('unitPrice'))}
              </label>
              <label className="form-field quote-editor__number quote-editor__vat">
                <span className="form-field__label">{t('quotes.editor.vatPercent')}</span>
                <input
                  value={line.vat}
                  inputMode="decimal"
                  onChange={(event) => update(line.key, { vat: event.target.value })}
                  aria-invalid={Boolean(problemOf(at('vatRate')))}
                  aria-describedby={described(at('vatRate'))}
                  data-testid="line-vat"
                />
                {fieldError(at('vatRate'))}
              </label>
              <p className="quote-editor__line-total" data-testid="line-total">
                <span className="muted">{t('quotes.line.net')}</span>{' '}
                {figures ? formatQuoteEuros(figures.netCents) : '—'}
              </p>
              <button
                type="button"
                className="button button--secondary quote-editor__remove"
                disabled={lines.length <= 1}
                onClick={() => setLines((current) => current.filter((item) => item.key !== line.key))}
                data-testid="remove-line"
              >
                {t('quotes.editor.removeLine')}
                <span className="visually-hidden"> {index + 1}</span>
              </button>
            </fieldset>
          );
        })}
      </fieldset>
      <button
        type="button"
        className="button button--secondary"
        disabled={lines.length >= QUOTE_LIMITS.linesMax}
        onClick={() => setLines((current) => [...current, blankLine()])}
        data-testid="add-line"
      >
        {t('quotes.editor.addLine')}
      </button>
      <div aria-live="polite">
        <QuoteTotals net={totals.netCents} vat={totals.vatCents} gross={totals.grossCents} />
      </div>
      <div className="quote-editor__terms">
        <label className="form-field">
          <span className="form-field__label">{t('quotes.validUntil')}</span>
          <input
            type="date"
            value={validUntil}
            min={todayPlus(1)}
            onChange={(event) => setValidUntil(event.target.value)}
            aria-invalid={Boolean(problemOf('validUntil'))}
            aria-describedby={described('validUntil')}
            data-testid="quote-valid-until-input"
          />
          {fieldError('validUntil')}
        </label>
        <label className="form-field">
          <span className="form-field__label">
            {t('quotes.editor.deliveryWeeks')} <span className="form-field__optional">{t('form.optional')}</span>
          </span>
          <input
            value={deliveryWeeks}
            inputMode="numeric"
            onChange={(event) => setDeliveryWeeks(event.target.value)}
            aria-invalid={Boolean(problemOf('deliveryWeeks'))}
            aria-describedby={described('deliveryWeeks')}
            data-testid="quote-delivery-weeks"
          />
          {fieldError('deliveryWeeks')}
        </label>
        <label className="form-field">
          <span className="form-field__label">
            {t('quotes.editor.deliveryEstimate')} <span className="form-field__optional">{t('form.optional')}</span>
          </span>
          <input
            value={deliveryEstimate}
            maxLength={QUOTE_LIMITS.deliveryEstimateMax}
            onChange={(event) => setDeliveryEstimate(event.target.value)}
            aria-describedby={described('deliveryEstimate')}
            data-testid="quote-delivery-estimate"
          />
          {fieldError('deliveryEstimate')}
        </label>
      </div>
      <label className="form-field">
        <span className="form-field__label">
          {t('quotes.conditions')} <span className="form-field__optional">{t('form.optional')}</span>
        </span>
        <textarea
          rows={4}
          value={conditions}
          maxLength={QUOTE_LIMITS.conditionsMax}
          onChange={(event) => setConditions(event.target.value)}
          aria-describedby={described('conditions')}
          data-testid="quote-conditions"
        />
        {fieldError('conditions')}
      </label>
      {(general.length > 0 || failure) && (
        <p className="form-field__error" role="alert" data-testid="quote-editor-error">
          {failure ?? general.map(errorMessage).join(' ')}
        </p>
      )}
      {problems.length > 0 && general.length === 0 && !failure && (
        <p className="visually-hidden" role="alert">
          {t('quotes.editor.fixProblems')}
        </p>
      )}
      <div className="quote-editor__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="quote-send">
          {busy ? t('quotes.editor.sending') : revising ? t('quotes.editor.sendRevision') : t('quotes.editor.send')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
