import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { t } from '../i18n/i18n';
import { AlertIcon, CloseIcon } from '../ui/icons';
import { editPath, stepOfField } from './disclosure-form';
import { fieldLabel } from './field-labels';
import type { LostEdit } from './use-draft-autosave';

/**
 * Someone saved the disclosure since it was loaded here (another tab, a co-inventor): nothing more is
 * saved until the researcher chooses to load the latest version or to keep theirs.
 */
export function ConflictBanner({
  onLoadLatest,
  onKeepMine,
  busy,
}: {
  onLoadLatest: () => void;
  onKeepMine: () => void;
  busy: boolean;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section
      className="conflict-banner"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="conflict-heading"
      data-testid="conflict-banner"
    >
      <AlertIcon className="icon conflict-banner__icon" />
      <div className="conflict-banner__body">
        <h2 id="conflict-heading" className="conflict-banner__title">
          {t('disclosures.conflict.title')}
        </h2>
        <p>{t('disclosures.conflict.body')}</p>
        <div className="conflict-banner__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={onLoadLatest}
            disabled={busy}
            data-testid="conflict-load-latest"
          >
            {t('disclosures.conflict.loadLatest')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={onKeepMine}
            disabled={busy}
            data-testid="conflict-keep-mine"
          >
            {t('disclosures.conflict.keepMine')}
          </button>
        </div>
        <p className="conflict-banner__note">{t('disclosures.conflict.note')}</p>
      </div>
    </section>
  );
}

/** After loading the latest version: the edits that were not saved, to copy back where wanted. */
export function LostEditsPanel({
  disclosureId,
  edits,
  onDismiss,
}: {
  disclosureId: string;
  edits: readonly LostEdit[];
  onDismiss: () => void;
}) {
  if (edits.length === 0) return null;
  return (
    <section className="lost-edits" aria-labelledby="lost-edits-heading" data-testid="lost-edits">
      <div className="lost-edits__head">
        <h2 id="lost-edits-heading" className="lost-edits__title">
          {t('disclosures.conflict.lostTitle')}
        </h2>
        <button
          type="button"
          className="upload__dismiss"
          onClick={onDismiss}
          aria-label={t('disclosures.conflict.dismiss')}
        >
          <CloseIcon />
        </button>
      </div>
      <p className="lost-edits__lead">{t('disclosures.conflict.lostLead')}</p>
      <dl className="lost-edits__list">
        {edits.map((edit) => {
          const step = stepOfField(edit.field);
          return (
            <div key={edit.field} className="lost-edits__item" data-testid="lost-edit">
              <dt>
                {fieldLabel(edit.field)}
                {step && (
                  <>
                    {' · '}
                    <Link to={editPath(disclosureId, step)}>{t('disclosures.conflict.goToStep')}</Link>
                  </>
                )}
              </dt>
              <dd>
                <textarea
                  className="input textarea lost-edits__value"
                  readOnly
                  value={edit.value}
                  rows={Math.min(6, edit.value.split('\n').length + 1)}
                  aria-label={t('disclosures.conflict.yourValue', { field: fieldLabel(edit.field) })}
                />
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
