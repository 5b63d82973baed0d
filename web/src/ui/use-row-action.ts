import { useState } from 'react';
import { type CodedError, errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage } from './form';

export type RowActionMessage = { tone: 'success' | 'warning'; text: string };

/**
 * The actions on the rows of a list, one at a time: which is running (`busy`, the key it was run with)
 * and the message it left. An action answers what to say on success, or the API's errors (nothing: an
 * unexpected answer); a failed request says why.
 */
export function useRowAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<RowActionMessage | null>(null);

  async function run(key: string, action: () => Promise<string | readonly CodedError[] | undefined>) {
    setBusy(key);
    setMessage(null);
    try {
      const outcome = await action();
      if (typeof outcome === 'string') setMessage({ tone: 'success', text: outcome });
      else setMessage({ tone: 'warning', text: outcome?.[0] ? errorMessage(outcome[0]) : t('form.unexpected') });
    } catch (failure) {
      setMessage({ tone: 'warning', text: failureMessage(failure) });
    } finally {
      setBusy(null);
    }
  }

  return { busy, message, setMessage, run };
}
