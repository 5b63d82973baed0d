import type { ServiceCapacityFieldsFragment as ServiceCapacity } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { capacityDate, dayAfter, turnaroundText } from './capacity-text';
import './capacity.css';

/**
 * A service's capacity on its page, as its office states it: accepting requests (with the next available slot) or
 * fully booked until a day (and when requests are taken again), and the typical turnaround. Nothing when nothing
 * is stated.
 */
export function CapacityPanel({ capacity }: { capacity: ServiceCapacity | null }) {
  if (!capacity) return null;
  const turnaround = turnaroundText(capacity);
  if (capacity.status === 'NOT_STATED' && !turnaround) return null;
  const booked = capacity.status === 'FULLY_BOOKED' && capacity.fullyBookedUntil;
  return (
    <section className={`capacity-panel capacity-panel--${capacity.status.toLowerCase()}`} data-testid="capacity-panel">
      <h2 className="visually-hidden">{t('capacity.title')}</h2>
      {capacity.status === 'ACCEPTING_REQUESTS' && (
        <p className="capacity-panel__status" data-testid="capacity-status">
          <span className="capacity-panel__dot" aria-hidden="true" />
          <span>{t('capacity.accepting')}</span>
        </p>
      )}
      {booked && (
        <p className="capacity-panel__status" data-testid="capacity-status">
          <span className="capacity-panel__dot" aria-hidden="true" />
          <span>{t('capacity.fullyBookedUntil', { date: capacityDate(booked) })}</span>
          <span className="capacity-panel__note">
            {t('capacity.reopensOn', { date: capacityDate(dayAfter(booked)) })}
          </span>
        </p>
      )}
      <ul className="capacity-panel__facts">
        {capacity.status === 'ACCEPTING_REQUESTS' && capacity.nextSlotOn && (
          <li data-testid="capacity-next-slot">
            {t('capacity.nextSlot', { date: capacityDate(capacity.nextSlotOn) })}
          </li>
        )}
        {turnaround && <li data-testid="capacity-turnaround">{turnaround}</li>}
      </ul>
    </section>
  );
}
