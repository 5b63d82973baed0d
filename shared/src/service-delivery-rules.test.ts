import { describe, expect, it } from 'vitest';
import { deliveryMayStart, deliveryMilestoneProblem, nextDeliveryMilestones } from './service-delivery-rules.js';

const started = { interestType: 'SERVICE_REQUEST', status: 'NEGOTIATION', quoteStatuses: ['ACCEPTED'] } as const;

describe('deliveryMayStart', () => {
  it('is a service request whose company accepted a quote, still open or agreed', () => {
    expect(deliveryMayStart(started)).toBe(true);
    expect(deliveryMayStart({ ...started, status: 'AGREED', quoteStatuses: ['SUPERSEDED', 'ACCEPTED'] })).toBe(true);
    // No quote accepted: a sent, superseded, declined or expired one does not start anything.
    for (const quoteStatuses of [[], ['SENT'], ['SUPERSEDED', 'SENT'], ['DECLINED'], ['EXPIRED']] as const)
      expect(deliveryMayStart({ ...started, quoteStatuses }), quoteStatuses.join()).toBe(false);
    for (const status of ['DECLINED', 'WITHDRAWN'] as const)
      expect(deliveryMayStart({ ...started, status })).toBe(false);
    expect(deliveryMayStart({ ...started, interestType: 'LICENSE' })).toBe(false);
  });
});

describe('the order of milestones', () => {
  it('starts with samples received or, for services without samples, in progress', () => {
    expect(nextDeliveryMilestones([])).toEqual(['SAMPLES_RECEIVED', 'IN_PROGRESS']);
    expect(nextDeliveryMilestones(['SAMPLES_RECEIVED'])).toEqual(['IN_PROGRESS']);
    expect(nextDeliveryMilestones(['IN_PROGRESS'])).toEqual(['DATA_DELIVERED']);
    expect(nextDeliveryMilestones(['IN_PROGRESS', 'DATA_DELIVERED'])).toEqual(['INVOICED']);
    expect(nextDeliveryMilestones(['IN_PROGRESS', 'DATA_DELIVERED', 'INVOICED'])).toEqual([]);
  });

  it('refuses one out of order, twice, or before delivery may start', () => {
    expect(deliveryMilestoneProblem(started, [], 'DATA_DELIVERED')).toBe('DELIVERY_MILESTONE_OUT_OF_ORDER');
    expect(deliveryMilestoneProblem(started, ['IN_PROGRESS'], 'SAMPLES_RECEIVED')).toBe(
      'DELIVERY_MILESTONE_OUT_OF_ORDER',
    );
    expect(deliveryMilestoneProblem(started, ['IN_PROGRESS'], 'IN_PROGRESS')).toBe(
      'DELIVERY_MILESTONE_ALREADY_REACHED',
    );
    expect(deliveryMilestoneProblem({ ...started, quoteStatuses: ['SENT'] }, [], 'IN_PROGRESS')).toBe(
      'DELIVERY_NOT_STARTED',
    );
    expect(deliveryMilestoneProblem(started, [], 'IN_PROGRESS')).toBeNull();
  });
});
