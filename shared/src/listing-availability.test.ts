import { describe, expect, it } from 'vitest';
import { AgreementStatus, AgreementType, IN_FORCE_AGREEMENT_STATUSES, LicenseExclusivity } from './agreement-rules.js';
import {
  AVAILABILITY_IN_FORCE_STATUSES,
  type AvailabilityAgreement,
  exclusiveScopes,
  isOpenToInterest,
  ListingAvailability,
  listingAvailability,
} from './listing-availability.js';

function agreement(overrides: Partial<AvailabilityAgreement> = {}): AvailabilityAgreement {
  return {
    type: AgreementType.LICENSE,
    status: AgreementStatus.ACTIVE,
    exclusivity: LicenseExclusivity.EXCLUSIVE,
    fieldOfUse: null,
    territory: null,
    ...overrides,
  };
}

describe('the listing availability rules', () => {
  it('is AVAILABLE without agreements, or with none binding it (other types, not in force)', () => {
    expect(listingAvailability([])).toBe(ListingAvailability.AVAILABLE);
    expect(
      listingAvailability([
        agreement({ type: AgreementType.CDA, exclusivity: null }),
        agreement({ type: AgreementType.MTA, exclusivity: null }),
        agreement({ type: AgreementType.RESEARCH_COLLABORATION, exclusivity: null }),
        ...(['DRAFTING', 'UNDER_NEGOTIATION', 'EXPIRED', 'TERMINATED', 'ABANDONED'] as const).map((status) =>
          agreement({ status }),
        ),
        agreement({ type: AgreementType.OPTION, exclusivity: null, status: AgreementStatus.EXPIRED }),
      ]),
    ).toBe(ListingAvailability.AVAILABLE);
  });

  it('counts SIGNED and ACTIVE agreements as in force, as the agreement rules do', () => {
    expect(AVAILABILITY_IN_FORCE_STATUSES).toEqual(IN_FORCE_AGREEMENT_STATUSES);
    expect(listingAvailability([agreement({ status: AgreementStatus.SIGNED })])).toBe('LICENSED_EXCLUSIVELY');
    expect(listingAvailability([agreement({ status: AgreementStatus.ACTIVE })])).toBe('LICENSED_EXCLUSIVELY');
  });

  it('tells each kind of right apart', () => {
    expect(listingAvailability([agreement({ exclusivity: LicenseExclusivity.NON_EXCLUSIVE })])).toBe(
      'LICENSED_NON_EXCLUSIVELY',
    );
    // A licence without a recorded exclusivity keeps nobody out.
    expect(listingAvailability([agreement({ exclusivity: null })])).toBe('LICENSED_NON_EXCLUSIVELY');
    expect(listingAvailability([agreement({ exclusivity: LicenseExclusivity.SOLE })])).toBe('LICENSED_EXCLUSIVELY');
    expect(listingAvailability([agreement({ type: AgreementType.OPTION, exclusivity: null })])).toBe('UNDER_OPTION');
    expect(listingAvailability([agreement({ fieldOfUse: 'Veterinary diagnostics' })])).toBe('PARTLY_LICENSED');
    expect(listingAvailability([agreement({ territory: 'Japan', exclusivity: LicenseExclusivity.SOLE })])).toBe(
      'PARTLY_LICENSED',
    );
  });

  it('takes a blank field of use or territory as the whole listing', () => {
    expect(listingAvailability([agreement({ fieldOfUse: '  ', territory: '' })])).toBe('LICENSED_EXCLUSIVELY');
  });

  it('shows the strongest: exclusive > option > partly > non-exclusive > available', () => {
    const exclusive = agreement();
    const option = agreement({ type: AgreementType.OPTION, exclusivity: null });
    const partly = agreement({ territory: 'EU' });
    const nonExclusive = agreement({ exclusivity: LicenseExclusivity.NON_EXCLUSIVE });
    expect(listingAvailability([nonExclusive, partly, option, exclusive])).toBe('LICENSED_EXCLUSIVELY');
    expect(listingAvailability([nonExclusive, partly, option])).toBe('UNDER_OPTION');
    expect(listingAvailability([nonExclusive, partly])).toBe('PARTLY_LICENSED');
    expect(listingAvailability([nonExclusive])).toBe('LICENSED_NON_EXCLUSIVELY');
  });

  it('lists the exclusive scopes taken, without repeats, never the whole-listing or non-exclusive ones', () => {
    expect(
      exclusiveScopes([
        agreement({ fieldOfUse: ' Oncology diagnostics ', territory: null }),
        agreement({ fieldOfUse: 'Oncology diagnostics', territory: '' }),
        agreement({ territory: 'Japan' }),
        agreement({ exclusivity: LicenseExclusivity.NON_EXCLUSIVE, territory: 'USA' }),
        agreement({ status: AgreementStatus.TERMINATED, territory: 'Canada' }),
        agreement(),
      ]),
    ).toEqual([
      { fieldOfUse: 'Oncology diagnostics', territory: null },
      { fieldOfUse: null, territory: 'Japan' },
    ]);
  });

  it('closes a listing to new interest only under option or licensed exclusively', () => {
    const open = Object.values(ListingAvailability).filter(isOpenToInterest);
    expect(open).toEqual(['AVAILABLE', 'LICENSED_NON_EXCLUSIVELY', 'PARTLY_LICENSED']);
  });
});
