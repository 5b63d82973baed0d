import { useQuery } from '@apollo/client/react';
import { ServiceRequestDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { failureMessage } from '../ui/form';
import { Panel } from '../ui/panel';
import { AccessReviewPanel } from './access-review-panel';
import { DeliveryPanel } from './delivery-panel';
import './services.css';

/**
 * A service request's own panels on an EoI page (the office's and the company's): the biobank access path when it
 * follows one, and the delivery with its files. Rendered by the page with one line; loads on its own.
 */
export function ServiceRequestPanels({ eoiId, side }: { eoiId: string; side: 'OFFICE' | 'COMPANY' }) {
  const query = useQuery(ServiceRequestDocument, { variables: { id: eoiId }, fetchPolicy: 'cache-and-network' });
  const eoi = query.data?.node?.__typename === 'ExpressionOfInterest' ? query.data.node : null;
  const refetch = () => void query.refetch();

  if (!eoi) {
    if (query.error)
      return (
        <Panel headingId="service-request-heading" title={t('services.title')} testId="service-request-error">
          <p className="office-message office-message--warning">{failureMessage(query.error)}</p>
          <button type="button" className="button button--secondary" onClick={refetch}>
            {t('services.retry')}
          </button>
        </Panel>
      );
    if (query.loading)
      return (
        <Panel headingId="service-request-heading" title={t('services.title')} testId="service-request-loading">
          <p className="muted" aria-busy="true">
            <span className="spinner spinner--small" aria-hidden="true" /> {t('services.loading')}
          </p>
        </Panel>
      );
    return null;
  }
  return (
    <>
      {eoi.accessPath && <AccessReviewPanel eoi={eoi} path={eoi.accessPath} side={side} onChanged={refetch} />}
      {eoi.delivery && <DeliveryPanel eoi={eoi} delivery={eoi.delivery} side={side} onChanged={refetch} />}
    </>
  );
}
