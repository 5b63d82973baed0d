import type { DisclosureStatus } from '../generated/graphql';
import { disclosureStatusLabel } from '../i18n/labels';
import './disclosures.css';

/** Where a disclosure stands, in the colour of its stage (with the researchers, with the office, closed). */
export function DisclosureStatusBadge({ status }: { status: DisclosureStatus }) {
  return (
    <span
      className={`disclosure-status disclosure-status--${status.toLowerCase()}`}
      data-testid="disclosure-status"
      data-status={status}
    >
      <span className="disclosure-status__dot" aria-hidden="true" />
      {disclosureStatusLabel(status)}
    </span>
  );
}
