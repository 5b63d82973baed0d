import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { type CodedError, errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage, LiveRegion } from './form';
import './thread.css';

/** What a send answers: the server's errors (none: it was posted). */
type SendOutcome = readonly CodedError[];

/** The office's second kind of message: an internal note the other side never sees. */
export interface InternalNoteOption {
  /** The legend of the choice (read by screen readers). */
  legend: string;
  /** The tab that writes to the other side. */
  sharedTab: string;
  /** The tab (and the textarea's label) of a note. */
  noteTab: ReactNode;
  noteLabel: string;
  hint: string;
  submit: string;
  done: string;
}

/**
 * Writes in a thread: a reply the other side sees or, when `internalNote` is given, an internal note,
 * chosen explicitly and styled apart so that a note is never sent by mistake.
 */
export function MessageForm({
  send,
  label,
  hideLabel = false,
  placeholder,
  maxLength,
  required,
  submit,
  done: doneMessage,
  internalNote,
}: {
  /** Posts the text (`internal`: as a note); throws when the request fails. */
  send: (body: string, internal: boolean) => Promise<SendOutcome>;
  label: string;
  /** The label is read by screen readers only (the placeholder says it on screen). */
  hideLabel?: boolean;
  placeholder?: string;
  maxLength: number;
  /** The error for an empty message. */
  required: string;
  submit: string;
  /** What an announcement says once the message is posted. */
  done: string;
  internalNote?: InternalNoteOption;
}) {
  const id = useId();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const note = internalNote !== undefined && internal;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setDone(null);
    const text = body.trim();
    if (!text) {
      setProblem(required);
      return;
    }
    if (text.length > maxLength) {
      setProblem(t('form.tooLong', { max: maxLength }));
      return;
    }
    setProblem(null);
    setSending(true);
    try {
      const errors = await send(text, note);
      if (errors.length > 0) {
        setProblem(errorMessages(errors));
        return;
      }
      setBody('');
      setDone(note && internalNote ? internalNote.done : doneMessage);
    } catch (failure) {
      setProblem(failureMessage(failure));
    } finally {
      setSending(false);
    }
  }

  const shownLabel = note && internalNote ? internalNote.noteLabel : label;
  return (
    <form
      className={`message-form${note ? ' message-form--internal' : ''}`}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      data-testid="reply-form"
    >
      {internalNote && (
        <fieldset className="message-form__kind">
          <legend className="visually-hidden">{internalNote.legend}</legend>
          <label className={`message-form__tab${note ? '' : ' is-selected'}`}>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={!note}
              onChange={() => setInternal(false)}
              data-testid="reply-kind-shared"
            />
            {internalNote.sharedTab}
          </label>
          <label className={`message-form__tab message-form__tab--internal${note ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={note}
              onChange={() => setInternal(true)}
              data-testid="reply-kind-internal"
            />
            {internalNote.noteTab}
          </label>
        </fieldset>
      )}
      <label htmlFor={`${id}-body`} className={hideLabel ? 'visually-hidden' : 'form-field__label'}>
        {shownLabel}
      </label>
      {note && internalNote && (
        <p className="message-form__hint" id={`${id}-hint`}>
          {internalNote.hint}
        </p>
      )}
      <textarea
        id={`${id}-body`}
        className="input textarea message-form__input"
        rows={4}
        value={body}
        placeholder={hideLabel ? shownLabel : placeholder}
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
      <div className="message-form__actions">
        <LiveRegion>{done && <span className="form-done">{done}</span>}</LiveRegion>
        <button
          type="submit"
          className={note ? 'button button--secondary message-form__note-button' : 'button button--primary'}
          disabled={sending}
          data-testid="reply-submit"
        >
          {sending && <span className="spinner spinner--small" aria-hidden="true" />}
          {sending ? t('form.sending') : note && internalNote ? internalNote.submit : submit}
        </button>
      </div>
    </form>
  );
}
