import { useMutation, useQuery } from '@apollo/client/react';
import { SAVED_SEARCH_NAME_MAX_LENGTH } from '@tt/shared/limits';
import { savedSearchesPath } from '@tt/shared/web-routes';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { type AlertFrequency, CatalogueTaxonomyDocument } from '../generated/graphql';
import { SaveSearchDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { ErrorSummary, type FieldErrors, SelectField, SubmitButton, TextField, useForm } from '../ui/form';
import { CheckIcon } from '../ui/icons';
import { frequencyOptions } from './frequency-options';
import { defaultSearchName, describeSearch } from './search-summary';
import { type SearchToSave, searchInput } from './search-to-save';
import './saved-searches.css';

type Field = 'name' | 'alertFrequency';

/**
 * Saves the page's current search (the catalogue's, or the Requests directory's) under a name, with its alerts: a
 * modal dialog (Escape or Close leave it), the name offered from the search itself, a daily digest by default.
 */
export function SaveSearchDialog({ search, onClose }: { search: SearchToSave; onClose: () => void }) {
  const requests = search.scope === 'REQUESTS';
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { data: taxonomy } = useQuery(CatalogueTaxonomyDocument);
  const [save] = useMutation(SaveSearchDocument, { refetchQueries: ['SavedSearches'] });
  const [saved, setSaved] = useState(false);

  // Closing fires `close`, which unmounts the dialog (onClose); where dialogs cannot close themselves, directly.
  const close = () => {
    const element = dialog.current;
    if (element && typeof element.close === 'function') element.close();
    else onClose();
  };

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // Where the browser has no modal dialogs (test environments), an open one all the same.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  const form = useForm<Field>({
    initial: { name: defaultSearchName(search, taxonomy), alertFrequency: 'DAILY' },
    validate(values) {
      const errors: FieldErrors<Field> = {};
      const name = values.name.trim();
      if (!name) errors.name = t('alerts.nameRequired');
      else if (name.length > SAVED_SEARCH_NAME_MAX_LENGTH)
        errors.name = t('form.tooLong', { max: SAVED_SEARCH_NAME_MAX_LENGTH });
      return errors;
    },
    async submit(values) {
      const { data } = await save({
        variables: {
          input: {
            name: values.name.trim(),
            ...searchInput(search),
            alertFrequency: values.alertFrequency as AlertFrequency,
          },
        },
      });
      const payload = data?.saveSearch;
      if (!payload?.savedSearch) return payload?.errors ?? [];
      setSaved(true);
    },
  });

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes it; Escape does from the keyboard
    <dialog
      ref={dialog}
      className="save-search-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialog.current) close();
      }}
      data-testid="save-search-dialog"
    >
      <div className="save-search-dialog__body">
        {saved ? (
          <div role="status" data-testid="save-search-done">
            <h2 id={titleId} className="save-search-dialog__title icon-heading">
              <CheckIcon />
              {t('alerts.dialog.savedTitle')}
            </h2>
            <p>{requests ? t('alerts.dialog.savedBodyRequests') : t('alerts.dialog.savedBody')}</p>
            <div className="form-actions">
              <Link className="button button--primary" to={savedSearchesPath()} data-testid="save-search-to-list">
                {t('alerts.dialog.toList')}
              </Link>
              <button type="button" className="button button--secondary" onClick={close}>
                {t('alerts.dialog.close')}
              </button>
            </div>
          </div>
        ) : (
          <form className="form" noValidate onSubmit={form.onSubmit}>
            <h2 id={titleId} className="save-search-dialog__title">
              {t('alerts.dialog.title')}
            </h2>
            <p className="save-search-dialog__lead">{t('alerts.dialog.lead')}</p>
            <p className="save-search-dialog__search" data-testid="save-search-summary">
              {describeSearch(search, taxonomy)}
            </p>
            <ErrorSummary
              form={form}
              labels={{ name: t('alerts.field.name'), alertFrequency: t('alerts.field.frequency') }}
            />
            <TextField
              form={form}
              name="name"
              label={t('alerts.field.name')}
              maxLength={SAVED_SEARCH_NAME_MAX_LENGTH + 20}
              autoComplete="off"
              autoFocus
              data-testid="save-search-name"
            />
            <SelectField
              form={form}
              name="alertFrequency"
              label={t('alerts.field.frequency')}
              hint={requests ? t('alerts.field.frequencyHintRequests') : t('alerts.field.frequencyHint')}
              options={frequencyOptions()}
            />
            <div className="form-actions">
              <SubmitButton sending={form.sending} testId="save-search-submit">
                {t('alerts.dialog.save')}
              </SubmitButton>
              <button type="button" className="button button--secondary" onClick={close}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        )}
      </div>
    </dialog>
  );
}
