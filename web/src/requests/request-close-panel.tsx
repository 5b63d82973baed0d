import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { type RequestStatus } from '../generated/graphql';
import { CloseTechnologyRequestDocument } from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage, Notice } from '../ui/form';
import { Panel } from '../ui/panel';
import type { RequestView } from './request-view';

/**
 * The company closes its request: fulfilled (it found what it sought) or closed (no longer looking); an expired
 * request can still be marked fulfilled. Each asks "really?" first: nothing reopens a request.
 */
export function RequestClosePanel({ request }: { request: RequestView }) {
  const [asking, setAsking] = useState<RequestStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [close, { loading }] = useMutation(CloseTechnologyRequestDocument);
  const choices: RequestStatus[] =
    request.status === 'OPEN' ? ['FULFILLED', 'CLOSED'] : request.status === 'EXPIRED' ? ['FULFILLED'] : [];
  if (choices.length === 0) return null;

  async function confirm(status: RequestStatus) {
    setProblem(null);
    try {
      const { data } = await close({ variables: { input: { id: request.id, status } } });
      const errors = data?.closeTechnologyRequest.errors ?? [];
      if (errors.length > 0) setProblem(errorMessages(errors));
      else setAsking(null);
    } catch (error) {
      setProblem(failureMessage(error));
    }
  }

  return (
    <Panel headingId="request-close-heading" title={t('requests.close.title')} testId="close-panel">
      {asking ? (
        <div className="request-close__confirm">
          <p>{asking === 'FULFILLED' ? t('requests.close.confirmFulfilled') : t('requests.close.confirmClosed')}</p>
          <div className="request-close__buttons">
            <button
              type="button"
              className="button button--primary"
              disabled={loading}
              onClick={() => void confirm(asking)}
              data-testid="confirm-close"
            >
              {asking === 'FULFILLED' ? t('requests.close.fulfilled') : t('requests.close.closed')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAsking(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted">{t('requests.close.lead')}</p>
          <div className="request-close__buttons">
            {choices.map((status) => (
              <button
                key={status}
                type="button"
                className={status === 'FULFILLED' ? 'button button--primary' : 'button button--secondary'}
                onClick={() => setAsking(status)}
                data-testid={`close-${status.toLowerCase()}`}
              >
                {status === 'FULFILLED' ? t('requests.close.fulfilled') : t('requests.close.closed')}
              </button>
            ))}
          </div>
        </>
      )}
      {problem && (
        <Notice tone="warning" testId="close-problem">
          <p>{problem}</p>
        </Notice>
      )}
    </Panel>
  );
}
