import type { DisclosureStatus } from '../generated/graphql';
import { disclosureStatusLabel } from '../i18n/labels';
import { StatusPill } from '../ui/status-pill';
import './disclosures.css';

/** Where a disclosure stands, in the colour of its stage (with the researchers, with the office, closed). */
export function DisclosureStatusBadge({ status }: { status: DisclosureStatus }) {
  return <StatusPill kind="disclosure" status={status} label={disclosureStatusLabel(status)} />;
}
