import { describe, expect, it } from 'vitest';
import { deliveryMayStart, deliveryMilestoneProblem, nextDeliveryMilestones } from './service-delivery-rules.js';

const started = { interestType: 'SERVICE_REQUEST', status: 'NEGOTIATION' } as const;

describe('deliveryMayStart', () => {
  it('is a service request in negotiation or agreed', () => {
    expect(deliveryMayStart(started)).toBe(true);
    expect(deliveryMayStart({ interestType: 'SERVICE_REQUEST', status: 'AGREED' })).toBe(true);
    for (const status of ['SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'DECLINED', 'WITHDRAWN'] as const)
      expect(deliveryMayStart({ interestType: 'SERVICE_REQUEST', status })).toBe(false);
    expect(deliveryMayStart({ interestType: 'LICENSE', status: 'AGREED' })).toBe(false);
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
    expect(deliveryMilestoneProblem({ ...started, status: 'IN_REVIEW' }, [], 'IN_PROGRESS')).toBe(
      'DELIVERY_NOT_STARTED',
    );
    expect(deliveryMilestoneProblem(started, [], 'IN_PROGRESS')).toBeNull();
  });
});
