import { describe, expect, it } from 'vitest';
import {
  accessAgreementProblem,
  accessAgreementTitle,
  accessDecisionProblem,
  accessPathEnded,
  accessPathFor,
  accessStatementEditable,
  accessStatementProblems,
  currentAccessStep,
} from './access-review-rules.js';

describe('accessPathFor', () => {
  it('gives biobanks the path with its usual duration, every other platform none', () => {
    expect(accessPathFor('BIOBANK')?.steps).toEqual(['SCIENTIFIC_REVIEW', 'ETHICS_REVIEW', 'AGREEMENT']);
    expect(accessPathFor('BIOBANK')?.usualDuration).toEqual({ minWeeks: 6, maxWeeks: 10 });
    for (const kind of ['GENOMICS', 'ANIMAL_FACILITY', 'BIOSTATISTICS', null, undefined])
      expect(accessPathFor(kind)).toBeNull();
  });
});

describe('the order of the path', () => {
  it('starts with the scientific review', () => {
    expect(currentAccessStep({})).toBe('SCIENTIFIC_REVIEW');
    expect(accessDecisionProblem({}, 'SCIENTIFIC_REVIEW', 'APPROVED')).toBeNull();
  });

  it('refuses an ethics outcome before the scientific approval', () => {
    expect(accessDecisionProblem({}, 'ETHICS_REVIEW', 'APPROVED')).toBe('ACCESS_STEP_OUT_OF_ORDER');
    expect(accessDecisionProblem({ SCIENTIFIC_REVIEW: 'CHANGES_REQUESTED' }, 'ETHICS_REVIEW', 'REJECTED')).toBe(
      'ACCESS_STEP_OUT_OF_ORDER',
    );
    expect(accessDecisionProblem({ SCIENTIFIC_REVIEW: 'APPROVED' }, 'ETHICS_REVIEW', 'APPROVED')).toBeNull();
  });

  it('lets a step asked for changes be decided again, never an approved one', () => {
    expect(
      accessDecisionProblem({ SCIENTIFIC_REVIEW: 'CHANGES_REQUESTED' }, 'SCIENTIFIC_REVIEW', 'APPROVED'),
    ).toBeNull();
    expect(accessDecisionProblem({ SCIENTIFIC_REVIEW: 'APPROVED' }, 'SCIENTIFIC_REVIEW', 'REJECTED')).toBe(
      'ACCESS_STEP_ALREADY_DECIDED',
    );
  });

  it('refuses the agreement before the ethics approval, and twice', () => {
    expect(accessAgreementProblem({})).toBe('ACCESS_AGREEMENT_BEFORE_ETHICS');
    expect(accessAgreementProblem({ SCIENTIFIC_REVIEW: 'APPROVED' })).toBe('ACCESS_AGREEMENT_BEFORE_ETHICS');
    expect(accessAgreementProblem({ SCIENTIFIC_REVIEW: 'APPROVED', ETHICS_REVIEW: 'CHANGES_REQUESTED' })).toBe(
      'ACCESS_AGREEMENT_BEFORE_ETHICS',
    );
    const approved = { SCIENTIFIC_REVIEW: 'APPROVED', ETHICS_REVIEW: 'APPROVED' } as const;
    expect(accessAgreementProblem(approved)).toBeNull();
    expect(accessAgreementProblem({ ...approved, AGREEMENT: 'APPROVED' })).toBe('ACCESS_AGREEMENT_ALREADY_STARTED');
  });

  it('ends at a rejection: nothing more is decided', () => {
    const rejected = { SCIENTIFIC_REVIEW: 'REJECTED' } as const;
    expect(accessPathEnded(rejected)).toBe(true);
    expect(currentAccessStep(rejected)).toBeNull();
    expect(accessDecisionProblem(rejected, 'SCIENTIFIC_REVIEW', 'APPROVED')).toBe('ACCESS_PATH_ENDED');
    expect(accessDecisionProblem(rejected, 'ETHICS_REVIEW', 'APPROVED')).toBe('ACCESS_PATH_ENDED');
    expect(accessAgreementProblem({ SCIENTIFIC_REVIEW: 'APPROVED', ETHICS_REVIEW: 'REJECTED' })).toBe(
      'ACCESS_PATH_ENDED',
    );
  });

  it('never decides the agreement step or a pending outcome directly', () => {
    expect(accessDecisionProblem({}, 'AGREEMENT', 'APPROVED')).toBe('ACCESS_OUTCOME_INVALID');
    expect(accessDecisionProblem({}, 'SCIENTIFIC_REVIEW', 'PENDING')).toBe('ACCESS_OUTCOME_INVALID');
  });
});

describe("the company's statement", () => {
  it('is editable until the scientific approval', () => {
    expect(accessStatementEditable({})).toBe(true);
    expect(accessStatementEditable({ SCIENTIFIC_REVIEW: 'CHANGES_REQUESTED' })).toBe(true);
    expect(accessStatementEditable({ SCIENTIFIC_REVIEW: 'APPROVED' })).toBe(false);
    expect(accessStatementEditable({ SCIENTIFIC_REVIEW: 'REJECTED' })).toBe(false);
  });

  it('names what is missing', () => {
    expect(
      accessStatementProblems({ material: 'SAMPLES', projectTitle: 'CRC cohort', projectSummary: 'x'.repeat(20) }),
    ).toEqual([]);
    expect(
      accessStatementProblems({ material: 'BLOOD' as never, projectTitle: ' a ', projectSummary: 'short' }).map(
        (p) => p.code,
      ),
    ).toEqual(['ACCESS_MATERIAL_INVALID', 'ACCESS_PROJECT_TITLE_INVALID', 'ACCESS_PROJECT_SUMMARY_TOO_SHORT']);
  });

  it('titles the agreement by what is transferred, in the page language', () => {
    expect(accessAgreementTitle('SAMPLES', 'CRC', 'en')).toBe('Material transfer agreement — CRC');
    expect(accessAgreementTitle('DATA', 'CRC', 'it')).toBe('Accordo di trasferimento dati — CRC');
  });
});
