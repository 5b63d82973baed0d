import { errorMessage, type FieldError } from '../i18n/error-message';
import { type MessageKey, t } from '../i18n/i18n';

const TOP: Record<string, MessageKey> = {
  title: 'disclosures.field.title',
  inventors: 'disclosures.step.inventors',
  abstract: 'disclosures.field.abstract',
  problem: 'disclosures.field.problem',
  solution: 'disclosures.field.solution',
  novelty: 'disclosures.field.novelty',
  priorArt: 'disclosures.field.priorArt',
  publicDisclosures: 'disclosures.public.heading',
  fundingSources: 'disclosures.step.funding',
  commercialApplications: 'disclosures.field.commercialApplications',
  trl: 'disclosures.field.trl',
};

const ROWS: Record<string, { row: MessageKey; parts: Record<string, MessageKey> }> = {
  inventors: {
    row: 'disclosures.inventor.legend',
    parts: {
      name: 'disclosures.inventor.name',
      affiliation: 'disclosures.inventor.affiliation',
      contributionShare: 'disclosures.inventor.share',
    },
  },
  publicDisclosures: {
    row: 'disclosures.public.legend',
    parts: {
      kind: 'disclosures.public.kind',
      date: 'disclosures.public.date',
      venue: 'disclosures.public.venue',
      description: 'disclosures.public.description',
    },
  },
  fundingSources: {
    row: 'disclosures.funding.legend',
    parts: {
      funder: 'disclosures.funding.funder',
      grantNumber: 'disclosures.funding.grantNumber',
      obligations: 'disclosures.funding.obligations',
    },
  },
};

/** What a field path names, for people: `inventors.1.contributionShare` → "Inventor 2 · Contribution share". */
export function fieldLabel(field: string | null | undefined): string {
  const [head = '', index, part] = (field ?? '').split('.');
  const rows = ROWS[head];
  if (rows && index !== undefined && /^\d+$/.test(index)) {
    const row = t(rows.row, { number: Number(index) + 1 });
    const partKey = part ? rows.parts[part] : undefined;
    return partKey ? `${row} · ${t(partKey)}` : row;
  }
  const key = TOP[head];
  return key ? t(key) : t('disclosures.field.other');
}

/**
 * A problem as a line of a summary: the shared messages name their field already ("The abstract is
 * required."), so only a row's problems say which row ("Inventor 2: The name is required.").
 */
export function problemText(problem: FieldError): string {
  const [head = '', index] = (problem.field ?? '').split('.');
  const rows = ROWS[head];
  if (rows && index !== undefined && /^\d+$/.test(index)) {
    return `${t(rows.row, { number: Number(index) + 1 })}: ${errorMessage(problem)}`;
  }
  return errorMessage(problem);
}
