// The wizard's form: its steps, its values as the inputs hold them (strings), and the conversions to
// the API's input and to the shared validators' data, so that the web shows the server's messages.
import {
  type DisclosureFormData,
  type DisclosureProblem,
  type DisclosureStep,
  type PublicDisclosureKind,
  validateDisclosureStep,
  validateForSubmit,
} from '@tt/shared/disclosure-transitions';
import { RESEARCHER_DISCLOSURES_ROUTE } from '@tt/shared/web-routes';
import type { Language, SaveDisclosureDraftInput } from '../generated/graphql';
import type { DisclosureContentFieldsFragment } from '../generated/members-graphql';
import { errorMessage, type FieldError } from '../i18n/error-message';
import type { MessageKey } from '../i18n/i18n';
import type { BackTo } from '../ui/back-link';

export const WIZARD_STEPS = [
  { slug: 'basics', step: 'BASICS', title: 'disclosures.step.basics', lead: 'disclosures.lead.basics' },
  { slug: 'inventors', step: 'INVENTORS', title: 'disclosures.step.inventors', lead: 'disclosures.lead.inventors' },
  {
    slug: 'description',
    step: 'TECHNICAL',
    title: 'disclosures.step.description',
    lead: 'disclosures.lead.description',
  },
  { slug: 'prior-art', step: 'PRIOR_ART', title: 'disclosures.step.priorArt', lead: 'disclosures.lead.priorArt' },
  { slug: 'funding', step: 'FUNDING', title: 'disclosures.step.funding', lead: 'disclosures.lead.funding' },
  { slug: 'commercial', step: 'COMMERCIAL', title: 'disclosures.step.commercial', lead: 'disclosures.lead.commercial' },
  { slug: 'attachments', step: null, title: 'disclosures.step.attachments', lead: 'disclosures.lead.attachments' },
  { slug: 'review', step: null, title: 'disclosures.step.review', lead: 'disclosures.lead.review' },
] as const satisfies readonly { slug: string; step: DisclosureStep | null; title: MessageKey; lead: MessageKey }[];

export type StepSlug = (typeof WIZARD_STEPS)[number]['slug'];

export function isStepSlug(value: string | undefined): value is StepSlug {
  return WIZARD_STEPS.some((entry) => entry.slug === value);
}

export const stepIndex = (slug: StepSlug) => WIZARD_STEPS.findIndex((entry) => entry.slug === slug);

/** The wizard's address of a step. */
export const editPath = (id: string, step: StepSlug) => `/disclosures/${encodeURIComponent(id)}/edit/${step}`;
export const disclosurePath = (id: string) => `/disclosures/${encodeURIComponent(id)}`;
/** The researcher's pages lead back to their list of disclosures. */
export const BACK_TO_DISCLOSURES: BackTo = {
  to: `/${RESEARCHER_DISCLOSURES_ROUTE}`,
  label: 'disclosures.backToList',
  testId: 'back-to-disclosures',
};

// ---- Values ----

export interface InventorValues {
  /** For React only: rows move and disappear. */
  key: string;
  name: string;
  affiliation: string;
  share: string;
}

export interface PublicDisclosureValues {
  key: string;
  kind: PublicDisclosureKind;
  date: string;
  venue: string;
  description: string;
}

export interface FundingValues {
  key: string;
  funder: string;
  grantNumber: string;
  obligations: string;
}

export interface DisclosureValues {
  title: string;
  inventors: InventorValues[];
  abstract: string;
  problem: string;
  solution: string;
  novelty: string;
  priorArt: string;
  publicDisclosures: PublicDisclosureValues[];
  fundingSources: FundingValues[];
  commercialApplications: string;
  trl: string;
}

export type TextFieldName =
  | 'title'
  | 'abstract'
  | 'problem'
  | 'solution'
  | 'novelty'
  | 'priorArt'
  | 'commercialApplications';

let nextKey = 0;
export const rowKey = () => `row-${++nextKey}`;

/** A share as typed: "33.5" or "33,5"; NaN when it is not a number. */
export function parseShare(value: string): number {
  const text = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
}

/** A share for the input: 0 (an empty share in a saved draft) is an empty field. */
function shareText(value: number): string {
  return value > 0 ? String(value) : '';
}

export function fromDisclosure(disclosure: DisclosureContentFieldsFragment): DisclosureValues {
  return {
    title: disclosure.title ?? '',
    inventors: disclosure.inventors.map((inventor) => ({
      key: rowKey(),
      name: inventor.name,
      affiliation: inventor.affiliation,
      share: shareText(inventor.contributionShare),
    })),
    abstract: disclosure.abstract ?? '',
    problem: disclosure.problem ?? '',
    solution: disclosure.solution ?? '',
    novelty: disclosure.novelty ?? '',
    priorArt: disclosure.priorArt ?? '',
    publicDisclosures: disclosure.publicDisclosures.map((entry) => ({
      key: rowKey(),
      kind: entry.kind,
      date: entry.date,
      venue: entry.venue,
      description: entry.description ?? '',
    })),
    fundingSources: disclosure.fundingSources.map((source) => ({
      key: rowKey(),
      funder: source.funder,
      grantNumber: source.grantNumber ?? '',
      obligations: source.obligations,
    })),
    commercialApplications: disclosure.commercialApplications ?? '',
    trl: disclosure.trl == null ? '' : String(disclosure.trl),
  };
}

const textOrNull = (value: string) => (value.trim() === '' ? null : value);

/** The whole form as the API takes it (the draft is replaced as a whole on every save). */
export function toSaveInput(values: DisclosureValues): Omit<SaveDisclosureDraftInput, 'id' | 'expectedVersion'> {
  const trl = Number.parseInt(values.trl, 10);
  return {
    title: textOrNull(values.title),
    inventors: values.inventors.map((inventor) => {
      const share = parseShare(inventor.share);
      return {
        name: inventor.name,
        affiliation: inventor.affiliation,
        // A draft may hold an unfinished share: 0 stands for "not given" (never a valid share).
        contributionShare: Number.isFinite(share) ? share : 0,
      };
    }),
    abstract: textOrNull(values.abstract),
    problem: textOrNull(values.problem),
    solution: textOrNull(values.solution),
    novelty: textOrNull(values.novelty),
    priorArt: textOrNull(values.priorArt),
    publicDisclosures: values.publicDisclosures.map((entry) => ({
      kind: entry.kind,
      date: entry.date,
      venue: entry.venue,
      description: textOrNull(entry.description),
    })),
    fundingSources: values.fundingSources.map((source) => ({
      funder: source.funder,
      grantNumber: textOrNull(source.grantNumber),
      obligations: source.obligations,
    })),
    commercialApplications: textOrNull(values.commercialApplications),
    trl: Number.isInteger(trl) ? trl : null,
  };
}

/** One string per saved state: equal strings, nothing to save. */
export const serializeValues = (values: DisclosureValues) => JSON.stringify(toSaveInput(values));

/** The values as the shared validators read them. */
export function toFormData(values: DisclosureValues): DisclosureFormData {
  const trl = values.trl.trim() === '' ? null : Number(values.trl);
  return {
    title: values.title,
    inventors: values.inventors.map((inventor) => ({
      name: inventor.name,
      affiliation: inventor.affiliation,
      contributionShare: parseShare(inventor.share),
    })),
    abstract: values.abstract,
    problem: values.problem,
    solution: values.solution,
    novelty: values.novelty,
    priorArt: values.priorArt,
    publicDisclosures: values.publicDisclosures.map((entry) => ({
      kind: entry.kind,
      date: entry.date,
      venue: entry.venue,
      description: entry.description,
    })),
    fundingSources: values.fundingSources.map((source) => ({
      funder: source.funder,
      grantNumber: source.grantNumber,
      obligations: source.obligations,
    })),
    commercialApplications: values.commercialApplications,
    trl,
  };
}

/**
 * The values in the shape of the read-only summary (the review step shows what will be submitted), written in
 * `language` (the disclosure's as last saved: the form is saved as it is typed).
 */
export function toContent(id: string, values: DisclosureValues, language: Language): DisclosureContentFieldsFragment {
  const input = toSaveInput(values);
  return {
    __typename: 'Disclosure',
    id,
    title: input.title ?? null,
    language,
    inventors: (input.inventors ?? []).map((inventor) => ({ __typename: 'DisclosureInventor', ...inventor })),
    abstract: input.abstract ?? null,
    problem: input.problem ?? null,
    solution: input.solution ?? null,
    novelty: input.novelty ?? null,
    priorArt: input.priorArt ?? null,
    publicDisclosures: (input.publicDisclosures ?? []).map((entry) => ({
      __typename: 'PublicDisclosure',
      kind: entry.kind,
      date: entry.date,
      venue: entry.venue,
      description: entry.description ?? null,
      warning: null,
    })),
    fundingSources: (input.fundingSources ?? []).map((source) => ({
      __typename: 'FundingSource',
      funder: source.funder,
      grantNumber: source.grantNumber ?? null,
      obligations: source.obligations,
    })),
    commercialApplications: input.commercialApplications ?? null,
    trl: input.trl ?? null,
  };
}

// ---- Problems ----

/** The step a field path such as `inventors.1.contributionShare` belongs to. */
export function stepOfField(field: string | null | undefined): StepSlug | null {
  const head = (field ?? '').split('.')[0];
  switch (head) {
    case 'title':
      return 'basics';
    case 'inventors':
      return 'inventors';
    case 'abstract':
    case 'problem':
    case 'solution':
    case 'novelty':
      return 'description';
    case 'priorArt':
    case 'publicDisclosures':
      return 'prior-art';
    case 'fundingSources':
      return 'funding';
    case 'commercialApplications':
    case 'trl':
      return 'commercial';
    default:
      return null;
  }
}

/** The id of the input that a field path names (the error summaries link to it). */
export const fieldDomId = (field: string) => `disclosure-${field.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

/** The problems of one step, by field path (the first one of each field). */
export function stepProblems(slug: StepSlug, values: DisclosureValues, now = new Date()): DisclosureProblem[] {
  const entry = WIZARD_STEPS.find((item) => item.slug === slug);
  if (!entry?.step) return [];
  return validateDisclosureStep(entry.step, toFormData(values), now);
}

export function submitProblems(values: DisclosureValues, now = new Date()): DisclosureProblem[] {
  return validateForSubmit(toFormData(values), now);
}

export function problemsByField(problems: readonly FieldError[]) {
  const map = new Map<string, string>();
  for (const problem of problems) {
    const field = problem.field ?? '';
    if (field && !map.has(field)) map.set(field, errorMessage(problem));
  }
  return map;
}

/** The first step that is not complete yet (the review when all are). */
export function firstIncompleteStep(values: DisclosureValues, now = new Date()): StepSlug {
  for (const entry of WIZARD_STEPS) {
    if (entry.step && stepProblems(entry.slug, values, now).length > 0) return entry.slug;
  }
  return 'review';
}

/** Equal shares summing to exactly 100 (the last one takes the rounding). */
export function equalShares(count: number): string[] {
  if (count <= 0) return [];
  const each = Math.floor((100 / count) * 100) / 100;
  const shares = Array.from({ length: count }, () => each);
  shares[count - 1] = Math.round((100 - each * (count - 1)) * 100) / 100;
  return shares.map((share) => String(share));
}

/** The sum of the shares that are numbers, to two decimals. */
export function shareTotal(inventors: readonly InventorValues[]): number {
  const sum = inventors.reduce((total, inventor) => {
    const share = parseShare(inventor.share);
    return Number.isFinite(share) ? total + share : total;
  }, 0);
  return Math.round(sum * 100) / 100;
}
