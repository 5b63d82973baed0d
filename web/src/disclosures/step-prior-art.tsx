import {
  DISCLOSURE_LIMITS,
  type PublicDisclosureKind,
  plannedDisclosureWarning,
} from '@tt/shared/disclosure-transitions';
import { errorMessage } from '../i18n/error-message';
import { type MessageKey, t } from '../i18n/i18n';
import { AlertIcon } from '../ui/icons';
import { fieldDomId, type PublicDisclosureValues } from './disclosure-form';
import { type StepProps, textsOf, WizardField, WizardText } from './wizard-fields';
import { ListError, listOf, RemoveRowButton, rowTextsOf } from './wizard-rows';

/** The two ways to add a disclosure: one that happened, one that is planned. */
const ADD_ROW: readonly { kind: PublicDisclosureKind; label: MessageKey; testId: string }[] = [
  { kind: 'PAST', label: 'disclosures.public.addPast', testId: 'add-past-disclosure' },
  { kind: 'PLANNED', label: 'disclosures.public.addPlanned', testId: 'add-planned-disclosure' },
];

/**
 * The known prior art, and every past or planned public disclosure (talk, poster, paper, thesis,
 * preprint): they decide whether a patent is still possible, so a planned one that is near is
 * flagged at once, by the same rule as the server's.
 */
export function StepPriorArt({ values, update, error, now }: StepProps & { now?: Date }) {
  const entries = values.publicDisclosures;
  const list = listOf(update, 'publicDisclosures');
  const text = textsOf({ values, update, error });
  const full = entries.length >= DISCLOSURE_LIMITS.maxPublicDisclosures;

  return (
    <div className="wizard-step__fields">
      <WizardText
        {...text('priorArt')}
        label={t('disclosures.field.priorArt')}
        hint={t('disclosures.field.priorArtHint')}
        rows={5}
        maxLength={DISCLOSURE_LIMITS.textMax}
        minLength={DISCLOSURE_LIMITS.textMin}
      />

      <section className="wizard-subsection" aria-labelledby="public-disclosures-heading">
        <h2 id="public-disclosures-heading" className="wizard-subsection__title">
          {t('disclosures.public.heading')}
        </h2>
        <p className="wizard-subsection__lead">{t('disclosures.public.lead')}</p>
        {entries.length === 0 && (
          <p className="wizard-empty" data-testid="no-public-disclosures">
            {t('disclosures.public.empty')}
          </p>
        )}
        <ol className="wizard-rows" id={fieldDomId('publicDisclosures')} tabIndex={-1}>
          {entries.map((entry, index) => {
            const at = `publicDisclosures.${index}`;
            const setEntry = (patch: Partial<PublicDisclosureValues>) => list.set(index, patch);
            const rowText = rowTextsOf(error, at, entry, setEntry);
            const warning = entry.kind === 'PLANNED' ? plannedDisclosureWarning(entry.date, now) : null;
            const number = index + 1;
            return (
              <li
                key={entry.key}
                className={`wizard-row${warning ? ' wizard-row--warning' : ''}`}
                data-testid="public-disclosure-row"
              >
                <fieldset className="wizard-row__fieldset">
                  <legend className="wizard-row__legend">
                    {t(
                      entry.kind === 'PLANNED' ? 'disclosures.public.legendPlanned' : 'disclosures.public.legendPast',
                      {
                        number,
                      },
                    )}
                  </legend>
                  {warning && (
                    <p className="disclosure-warning" role="alert" data-testid="planned-warning">
                      <AlertIcon />
                      {errorMessage(warning)}
                    </p>
                  )}
                  <div className="wizard-row__grid wizard-row__grid--public">
                    <WizardField field={`${at}.kind`} label={t('disclosures.public.kind')} error={error(`${at}.kind`)}>
                      {(props) => (
                        <select
                          className="input select"
                          value={entry.kind}
                          onChange={(event) => setEntry({ kind: event.target.value as PublicDisclosureKind })}
                          {...props}
                        >
                          <option value="PAST">{t('disclosures.public.past')}</option>
                          <option value="PLANNED">{t('disclosures.public.planned')}</option>
                        </select>
                      )}
                    </WizardField>
                    <WizardField field={`${at}.date`} label={t('disclosures.public.date')} error={error(`${at}.date`)}>
                      {(props) => (
                        <input
                          type="date"
                          className="input"
                          value={entry.date}
                          onChange={(event) => setEntry({ date: event.target.value })}
                          {...props}
                        />
                      )}
                    </WizardField>
                    <WizardText
                      {...rowText('venue')}
                      label={t('disclosures.public.venue')}
                      maxLength={DISCLOSURE_LIMITS.nameMax}
                      placeholder={t('disclosures.public.venuePlaceholder')}
                      className="wizard-row__wide"
                    />
                  </div>
                  <WizardText
                    {...rowText('description')}
                    label={t('disclosures.public.description')}
                    optional
                    rows={2}
                    maxLength={DISCLOSURE_LIMITS.textMax}
                    placeholder={t('disclosures.public.descriptionPlaceholder')}
                  />
                </fieldset>
                <RemoveRowButton
                  onClick={() => list.remove(index)}
                  testId="remove-public-disclosure"
                  rowName={entry.venue || number}
                >
                  {t('disclosures.public.remove')}
                </RemoveRowButton>
              </li>
            );
          })}
        </ol>
        <ListError field="publicDisclosures" error={error('publicDisclosures')} />
        <div className="wizard-row-actions">
          {ADD_ROW.map(({ kind, label, testId }) => (
            <button
              key={kind}
              type="button"
              className="button button--secondary"
              onClick={() => list.add({ kind, date: '', venue: '', description: '' })}
              disabled={full}
              data-testid={testId}
            >
              {t(label)}
            </button>
          ))}
        </div>
      </section>
    </div>
  );
}
