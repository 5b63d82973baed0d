import { describe, expect, it } from 'vitest';
import {
  type AgreementExportFilter,
  agreementExportParams,
  type DisclosureExportFilter,
  disclosureExportParams,
  type EoiExportFilter,
  eoiExportParams,
  type ListingExportFilter,
  listingExportParams,
  officeExportPath,
  readAgreementExportFilter,
  readDisclosureExportFilter,
  readEoiExportFilter,
  readListingExportFilter,
} from './office-exports.js';

describe('the office exports’ addresses', () => {
  it('carry a list’s filters there and back', () => {
    const eoi: EoiExportFilter = {
      statuses: ['SUBMITTED', 'IN_REVIEW'],
      assetId: 'QXNzZXQ6MQ',
      institutionId: 'SW5zdGl0dXRpb246Mg',
      kinds: ['INVENTION'],
      priorities: ['URGENT'],
      assigneeId: 'none',
      overdue: false,
      minAgeDays: 10,
      query: 'cell, therapy',
    };
    expect(readEoiExportFilter(eoiExportParams(eoi))).toEqual({ ok: true, filter: eoi });
    const disclosure: DisclosureExportFilter = {
      statuses: ['ACCEPTED'],
      assignee: 'mine',
      institutionId: 'SW5zdGl0dXRpb246Mg',
    };
    expect(readDisclosureExportFilter(disclosureExportParams(disclosure))).toEqual({ ok: true, filter: disclosure });
    const listing: ListingExportFilter = {
      statuses: ['DRAFT', 'PUBLISHED'],
      query: 'liquid',
      institutionId: 'SW5zdGl0dXRpb246MQ',
    };
    expect(readListingExportFilter(listingExportParams(listing))).toEqual({ ok: true, filter: listing });
    expect(officeExportPath('listings', listingExportParams(listing))).toBe(
      '/exports/listings.csv?status=DRAFT%2CPUBLISHED&q=liquid&institute=SW5zdGl0dXRpb246MQ',
    );
    expect(officeExportPath('eois', new URLSearchParams())).toBe('/exports/eois.csv');
    const agreement: AgreementExportFilter = {
      statuses: ['SIGNED', 'ACTIVE'],
      types: ['LICENSE'],
      institutionId: null,
    };
    expect(readAgreementExportFilter(agreementExportParams(agreement))).toEqual({ ok: true, filter: agreement });
    expect(officeExportPath('agreements', agreementExportParams(agreement))).toBe(
      '/exports/agreements.csv?status=SIGNED%2CACTIVE&type=LICENSE',
    );
  });

  it('read no filter as no filter', () => {
    expect(readEoiExportFilter(new URLSearchParams('lang=it'))).toEqual({
      ok: true,
      filter: {
        statuses: null,
        assetId: null,
        institutionId: null,
        kinds: null,
        priorities: null,
        assigneeId: null,
        overdue: null,
        minAgeDays: null,
        query: null,
      },
    });
  });

  it('refuse a value the list does not offer rather than dropping it (which would export more)', () => {
    const invalid = (params: string) => readEoiExportFilter(new URLSearchParams(params));
    expect(invalid('status=SUBMITTED,BOGUS')).toEqual({ ok: false, parameter: 'status' });
    expect(invalid('kind=ROCKET')).toEqual({ ok: false, parameter: 'kind' });
    expect(invalid('overdue=yes')).toEqual({ ok: false, parameter: 'overdue' });
    expect(invalid('age=-1')).toEqual({ ok: false, parameter: 'age' });
    expect(invalid('age=3651')).toEqual({ ok: false, parameter: 'age' });
    expect(invalid(`q=${'x'.repeat(201)}`)).toEqual({ ok: false, parameter: 'q' });
    expect(invalid('asset=a b')).toEqual({ ok: false, parameter: 'asset' });
    expect(readDisclosureExportFilter(new URLSearchParams('assignee=<script>'))).toEqual({
      ok: false,
      parameter: 'assignee',
    });
    expect(readAgreementExportFilter(new URLSearchParams('type=LICENCE'))).toEqual({ ok: false, parameter: 'type' });
    expect(readAgreementExportFilter(new URLSearchParams('status=PUBLISHED'))).toEqual({
      ok: false,
      parameter: 'status',
    });
    expect(readListingExportFilter(new URLSearchParams('institute=a;b'))).toEqual({
      ok: false,
      parameter: 'institute',
    });
    expect(readListingExportFilter(new URLSearchParams('status=SUBMITTED'))).toEqual({
      ok: false,
      parameter: 'status',
    });
  });
});
