import { useMutation, useQuery } from '@apollo/client/react';
import { PARTNER_LIMITS } from '@tt/shared/partner-rules';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { MyCompanyContactPreferencesDocument, SetCompanyContactPreferencesDocument } from '../generated/graphql';
import { errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { langOfText } from '../i18n/written-language';
import { failureMessage } from '../ui/form';
import { Panel } from '../ui/panel';

type Choice = { byEmail: boolean; byPhone: boolean; phone: string };

/**
 * The company says which of its people the institutes' offices may contact and how (e-mail, phone), with a short
 * "how to reach us" note. Only the offices read it, on their record of the company; never the public directory.
 */
export function ContactPreferencesPanel() {
  const id = useId();
  const { data } = useQuery(MyCompanyContactPreferencesDocument);
  const company = data?.viewer?.user.company;
  const members = (company?.members ?? []).filter((member) => !member.disabled);
  const [note, setNote] = useState('');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [save, { loading }] = useMutation(SetCompanyContactPreferencesDocument);

  useEffect(() => {
    const preferences = company?.contactPreferences;
    if (!preferences) return;
    setNote(preferences.note);
    setChoices(
      Object.fromEntries(
        preferences.people.map((person) => [
          person.userId,
          { byEmail: person.email !== null, byPhone: person.phone !== null, phone: person.phone ?? '' },
        ]),
      ),
    );
  }, [company?.contactPreferences]);

  if (!company) return null;
  const choiceOf = (userId: string): Choice => choices[userId] ?? { byEmail: false, byPhone: false, phone: '' };
  const change = (userId: string, next: Partial<Choice>) =>
    setChoices({ ...choices, [userId]: { ...choiceOf(userId), ...next } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    const people = members
      .map((member) => ({ member, choice: choiceOf(member.id) }))
      .filter(({ choice }) => choice.byEmail || choice.byPhone)
      .map(({ member, choice }) => ({
        userId: member.id,
        byEmail: choice.byEmail,
        phone: choice.byPhone ? choice.phone.trim() : null,
      }));
    try {
      const { data: answer } = await save({ variables: { input: { note, people } } });
      const payload = answer?.setCompanyContactPreferences;
      setOutcome(
        payload?.company
          ? { ok: true, text: t('contactPreferences.saved') }
          : { ok: false, text: payload ? errorMessages(payload.errors) : t('contactPreferences.failed') },
      );
    } catch (caught) {
      setOutcome({ ok: false, text: failureMessage(caught) });
    }
  }

  return (
    <Panel
      headingId="contact-preferences-heading"
      title={t('contactPreferences.title')}
      headingClassName="icon-heading"
      testId="contact-preferences"
    >
      <p className="panel__lead">{t('contactPreferences.lead')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="contact-preferences__people">
          <legend className="form-field__label">{t('contactPreferences.people')}</legend>
          {members.map((member) => {
            const choice = choiceOf(member.id);
            return (
              <div key={member.id} className="contact-preferences__person" data-testid="contact-person">
                <p className="contact-preferences__name">
                  <strong>{member.name}</strong> <span className="muted">{member.email}</span>
                </p>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={choice.byEmail}
                    onChange={(event) => change(member.id, { byEmail: event.target.checked })}
                    data-testid="contact-person-email"
                  />
                  <span>{t('contactPreferences.byEmail')}</span>
                </label>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={choice.byPhone}
                    onChange={(event) => change(member.id, { byPhone: event.target.checked })}
                    data-testid="contact-person-phone"
                  />
                  <span>{t('contactPreferences.byPhone')}</span>
                </label>
                {choice.byPhone && (
                  <div className="form-field">
                    <label className="form-field__label" htmlFor={`${id}-${member.id}-phone`}>
                      {t('contactPreferences.phone', { name: member.name })}
                    </label>
                    <input
                      id={`${id}-${member.id}-phone`}
                      className="input"
                      type="tel"
                      autoComplete="tel"
                      maxLength={PARTNER_LIMITS.contactPhoneMax}
                      value={choice.phone}
                      onChange={(event) => change(member.id, { phone: event.target.value })}
                      data-testid="contact-person-phone-number"
                    />
                  </div>
                )}
              </div>
            );
          })}
        </fieldset>
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-note`}>
            {t('contactPreferences.note')}
          </label>
          <textarea
            id={`${id}-note`}
            className="input"
            rows={3}
            maxLength={PARTNER_LIMITS.contactNoteMax}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            // The stored note, as written; once edited it is in the page's language.
            lang={
              note === company.contactPreferences?.note
                ? langOfText(note, company.contactPreferences.noteLanguage)
                : undefined
            }
            data-testid="contact-preferences-note"
          />
        </div>
        <div className="contact-preferences__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={loading}
            data-testid="contact-preferences-save"
          >
            {loading ? t('form.sending') : t('contactPreferences.save')}
          </button>
          <span
            role="status"
            className={outcome?.ok === false ? 'form-field__error' : 'muted'}
            data-testid="contact-preferences-outcome"
          >
            {outcome?.text}
          </span>
        </div>
      </form>
    </Panel>
  );
}
