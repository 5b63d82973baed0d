import type { PartnerStatus } from '../generated/graphql';
import { partnerStatusLabel } from '../i18n/labels';

const TONES: Record<PartnerStatus, string> = {
  PROSPECT: 'badge--outline',
  IN_CONTACT: 'badge--neutral',
  PARTNER: 'badge--primary',
  FORMER_PARTNER: 'badge--outline partner-status--former',
};

/** Where the office stands with a company, in its own words. */
export function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  return (
    <span className={`badge ${TONES[status]}`} data-testid="partner-status">
      {partnerStatusLabel(status)}
    </span>
  );
}
