import type { RequestStatus, RequestVisibility } from '../generated/graphql';
import { StatusPill } from '../ui/status-pill';
import { requestStatusLabel, requestVisibilityLabel } from './request-labels';

/** Where a request stands: open, fulfilled, closed or expired. */
export function RequestStatusPill({ status }: { status: RequestStatus }) {
  return <StatusPill kind="request" status={status} label={requestStatusLabel(status)} />;
}

/** "Offices only" on a request the public directory does not show; nothing on a public one. */
export function VisibilityBadge({ visibility }: { visibility: RequestVisibility }) {
  if (visibility === 'PUBLIC') return null;
  return (
    <span className="badge badge--outline" data-testid="offices-only">
      {requestVisibilityLabel(visibility)}
    </span>
  );
}
