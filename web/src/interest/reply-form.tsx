import { useMutation } from '@apollo/client/react';
import { EOI_MESSAGE_MAX_LENGTH } from '@tt/shared/eoi-transitions';
import { type FormEvent, useId, useState } from 'react';
import { PostExpressionOfInterestMessageDocument } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { failureMessage, LiveRegion } from '../ui/form';
import { LockIcon } from './eoi-icons';
import './eoi.css';

/**
 * Writes in an EoI's thread: a reply the other side sees, or (the office only, `allowInternal`) an
 * internal note, chosen explicitly and styled apart so that a note is never sent by mistake.
 */
export function ReplyForm({ eoiId, allowInternal = false }: { eoiId: string; allowInternal?: boolean }) {
  const id = useId();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [post, { loading }] = useMutation(PostExpressionOfInterestMessageDocument);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setDone(null);
    const text = body.trim();
    if (!text) {
      setProblem(t('eoi.reply.required'));
      return;
    }
    if (text.length > EOI_MESSAGE_MAX_LENGTH) {
      setProblem(t('form.tooLong', { max: EOI_MESSAGE_MAX_LENGTH }));
      return;
    }
    setProblem(null);
    try {
      const { data } = await post({
        variables: { input: { id: eoiId, body: text, internal: allowInternal && internal } },
      });
      const errors = data?.postExpressionOfInterestMessage.errors ?? [];
      if (errors.length > 0) {
        setProblem(errors.map((error) => error.message).join(' '));
        return;
      }
      setBody('');
      setDone(internal ? t('eoi.reply.noted') : t('eoi.reply.sent'));
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  }

  const note = allowInternal && internal;
  return (
    <form
      className={`reply-form${note ? ' reply-form--internal' : ''}`}
      onSubmit={(event) => void send(event)}
      noValidate
      data-testid="reply-form"
    >
      {allowInternal && (
        <fieldset className="reply-form__kind">
          <legend className="visually-hidden">{t('eoi.reply.kind')}</legend>
          <label className={`reply-form__tab${note ? '' : ' is-selected'}`}>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={!note}
              onChange={() => setInternal(false)}
              data-testid="reply-kind-shared"
            />
            {t('eoi.reply.toCompany')}
          </label>
          <label className={`reply-form__tab reply-form__tab--internal${note ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={note}
              onChange={() => setInternal(true)}
              data-testid="reply-kind-internal"
            />
            <LockIcon />
            {t('eoi.reply.internal')}
          </label>
        </fieldset>
      )}
      <label htmlFor={`${id}-body`} className="visually-hidden">
        {note ? t('eoi.reply.internal') : t('eoi.reply.label')}
      </label>
      {note && (
        <p className="reply-form__hint" id={`${id}-hint`}>
          {t('eoi.reply.internalHint')}
        </p>
      )}
      <textarea
        id={`${id}-body`}
        className="input textarea reply-form__input"
        rows={4}
        value={body}
        placeholder={note ? t('eoi.reply.internal') : t('eoi.reply.label')}
        onChange={(event) => setBody(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={
          [note ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
        }
        data-testid="reply-body"
      />
      {problem && (
        <p className="form-field__error" id={`${id}-error`} data-testid="reply-error">
          {problem}
        </p>
      )}
      <div className="reply-form__actions">
        <LiveRegion>{done && <span className="reply-form__done">{done}</span>}</LiveRegion>
        <button
          type="submit"
          className={note ? 'button button--secondary reply-form__note-button' : 'button button--primary'}
          disabled={loading}
          data-testid="reply-submit"
        >
          {loading && <span className="spinner spinner--small" aria-hidden="true" />}
          {loading ? t('form.sending') : note ? t('eoi.reply.addNote') : t('eoi.reply.send')}
        </button>
      </div>
    </form>
  );
}
