import type { AssetStatus } from '../generated/graphql';
import { assetStatusLabel } from '../i18n/labels';
import './listings.css';

/** A listing's status for the office: a draft is only the office's, published is public, archived is gone. */
export function ListingStatusBadge({ status }: { status: AssetStatus }) {
  return (
    <span
      className={`listing-status listing-status--${status.toLowerCase()}`}
      data-testid="listing-status"
      data-status={status}
    >
      <span className="listing-status__dot" aria-hidden="true" />
      {assetStatusLabel(status)}
    </span>
  );
}
