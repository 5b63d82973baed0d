import type { ServiceCapacityFieldsFragment as ServiceCapacity } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { capacityDate } from './capacity-text';
import './capacity.css';

/** A service's capacity at a glance on its catalogue card: nothing when none is stated. */
export function CapacityBadge({ capacity }: { capacity: Pick<ServiceCapacity, 'status' | 'fullyBookedUntil'> | null }) {
  if (!capacity || capacity.status === 'NOT_STATED') return null;
  const booked = capacity.status === 'FULLY_BOOKED';
  return (
    <span
      className={`badge capacity-badge ${booked ? 'badge--accent' : 'badge--success'}`}
      data-testid="capacity-badge"
      data-status={capacity.status}
    >
      {booked && capacity.fullyBookedUntil
        ? t('capacity.fullyBookedUntil', { date: capacityDate(capacity.fullyBookedUntil) })
        : t('enum.ServiceCapacityStatus.ACCEPTING_REQUESTS')}
    </span>
  );
}
