import type { AssetStatus } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { assetStatusLabel } from '../i18n/labels';
import { StatusPill } from './status-pill';

/**
 * A listing's status for the office: a draft is only the office's, published is public, archived is gone
 * ("Expired" when its expiry date took it out of the catalogue, until renewed).
 */
export function ListingStatusBadge({ status, expired = false }: { status: AssetStatus; expired?: boolean }) {
  const label = expired && status === 'ARCHIVED' ? t('listing.status.expired') : assetStatusLabel(status);
  return <StatusPill kind="listing" status={status} label={label} />;
}
