import { useQuery } from '@apollo/client/react';
import { ServiceRequestFormOfAssetDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { ExpressInterestForm } from '../interest/express-interest-form';
import { Notice } from '../ui/form';

/**
 * "Request this service": the expression-of-interest form with the service's request form in it (its own or its
 * platform kind's default), read when the company opens it.
 */
export function RequestServiceForm(props: Parameters<typeof ExpressInterestForm>[0]) {
  const { data, loading, error, refetch } = useQuery(ServiceRequestFormOfAssetDocument, {
    variables: { id: props.assetId },
  });
  if (loading && !data) return <span className="spinner" aria-label={t('services.request.loading')} role="status" />;
  const node = data?.node;
  const form = node?.__typename === 'Asset' ? node.serviceRequestForm : null;
  if (error || !form)
    return (
      <Notice tone="warning" testId="service-form-error">
        <p>{t('services.request.loadFailed')}</p>
        <button type="button" className="button button--secondary" onClick={() => void refetch()}>
          {t('services.request.retry')}
        </button>
      </Notice>
    );
  return <ExpressInterestForm {...props} serviceForm={form} />;
}
