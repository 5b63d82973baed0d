// The development stages a company takes on: a range of technology readiness levels, both ends or neither.
import { type FieldProblem, problem } from './error-messages.js';

export const TRL_LOWEST = 1;
export const TRL_HIGHEST = 9;

/** What is wrong with a range (null ends: none said), each problem on the end it concerns. */
export function trlRangeProblems(min: number | null, max: number | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, value] of [
    ['trlMin', min],
    ['trlMax', max],
  ] as const) {
    if (value !== null && (!Number.isInteger(value) || value < TRL_LOWEST || value > TRL_HIGHEST)) {
      problems.push(problem(field, 'TRL_FILTER_OUT_OF_RANGE', { min: TRL_LOWEST, max: TRL_HIGHEST }));
    }
  }
  if (problems.length > 0) return problems;
  if ((min === null) !== (max === null)) return [problem(min === null ? 'trlMin' : 'trlMax', 'TRL_RANGE_INCOMPLETE')];
  if (min !== null && max !== null && min > max) return [problem('trlMax', 'TRL_FILTER_INVERTED')];
  return [];
}
