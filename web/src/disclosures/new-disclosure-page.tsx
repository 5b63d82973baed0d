import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { SaveDisclosureDraftDocument } from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { failureMessage } from '../ui/form';
import { PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { editPath } from './disclosure-form';
import './disclosures.css';

/**
 * Starts a disclosure: creates the draft on the server (with the researcher as its first inventor)
 * and opens the wizard on it. Once only, even when React runs the effect twice.
 */
export function NewDisclosurePage() {
  usePageMeta(t('disclosures.new.metaTitle'));
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const [create] = useMutation(SaveDisclosureDraftDocument);
  const started = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` starts a retry
  useEffect(() => {
    if (!viewer || started.current) return;
    started.current = true;
    setProblem(null);
    const inventors = [{ name: viewer.name, affiliation: viewer.institution?.name ?? '', contributionShare: 100 }];
    create({ variables: { input: { inventors } } })
      .then(({ data }) => {
        const payload = data?.saveDisclosureDraft;
        if (payload?.disclosure && payload.errors.length === 0) {
          navigate(editPath(payload.disclosure.id, 'basics'), { replace: true });
        } else {
          started.current = false;
          setProblem(errorMessages(payload?.errors ?? []) || t('form.unexpected'));
        }
      })
      .catch((failure: unknown) => {
        started.current = false;
        setProblem(failureMessage(failure));
      });
  }, [viewer, attempt, create, navigate]);

  if (!problem) return <PageLoading />;
  return (
    <div className="container page-section">
      <div className="status status--error" role="alert" data-testid="new-disclosure-error">
        <h1 className="status__title">{t('disclosures.new.failed')}</h1>
        <p>{problem}</p>
        <div className="status__actions">
          <button type="button" className="button button--primary" onClick={() => setAttempt((count) => count + 1)}>
            {t('common.retry')}
          </button>
          <Link className="button button--secondary" to="/disclosures">
            {t('disclosures.backToList')}
          </Link>
        </div>
      </div>
    </div>
  );
}
