import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { PostDisclosureMessageDocument } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { failureMessage, LiveRegion } from '../ui/form';
import './disclosures.css';

const MESSAGE_MAX = 5000;

/** Writes in a disclosure's thread (the researchers' answer to the office, or any message). */
export function DisclosureReplyForm({
  disclosureId,
  label = t('disclosures.reply.label'),
  placeholder,
}: {
  disclosureId: string;
  label?: string;
  placeholder?: string;
}) {
  const id = useId();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [post, { loading }] = useMutation(PostDisclosureMessageDocument);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setDone(null);
    const text = body.trim();
    if (!text) {
      setProblem(t('disclosures.reply.required'));
      return;
    }
    if (text.length > MESSAGE_MAX) {
      setProblem(t('form.tooLong', { max: MESSAGE_MAX }));
      return;
    }
    setProblem(null);
    try {
      const { data } = await post({ variables: { input: { id: disclosureId, body: text } } });
      const errors = data?.postDisclosureMessage.errors ?? [];
      if (errors.length > 0) {
        setProblem(errors.map((error) => error.message).join(' '));
        return;
      }
      setBody('');
      setDone(t('disclosures.reply.sent'));
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  }

  return (
    <form className="disclosure-reply" onSubmit={(event) => void send(event)} noValidate data-testid="reply-form">
      <label htmlFor={`${id}-body`} className="form-field__label">
        {label}
      </label>
      <textarea
        id={`${id}-body`}
        className="input textarea"
        rows={4}
        value={body}
        placeholder={placeholder}
        onChange={(event) => setBody(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        data-testid="reply-body"
      />
      {problem && (
        <p className="form-field__error" id={`${id}-error`} data-testid="reply-error">
          {problem}
        </p>
      )}
      <div className="disclosure-reply__actions">
        <LiveRegion>{done && <span className="disclosure-reply__done">{done}</span>}</LiveRegion>
        <button type="submit" className="button button--primary" disabled={loading} data-testid="reply-submit">
          {loading && <span className="spinner spinner--small" aria-hidden="true" />}
          {loading ? t('form.sending') : t('disclosures.reply.send')}
        </button>
      </div>
    </form>
  );
}
