import { useMutation } from '@apollo/client/react';
import { PARTNER_LIMITS } from '@tt/shared/partner-rules';
import { type FormEvent, useId, useState } from 'react';
import {
  AddPartnerContactDocument,
  type PartnerContactFieldsFragment,
  RemovePartnerContactDocument,
  UpdatePartnerContactDocument,
} from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage } from '../ui/form';

type ContactDraft = Omit<PartnerContactFieldsFragment, 'id' | '__typename'>;
const EMPTY: ContactDraft = { name: '', role: '', email: '', phone: '', notes: '' };

/** The office's contacts at the company: each with edit and remove, and a form to add one. */
export function PartnerContactsEditor({
  recordId,
  contacts,
}: {
  recordId: string;
  contacts: readonly PartnerContactFieldsFragment[];
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [remove] = useMutation(RemovePartnerContactDocument);
  const [problem, setProblem] = useState<string | null>(null);

  async function removeContact(contact: PartnerContactFieldsFragment) {
    if (!window.confirm(t('partnerContacts.confirmRemove', { name: contact.name }))) return;
    setProblem(null);
    try {
      const { data } = await remove({ variables: { input: { id: contact.id } } });
      if (data?.removePartnerContact.errors.length) setProblem(errorMessages(data.removePartnerContact.errors));
    } catch (caught) {
      setProblem(failureMessage(caught));
    }
  }

  return (
    <div className="partner-contacts">
      {contacts.length === 0 && !adding && (
        <p className="muted" data-testid="partner-contacts-empty">
          {t('partnerContacts.empty')}
        </p>
      )}
      <ul className="partner-contacts__list">
        {contacts.map((contact) =>
          editing === contact.id ? (
            <li key={contact.id} className="partner-contacts__item">
              <ContactForm recordId={recordId} contact={contact} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={contact.id} className="partner-contacts__item" data-testid="partner-contact">
              <div>
                <strong>{contact.name}</strong>
                {contact.role && <span className="muted"> · {contact.role}</span>}
                {contact.email && (
                  <div>
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </div>
                )}
                {contact.phone && <div>{contact.phone}</div>}
                {contact.notes && <p className="partner-contacts__notes">{contact.notes}</p>}
              </div>
              <div className="partner-contacts__actions">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setEditing(contact.id)}
                  aria-label={t('partnerContacts.editNamed', { name: contact.name })}
                  data-testid="partner-contact-edit"
                >
                  {t('partnerContacts.edit')}
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void removeContact(contact)}
                  aria-label={t('partnerContacts.removeNamed', { name: contact.name })}
                  data-testid="partner-contact-remove"
                >
                  {t('partnerContacts.remove')}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {problem && (
        <p className="form-field__error" role="alert">
          {problem}
        </p>
      )}
      {adding ? (
        <ContactForm recordId={recordId} onDone={() => setAdding(false)} />
      ) : (
        contacts.length < PARTNER_LIMITS.contactsMax && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setAdding(true)}
            data-testid="partner-contact-add"
          >
            {t('partnerContacts.add')}
          </button>
        )
      )}
    </div>
  );
}

const FIELDS: { name: keyof ContactDraft; max: number; type?: string; autoComplete?: string }[] = [
  { name: 'name', max: PARTNER_LIMITS.contactNameMax, autoComplete: 'off' },
  { name: 'role', max: PARTNER_LIMITS.contactRoleMax },
  { name: 'email', max: PARTNER_LIMITS.contactEmailMax, type: 'email' },
  { name: 'phone', max: PARTNER_LIMITS.contactPhoneMax, type: 'tel' },
];

function ContactForm({
  recordId,
  contact,
  onDone,
}: {
  recordId: string;
  contact?: PartnerContactFieldsFragment;
  onDone: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<ContactDraft>(
    contact
      ? { name: contact.name, role: contact.role, email: contact.email, phone: contact.phone, notes: contact.notes }
      : EMPTY,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [add, { loading: adding }] = useMutation(AddPartnerContactDocument);
  const [update, { loading: updating }] = useMutation(UpdatePartnerContactDocument);
  const labels: Record<keyof ContactDraft, string> = {
    name: t('partnerContacts.name'),
    role: t('partnerContacts.role'),
    email: t('partnerContacts.email'),
    phone: t('partnerContacts.phone'),
    notes: t('partnerContacts.notes'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!draft.name.trim()) return setProblem(t('error.PARTNER_CONTACT_NAME_REQUIRED'));
    try {
      const errors = contact
        ? (await update({ variables: { input: { id: contact.id, contact: draft } } })).data?.updatePartnerContact.errors
        : (await add({ variables: { input: { relationshipId: recordId, contact: draft } } })).data?.addPartnerContact
            .errors;
      if (errors?.length) setProblem(errorMessages(errors));
      else onDone();
    } catch (caught) {
      setProblem(failureMessage(caught));
    }
  }

  return (
    <form
      className="partner-contact-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid="partner-contact-form"
    >
      <div className="partner-contact-form__grid">
        {FIELDS.map((field) => (
          <div className="form-field" key={field.name}>
            <label className="form-field__label" htmlFor={`${id}-${field.name}`}>
              {labels[field.name]}
              {field.name !== 'name' && <span className="form-field__optional"> {t('form.optional')}</span>}
            </label>
            <input
              id={`${id}-${field.name}`}
              className="input"
              type={field.type ?? 'text'}
              maxLength={field.max}
              value={draft[field.name]}
              onChange={(event) => setDraft({ ...draft, [field.name]: event.target.value })}
              data-testid={`partner-contact-${field.name}`}
            />
          </div>
        ))}
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-notes`}>
          {labels.notes}
          <span className="form-field__optional"> {t('form.optional')}</span>
        </label>
        <textarea
          id={`${id}-notes`}
          className="input"
          rows={2}
          maxLength={PARTNER_LIMITS.contactNotesMax}
          value={draft.notes}
          onChange={(event) => setDraft({ ...draft, notes: event.target.value })}
          data-testid="partner-contact-notes"
        />
      </div>
      {problem && (
        <p className="form-field__error" role="alert" data-testid="partner-contact-problem">
          {problem}
        </p>
      )}
      <div className="partner-contact-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={adding || updating}
          data-testid="partner-contact-save"
        >
          {adding || updating ? t('form.sending') : t('partnerContacts.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('partnerContacts.cancel')}
        </button>
      </div>
    </form>
  );
}
