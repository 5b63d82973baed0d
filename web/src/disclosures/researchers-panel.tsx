import { useMutation } from '@apollo/client/react';
import { EMAIL_MAX_LENGTH } from '@tt/shared/limits';
import { type FormEvent, useId, useState } from 'react';
import {
  AddDisclosureResearcherDocument,
  type DisclosureResearcherFieldsFragment,
  RemoveDisclosureResearcherDocument,
} from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { emailProblem, failureMessage, LiveRegion } from '../ui/form';
import { UsersIcon } from '../ui/icons';
import './disclosures.css';

/**
 * The researcher accounts on a disclosure (who see and edit it), and adding a colleague of the
 * institute by e-mail. Inventors from elsewhere are named in the inventor list and get no access.
 */
export function ResearchersPanel({
  disclosureId,
  researchers,
  canManage,
}: {
  disclosureId: string;
  researchers: readonly DisclosureResearcherFieldsFragment[];
  canManage: boolean;
}) {
  const id = useId();
  const { viewer } = useViewer();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [add, { loading: adding }] = useMutation(AddDisclosureResearcherDocument);
  const [remove, { loading: removing }] = useMutation(RemoveDisclosureResearcherDocument);

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const wrong = emailProblem(email);
    if (wrong) {
      setProblem(wrong);
      return;
    }
    setProblem(null);
    try {
      const { data } = await add({ variables: { input: { disclosureId, email: email.trim() } } });
      const errors = data?.addDisclosureResearcher.errors ?? [];
      if (errors.length > 0) {
        setProblem(errorMessages(errors));
        return;
      }
      const added = data?.addDisclosureResearcher.disclosure?.researchers.find(
        (researcher) => researcher.email.toLowerCase() === email.trim().toLowerCase(),
      );
      setDone(t('disclosures.researchers.added', { name: added?.name ?? email.trim() }));
      setEmail('');
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  }

  async function onRemove(researcher: DisclosureResearcherFieldsFragment) {
    setDone(null);
    setProblem(null);
    try {
      const { data } = await remove({ variables: { input: { disclosureId, userId: researcher.userId } } });
      const errors = data?.removeDisclosureResearcher.errors ?? [];
      if (errors.length > 0) setProblem(errorMessages(errors));
      else setDone(t('disclosures.researchers.removed', { name: researcher.name }));
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  }

  return (
    <section
      className="wizard-subsection researchers-panel"
      aria-labelledby={`${id}-heading`}
      data-testid="researchers-panel"
    >
      <h2 id={`${id}-heading`} className="wizard-subsection__title">
        <UsersIcon />
        {t('disclosures.researchers.title')}
      </h2>
      <p className="wizard-subsection__lead">{t('disclosures.researchers.lead')}</p>
      <ul className="researcher-list">
        {researchers.map((researcher) => {
          const self = researcher.userId === viewer?.id;
          return (
            <li key={researcher.userId} className="researcher" data-testid="researcher">
              <span className="researcher__who">
                <strong>{researcher.name}</strong>
                {self && <span className="researcher__tag">{t('disclosures.researchers.you')}</span>}
                {researcher.isCreator && (
                  <span className="researcher__tag">{t('disclosures.researchers.creator')}</span>
                )}
                <span className="researcher__email">{researcher.email}</span>
              </span>
              {canManage && !self && !researcher.isCreator && (
                <button
                  type="button"
                  className="link-button researcher__remove"
                  onClick={() => void onRemove(researcher)}
                  disabled={removing}
                >
                  {t('disclosures.researchers.remove')}
                  <span className="visually-hidden"> {researcher.name}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {canManage && (
        <form className="researcher-add" onSubmit={(event) => void onAdd(event)} noValidate>
          <label htmlFor={`${id}-email`} className="form-field__label">
            {t('disclosures.researchers.addLabel')}
          </label>
          <p className="form-field__hint" id={`${id}-hint`}>
            {t('disclosures.researchers.addHint')}
          </p>
          <div className="researcher-add__row">
            <input
              id={`${id}-email`}
              type="email"
              maxLength={EMAIL_MAX_LENGTH}
              className="input"
              value={email}
              autoComplete="off"
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={[`${id}-hint`, problem ? `${id}-error` : ''].filter(Boolean).join(' ')}
              data-testid="researcher-email"
            />
            <button type="submit" className="button button--secondary" disabled={adding} data-testid="add-researcher">
              {adding ? t('form.sending') : t('disclosures.researchers.add')}
            </button>
          </div>
          {problem && (
            <p className="form-field__error" id={`${id}-error`} data-testid="researcher-error">
              {problem}
            </p>
          )}
          <LiveRegion>{done && <span className="form-done">{done}</span>}</LiveRegion>
        </form>
      )}
    </section>
  );
}
