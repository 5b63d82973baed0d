import { describe, expect, it } from 'vitest';
import { PartneringModel, values } from './asset-enums.js';
import { InterestType } from './eoi-transitions.js';
import { INTEREST_TYPE_FOR_MODEL, interestTypesOffered, isInterestTypeOffered } from './listing-interest-types.js';

describe('interest types offered on a listing', () => {
  it('maps every partnering model to an interest type', () => {
    for (const model of values(PartneringModel)) expect(values(InterestType)).toContain(INTEREST_TYPE_FOR_MODEL[model]);
  });

  it('offers an invention its partnering models (both licences as one) and "other", in enumeration order', () => {
    expect(
      interestTypesOffered({
        kind: 'INVENTION',
        partneringModels: ['MATERIAL_TRANSFER', 'LICENSE_EXCLUSIVE', 'OPTION', 'LICENSE_NON_EXCLUSIVE'],
      }),
    ).toEqual(['LICENSE', 'OPTION', 'MATERIAL_TRANSFER', 'OTHER']);
  });

  it('always offers a service request on a service, with its other models', () => {
    expect(interestTypesOffered({ kind: 'SERVICE', partneringModels: ['MATERIAL_TRANSFER'] })).toEqual([
      'SERVICE_REQUEST',
      'MATERIAL_TRANSFER',
      'OTHER',
    ]);
    expect(interestTypesOffered({ kind: 'SERVICE', partneringModels: [] })).toEqual(['SERVICE_REQUEST', 'OTHER']);
  });

  it('refuses what the listing does not offer, and investment everywhere', () => {
    const listing = { kind: 'INVENTION' as const, partneringModels: ['CO_DEVELOPMENT' as const] };
    expect(isInterestTypeOffered(listing, 'CO_DEVELOPMENT')).toBe(true);
    expect(isInterestTypeOffered(listing, 'LICENSE')).toBe(false);
    expect(isInterestTypeOffered(listing, 'SERVICE_REQUEST')).toBe(false);
    expect(isInterestTypeOffered(listing, 'INVESTMENT')).toBe(false);
    expect(isInterestTypeOffered(listing, 'OTHER')).toBe(true);
  });
});
