import { describe, expect, it } from 'vitest';
import {
  allowedDisclosureTransitions,
  canTransitionDisclosure,
  type DisclosureFormData,
  DisclosureStatus,
  formatDisclosureReference,
  isDisclosurePublication,
  isDisclosureSubmission,
  mayDeleteDisclosureDraft,
  plannedDisclosureWarning,
  validateDisclosureStep,
  validateForSubmit,
} from './disclosure-transitions.js';

const NOW = new Date('2026-11-23T10:00:00Z');
const TEXT = 'A sufficiently long text that describes this part of the invention.';

const completeForm: DisclosureFormData = {
  title: 'Liquid biopsy panel for early relapse',
  inventors: [
    { name: 'Ada Rossi', affiliation: 'IRST', contributionShare: 60.5 },
    { name: 'Bruno Neri', affiliation: 'OncoPharm S.p.A.', contributionShare: 39.5 },
  ],
  abstract: TEXT,
  problem: TEXT,
  solution: TEXT,
  novelty: TEXT,
  priorArt: TEXT,
  publicDisclosures: [
    { kind: 'PAST', date: '2025-06-01', venue: 'ASCO 2025 poster' },
    { kind: 'PLANNED', date: '2027-03-01', venue: 'AACR 2027' },
  ],
  fundingSources: [{ funder: 'AIRC', grantNumber: 'IG-2024-1', obligations: 'Notify AIRC of any licence.' }],
  commercialApplications: TEXT,
  trl: 4,
};

describe('disclosure state machine', () => {
  it('the researchers submit, answer and withdraw before acceptance', () => {
    // A draft is deleted by its creator, not withdrawn: the office has never seen it.
    expect(allowedDisclosureTransitions('RESEARCHER', 'DRAFT')).toEqual(['SUBMITTED']);
    expect(allowedDisclosureTransitions('RESEARCHER', 'INFO_REQUESTED')).toEqual(['UNDER_REVIEW', 'WITHDRAWN']);
    expect(canTransitionDisclosure('RESEARCHER', 'UNDER_REVIEW', 'WITHDRAWN')).toBe(true);
    for (const closed of ['ACCEPTED', 'PUBLISHED', 'DECLINED', 'WITHDRAWN'] as const) {
      expect(allowedDisclosureTransitions('RESEARCHER', closed)).toEqual([]);
    }
  });
  it('the office reviews, asks, accepts, declines and publishes', () => {
    expect(allowedDisclosureTransitions('OFFICE', 'DRAFT')).toEqual([]);
    expect(allowedDisclosureTransitions('OFFICE', 'SUBMITTED')).toEqual(['UNDER_REVIEW', 'DECLINED']);
    expect(allowedDisclosureTransitions('OFFICE', 'UNDER_REVIEW')).toEqual(['INFO_REQUESTED', 'ACCEPTED', 'DECLINED']);
    expect(allowedDisclosureTransitions('OFFICE', 'INFO_REQUESTED')).toEqual([]);
    // Only publishing the listing made from it moves an accepted disclosure on.
    expect(allowedDisclosureTransitions('OFFICE', 'ACCEPTED')).toEqual([]);
    expect(isDisclosurePublication('ACCEPTED', 'PUBLISHED')).toBe(true);
    expect(isDisclosurePublication('UNDER_REVIEW', 'PUBLISHED')).toBe(false);
    for (const closed of ['PUBLISHED', 'DECLINED', 'WITHDRAWN'] as const) {
      expect(allowedDisclosureTransitions('OFFICE', closed)).toEqual([]);
    }
  });
  it('lets only the creator delete a draft, and nothing once submitted', () => {
    expect(mayDeleteDisclosureDraft('DRAFT', true)).toBe(true);
    expect(mayDeleteDisclosureDraft('DRAFT', false)).toBe(false);
    for (const status of Object.values(DisclosureStatus).filter((status) => status !== 'DRAFT')) {
      expect(mayDeleteDisclosureDraft(status, true)).toBe(false);
    }
  });
  it('knows which moves are (re)submissions', () => {
    expect(isDisclosureSubmission('DRAFT', 'SUBMITTED')).toBe(true);
    expect(isDisclosureSubmission('INFO_REQUESTED', 'UNDER_REVIEW')).toBe(true);
    expect(isDisclosureSubmission('SUBMITTED', 'UNDER_REVIEW')).toBe(false);
    expect(Object.values(DisclosureStatus)).toHaveLength(8);
  });
});

describe('disclosure form validation', () => {
  it('a complete form passes', () => {
    expect(validateForSubmit(completeForm, NOW)).toEqual([]);
  });
  it('an empty form names every required field', () => {
    const fields = validateForSubmit({}, NOW).map((p) => p.field);
    expect(fields).toEqual([
      'title',
      'inventors',
      'abstract',
      'problem',
      'solution',
      'novelty',
      'priorArt',
      'commercialApplications',
      'trl',
    ]);
  });
  it('inventors need a name, an affiliation and shares summing to 100', () => {
    const problems = validateDisclosureStep('INVENTORS', {
      inventors: [
        { name: 'Ada Rossi', affiliation: 'IRST', contributionShare: 50 },
        { name: '', affiliation: 'INT', contributionShare: 30 },
      ],
    });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['inventors.1.name', 'INVENTOR_NAME_REQUIRED'],
      ['inventors', 'SHARES_NOT_100'],
    ]);
    expect(
      validateDisclosureStep('INVENTORS', {
        inventors: [{ name: 'Ada', affiliation: 'IRST', contributionShare: 0 }],
      }).map((p) => p.field),
    ).toEqual(['inventors.0.contributionShare']);
  });
  it('public disclosures need a valid date on the right side of today and a venue', () => {
    const problems = validateDisclosureStep(
      'PRIOR_ART',
      {
        priorArt: TEXT,
        publicDisclosures: [
          { kind: 'PAST', date: '2027-01-01', venue: 'ESMO' },
          { kind: 'PLANNED', date: '2025-01-01', venue: 'ESMO' },
          { kind: 'PLANNED', date: '2026-02-30', venue: '' },
        ],
      },
      NOW,
    );
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['publicDisclosures.0.date', 'PAST_DISCLOSURE_IN_FUTURE'],
      ['publicDisclosures.1.date', 'PLANNED_DISCLOSURE_IN_PAST'],
      ['publicDisclosures.2.date', 'DATE_INVALID'],
      ['publicDisclosures.2.venue', 'VENUE_REQUIRED'],
    ]);
  });
  it('funding sources need their obligations; the TRL is 1 to 9', () => {
    expect(
      validateDisclosureStep('FUNDING', { fundingSources: [{ funder: 'AIRC', obligations: ' ' }] }).map((p) => p.field),
    ).toEqual(['fundingSources.0.obligations']);
    expect(validateDisclosureStep('COMMERCIAL', { commercialApplications: TEXT, trl: 10 })[0]?.code).toBe(
      'TRL_INVALID',
    );
    expect(validateDisclosureStep('COMMERCIAL', { commercialApplications: TEXT, trl: 9 })).toEqual([]);
  });
  it('warns of a planned disclosure within 30 days', () => {
    expect(plannedDisclosureWarning('2026-11-23', NOW)).toEqual({ code: 'PLANNED_DISCLOSURE_TODAY' });
    expect(plannedDisclosureWarning('2026-11-24', NOW)).toEqual({ code: 'PLANNED_DISCLOSURE_TOMORROW' });
    expect(plannedDisclosureWarning('2026-12-23', NOW)).toEqual({
      code: 'PLANNED_DISCLOSURE_SOON',
      params: { days: 30 },
    });
    expect(plannedDisclosureWarning('2026-12-24', NOW)).toBeNull();
    expect(plannedDisclosureWarning('2026-11-22', NOW)).toBeNull();
    expect(plannedDisclosureWarning('not a date', NOW)).toBeNull();
  });
  it('formats reference numbers', () => {
    expect(formatDisclosureReference('IRST', 2026, 7)).toBe('IRST-2026-007');
    expect(formatDisclosureReference('INT', 2026, 1234)).toBe('INT-2026-1234');
  });
});
