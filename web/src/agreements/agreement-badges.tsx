import type { AgreementStatus, AgreementType } from '../generated/graphql';
import { StatusPill } from '../ui/status-pill';
import { agreementStatusLabel, agreementTypeLabel } from './agreement-labels';

/** Where an agreement stands, in the colour of its stage (drafts grey, in force green, ended grey or red). */
export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  return <StatusPill kind="agreement" status={status} label={agreementStatusLabel(status)} />;
}

export function AgreementTypeTag({ type }: { type: AgreementType }) {
  return (
    <span className="agreement-type" data-testid="agreement-type" data-type={type}>
      {agreementTypeLabel(type)}
    </span>
  );
}
