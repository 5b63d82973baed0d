import { describe, expect, it } from 'vitest';
import {
  AgreementStatus,
  AgreementType,
  agreementStatusProblems,
  agreementTypeForInterest,
  allowedAgreementTransitions,
  CLOSED_AGREEMENT_STATUSES,
  validateAgreement,
  validateMilestone,
} from './agreement-rules.js';

const NO_DATES = { signatureDate: null, effectiveDate: null, expiryDate: null };
const codes = (problems: { code: string }[]) => problems.map((problem) => problem.code);

describe('the agreement workflow', () => {
  it('ends in EXPIRED, TERMINATED and ABANDONED, which move nowhere', () => {
    for (const status of CLOSED_AGREEMENT_STATUSES) expect(allowedAgreementTransitions(status)).toEqual([]);
  });

  it('is given up only before signature, and terminated only after', () => {
    const into = (to: AgreementStatus) =>
      Object.values(AgreementStatus).filter((from) => allowedAgreementTransitions(from).includes(to));
    expect(into(AgreementStatus.ABANDONED)).toEqual(['DRAFTING', 'UNDER_NEGOTIATION']);
    expect(into(AgreementStatus.TERMINATED)).toEqual(['SIGNED', 'ACTIVE']);
    expect(into(AgreementStatus.EXPIRED)).toEqual(['ACTIVE']);
  });

  it('asks each status for its dates', () => {
    expect(codes(agreementStatusProblems('SIGNED', NO_DATES, '2026-06-01'))).toEqual([
      'AGREEMENT_SIGNATURE_DATE_REQUIRED',
    ]);
    expect(codes(agreementStatusProblems('ACTIVE', NO_DATES, '2026-06-01'))).toEqual([
      'AGREEMENT_SIGNATURE_DATE_REQUIRED',
      'AGREEMENT_EFFECTIVE_DATE_REQUIRED',
    ]);
    const dated = { signatureDate: '2026-01-01', effectiveDate: '2026-01-02', expiryDate: '2026-06-01' };
    expect(codes(agreementStatusProblems('EXPIRED', dated, '2026-05-31'))).toEqual(['AGREEMENT_NOT_YET_EXPIRED']);
    expect(agreementStatusProblems('EXPIRED', dated, '2026-06-01')).toEqual([]);
    expect(agreementStatusProblems('DRAFTING', NO_DATES, '2026-06-01')).toEqual([]);
  });
});

describe('what an agreement holds', () => {
  const licence = {
    type: AgreementType.LICENSE,
    title: 'Exclusive licence',
    exclusivity: 'EXCLUSIVE' as const,
    fieldOfUse: 'Oncology',
    territory: 'Worldwide',
    notes: '',
    listingCount: 1,
    royaltyRateBasisPoints: 350,
    royaltyReportingPeriod: 'QUARTERLY' as const,
    ...NO_DATES,
  };

  it('keeps licence terms to licences and financial terms to options and licences', () => {
    expect(validateAgreement(licence)).toEqual([]);
    expect(codes(validateAgreement({ ...licence, type: AgreementType.CDA }))).toEqual([
      'AGREEMENT_LICENSE_TERMS_ONLY',
      'AGREEMENT_FINANCIAL_TERMS_ONLY',
    ]);
    expect(codes(validateAgreement({ ...licence, royaltyRateBasisPoints: 10_001 }))).toEqual([
      'AGREEMENT_ROYALTY_RATE_INVALID',
    ]);
    expect(codes(validateAgreement({ ...licence, effectiveDate: '2026-05-01', expiryDate: '2026-05-01' }))).toEqual([
      'AGREEMENT_EXPIRY_BEFORE_EFFECTIVE',
    ]);
  });

  it('wants a payment dated or triggered, and its receipt only once received', () => {
    const payment = {
      kind: 'MILESTONE' as const,
      event: 'First patient dosed',
      dueDate: null,
      trigger: null,
      amountCents: 100,
      status: 'EXPECTED' as const,
      receivedAmountCents: null,
      receivedOn: null,
    };
    expect(codes(validateMilestone(payment))).toEqual(['MILESTONE_DUE_DATE_OR_TRIGGER']);
    expect(validateMilestone({ ...payment, trigger: 'Phase I start' })).toEqual([]);
    expect(codes(validateMilestone({ ...payment, dueDate: '2027-01-01', status: 'RECEIVED' }))).toEqual([
      'MILESTONE_RECEIPT_REQUIRED',
      'MILESTONE_RECEIPT_REQUIRED',
    ]);
    expect(codes(validateMilestone({ ...payment, dueDate: '2027-01-01', receivedOn: '2027-01-02' }))).toEqual([
      'MILESTONE_RECEIPT_ONLY_WHEN_RECEIVED',
    ]);
    expect(codes(validateMilestone({ ...payment, dueDate: '2027-01-01', amountCents: -1 }))).toEqual([
      'AMOUNT_INVALID',
    ]);
    expect(codes(validateMilestone({ ...payment, dueDate: '2027-01-01', amountCents: 0.5 }))).toEqual([
      'AMOUNT_INVALID',
    ]);
  });

  it('starts from an EoI with the agreement its interest usually leads to', () => {
    expect(agreementTypeForInterest('LICENSE')).toBe('LICENSE');
    expect(agreementTypeForInterest('SERVICE_REQUEST')).toBe('SERVICE_AGREEMENT');
    expect(agreementTypeForInterest('SPONSORED_RESEARCH')).toBe('RESEARCH_COLLABORATION');
    expect(agreementTypeForInterest('OTHER')).toBe('CDA');
  });
});
