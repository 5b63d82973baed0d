import type { AssetStatus } from '../generated/graphql';
import { assetStatusLabel } from '../i18n/labels';
import { StatusPill } from './status-pill';

/** A listing's status for the office: a draft is only the office's, published is public, archived is gone. */
export function ListingStatusBadge({ status }: { status: AssetStatus }) {
  return <StatusPill kind="listing" status={status} label={assetStatusLabel(status)} />;
}
