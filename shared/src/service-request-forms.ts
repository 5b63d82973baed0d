import { type FieldProblem, problem } from './error-messages.js';
import type { PlatformKind } from './taxonomy-enums.js';
import { CONTROL_CHARACTER, LONE_SURROGATE } from './text-rules.js';

// What a request for a service must say: a small form of typed fields, kept per service listing (or the default
// of its platform's kind), the checks of a form's definition and of a company's answers (problem codes, worded by
// the web in the reader's language), and the answers as stored on the request, each with its field's labels and
// kind as they were when it was sent, so a later edit of the form never changes what an old request says.

export const FormFieldKind = {
  INTEGER: 'INTEGER',
  TEXT: 'TEXT',
  LONG_TEXT: 'LONG_TEXT',
  CHOICE: 'CHOICE',
  DATE: 'DATE',
  BUDGET_BAND: 'BUDGET_BAND',
} as const;
export type FormFieldKind = (typeof FormFieldKind)[keyof typeof FormFieldKind];

/** The budget a company gives for a request, in bands (no budget band existed before services). */
export const BudgetBand = {
  UNDER_5K: 'UNDER_5K',
  FROM_5K_TO_20K: 'FROM_5K_TO_20K',
  FROM_20K_TO_50K: 'FROM_20K_TO_50K',
  FROM_50K_TO_150K: 'FROM_50K_TO_150K',
  OVER_150K: 'OVER_150K',
  NOT_DEFINED: 'NOT_DEFINED',
} as const;
export type BudgetBand = (typeof BudgetBand)[keyof typeof BudgetBand];

/** The bands' labels, stored with an answer as the other kinds' option labels are. */
export const BUDGET_BAND_LABELS: Record<BudgetBand, { en: string; it: string }> = {
  UNDER_5K: { en: 'Under €5,000', it: 'Meno di 5.000 €' },
  FROM_5K_TO_20K: { en: '€5,000–20,000', it: '5.000–20.000 €' },
  FROM_20K_TO_50K: { en: '€20,000–50,000', it: '20.000–50.000 €' },
  FROM_50K_TO_150K: { en: '€50,000–150,000', it: '50.000–150.000 €' },
  OVER_150K: { en: 'Over €150,000', it: 'Oltre 150.000 €' },
  NOT_DEFINED: { en: 'Not defined yet', it: 'Non ancora definito' },
};

export const SERVICE_FORM_MAX_FIELDS = 20;
export const SERVICE_FORM_MAX_OPTIONS = 20;
export const SERVICE_FORM_LABEL_MAX_LENGTH = 120;
export const SERVICE_FORM_HELP_MAX_LENGTH = 300;
export const SERVICE_FORM_OPTION_LABEL_MAX_LENGTH = 80;
export const SERVICE_ANSWER_TEXT_MAX_LENGTH = 300;
export const SERVICE_ANSWER_LONG_TEXT_MAX_LENGTH = 4000;
/** An INTEGER field's bounds when the form gives none, and the widest it may give. */
export const SERVICE_ANSWER_INTEGER_LIMIT = 1_000_000_000;
const FIELD_KEY = /^[a-z][a-z0-9_]{0,39}$/;
const OPTION_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface FormChoiceOption {
  key: string;
  labelEn: string;
  labelIt: string;
}

/** One field of a request form. `min`/`max` for INTEGER, `options` for CHOICE; the others ignore them. */
export interface FormField {
  key: string;
  kind: FormFieldKind;
  labelEn: string;
  labelIt: string;
  helpEn?: string | null;
  helpIt?: string | null;
  required: boolean;
  min?: number | null;
  max?: number | null;
  options?: FormChoiceOption[] | null;
}

/** An answer as a company sends it: the field's key and its value as text ('' or absent: not answered). */
export interface FormAnswer {
  key: string;
  value: string;
}

/** An answer as stored on the request: the field as it was then, and the value (with its option's labels). */
export interface ServiceDetail {
  key: string;
  kind: FormFieldKind;
  labelEn: string;
  labelIt: string;
  value: string;
  valueLabelEn: string | null;
  valueLabelIt: string | null;
}

function badText(text: string): boolean {
  return CONTROL_CHARACTER.test(text) || LONE_SURROGATE.test(text);
}

function checkLabel(
  problems: FieldProblem[],
  path: string,
  text: string | null | undefined,
  max: number,
  required = true,
) {
  const value = (text ?? '').trim();
  if (!value) {
    if (required) problems.push(problem(path, 'SERVICE_FORM_LABEL_REQUIRED'));
    return;
  }
  if (value.length > max) problems.push(problem(path, 'TEXT_TOO_LONG', { max }));
  else if (badText(value)) problems.push(problem(path, 'SERVICE_FORM_TEXT_INVALID'));
}

/** The problems of a form's definition (an empty list: it may be saved). Paths: `fields.<i>.<property>`. */
export function validateFormDefinition(fields: readonly FormField[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.length === 0) problems.push(problem('fields', 'SERVICE_FORM_EMPTY'));
  if (fields.length > SERVICE_FORM_MAX_FIELDS)
    problems.push(problem('fields', 'SERVICE_FORM_TOO_MANY_FIELDS', { max: SERVICE_FORM_MAX_FIELDS }));
  const keys = new Set<string>();
  fields.forEach((field, index) => {
    const at = `fields.${index}`;
    if (!FIELD_KEY.test(field.key)) problems.push(problem(`${at}.key`, 'SERVICE_FORM_KEY_INVALID'));
    else if (keys.has(field.key)) problems.push(problem(`${at}.key`, 'SERVICE_FORM_KEY_DUPLICATE'));
    keys.add(field.key);
    if (!Object.hasOwn(FormFieldKind, field.kind)) problems.push(problem(`${at}.kind`, 'SERVICE_FORM_KIND_INVALID'));
    checkLabel(problems, `${at}.labelEn`, field.labelEn, SERVICE_FORM_LABEL_MAX_LENGTH);
    checkLabel(problems, `${at}.labelIt`, field.labelIt, SERVICE_FORM_LABEL_MAX_LENGTH);
    checkLabel(problems, `${at}.helpEn`, field.helpEn, SERVICE_FORM_HELP_MAX_LENGTH, false);
    checkLabel(problems, `${at}.helpIt`, field.helpIt, SERVICE_FORM_HELP_MAX_LENGTH, false);
    if (field.kind === FormFieldKind.INTEGER) {
      const { min, max } = integerBounds(field);
      const inRange = (n: number) => Number.isInteger(n) && Math.abs(n) <= SERVICE_ANSWER_INTEGER_LIMIT;
      if (!inRange(min) || !inRange(max) || min > max)
        problems.push(problem(`${at}.max`, 'SERVICE_FORM_BOUNDS_INVALID', { limit: SERVICE_ANSWER_INTEGER_LIMIT }));
    }
    if (field.kind === FormFieldKind.CHOICE) {
      const options = field.options ?? [];
      if (options.length < 2) problems.push(problem(`${at}.options`, 'SERVICE_FORM_OPTIONS_TOO_FEW', { min: 2 }));
      if (options.length > SERVICE_FORM_MAX_OPTIONS)
        problems.push(problem(`${at}.options`, 'SERVICE_FORM_OPTIONS_TOO_MANY', { max: SERVICE_FORM_MAX_OPTIONS }));
      const optionKeys = new Set<string>();
      options.forEach((option, o) => {
        const optionAt = `${at}.options.${o}`;
        if (!OPTION_KEY.test(option.key) || optionKeys.has(option.key))
          problems.push(problem(`${optionAt}.key`, 'SERVICE_FORM_KEY_INVALID'));
        optionKeys.add(option.key);
        checkLabel(problems, `${optionAt}.labelEn`, option.labelEn, SERVICE_FORM_OPTION_LABEL_MAX_LENGTH);
        checkLabel(problems, `${optionAt}.labelIt`, option.labelIt, SERVICE_FORM_OPTION_LABEL_MAX_LENGTH);
      });
    }
  });
  return problems;
}

function integerBounds(field: FormField): { min: number; max: number } {
  return { min: field.min ?? 0, max: field.max ?? SERVICE_ANSWER_INTEGER_LIMIT };
}

/** The options a CHOICE or BUDGET_BAND field offers. */
export function fieldOptions(field: FormField): FormChoiceOption[] {
  if (field.kind === FormFieldKind.BUDGET_BAND)
    return Object.values(BudgetBand).map((key) => ({
      key,
      labelEn: BUDGET_BAND_LABELS[key].en,
      labelIt: BUDGET_BAND_LABELS[key].it,
    }));
  return field.kind === FormFieldKind.CHOICE ? (field.options ?? []) : [];
}

function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The problem of one answer (null when fine). `value` is already trimmed; '' is "not answered". */
export function answerProblem(field: FormField, value: string): FieldProblem | null {
  const at = `serviceAnswers.${field.key}`;
  if (!value) return field.required ? problem(at, 'SERVICE_ANSWER_REQUIRED') : null;
  if (badText(value)) return problem(at, 'SERVICE_FORM_TEXT_INVALID');
  switch (field.kind) {
    case FormFieldKind.INTEGER: {
      const { min, max } = integerBounds(field);
      if (!/^-?\d{1,10}$/.test(value)) return problem(at, 'SERVICE_ANSWER_NOT_A_NUMBER');
      const number = Number(value);
      return number < min || number > max ? problem(at, 'SERVICE_ANSWER_OUT_OF_RANGE', { min, max }) : null;
    }
    case FormFieldKind.TEXT:
      return value.length > SERVICE_ANSWER_TEXT_MAX_LENGTH || value.includes('\n')
        ? problem(at, 'TEXT_TOO_LONG', { max: SERVICE_ANSWER_TEXT_MAX_LENGTH })
        : null;
    case FormFieldKind.LONG_TEXT:
      return value.length > SERVICE_ANSWER_LONG_TEXT_MAX_LENGTH
        ? problem(at, 'TEXT_TOO_LONG', { max: SERVICE_ANSWER_LONG_TEXT_MAX_LENGTH })
        : null;
    case FormFieldKind.DATE:
      return isRealDate(value) ? null : problem(at, 'SERVICE_ANSWER_DATE_INVALID');
    default:
      return fieldOptions(field).some((option) => option.key === value)
        ? null
        : problem(at, 'SERVICE_ANSWER_OPTION_UNKNOWN');
  }
}

/** The problems of a company's answers to a form: each field's, and answers to fields the form does not have. */
export function validateAnswers(fields: readonly FormField[], answers: readonly FormAnswer[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Set(fields.map((field) => field.key));
  const seen = new Set<string>();
  for (const answer of answers) {
    if (!known.has(answer.key) || seen.has(answer.key))
      problems.push(problem(`serviceAnswers.${answer.key.slice(0, 40)}`, 'SERVICE_ANSWER_UNKNOWN_FIELD'));
    seen.add(answer.key);
  }
  const byKey = new Map(answers.map((answer) => [answer.key, answer.value.trim()]));
  for (const field of fields) {
    const found = answerProblem(field, byKey.get(field.key) ?? '');
    if (found) problems.push(found);
  }
  return problems;
}

/** The answers as stored on the request (valid answers only; unanswered optional fields are left out). */
export function serviceDetailsOf(fields: readonly FormField[], answers: readonly FormAnswer[]): ServiceDetail[] {
  const byKey = new Map(answers.map((answer) => [answer.key, answer.value.trim()]));
  return fields.flatMap((field) => {
    const value = byKey.get(field.key) ?? '';
    if (!value) return [];
    const option = fieldOptions(field).find((candidate) => candidate.key === value);
    return [
      {
        key: field.key,
        kind: field.kind,
        labelEn: field.labelEn.trim(),
        labelIt: field.labelIt.trim(),
        value,
        valueLabelEn: option?.labelEn ?? null,
        valueLabelIt: option?.labelIt ?? null,
      },
    ];
  });
}

// ---- The default forms ----

const choice = (key: string, labelEn: string, labelIt: string): FormChoiceOption => ({ key, labelEn, labelIt });

const field = (
  key: string,
  kind: FormFieldKind,
  labelEn: string,
  labelIt: string,
  extra: Partial<FormField> = {},
): FormField => ({ key, kind, labelEn, labelIt, required: false, ...extra });

const samples = (labelEn = 'Number of samples', labelIt = 'Numero di campioni') =>
  field('sample_count', FormFieldKind.INTEGER, labelEn, labelIt, { required: true, min: 1, max: 100_000 });
const turnaround = () =>
  field('turnaround', FormFieldKind.DATE, 'Results wanted by', 'Risultati desiderati entro il', {
    helpEn: 'The date you would like the results by, if there is one.',
    helpIt: 'La data entro cui desidera i risultati, se ne ha una.',
  });
const budget = () => field('budget', FormFieldKind.BUDGET_BAND, 'Budget', 'Budget');

const GENOMICS: FormField[] = [
  samples(),
  field('sample_type', FormFieldKind.CHOICE, 'Sample type', 'Tipo di campione', {
    required: true,
    options: [
      choice('FFPE', 'FFPE tissue', 'Tessuto FFPE'),
      choice('FRESH_FROZEN', 'Fresh frozen tissue', 'Tessuto congelato'),
      choice('BLOOD', 'Blood or plasma', 'Sangue o plasma'),
      choice('DNA_RNA', 'Extracted DNA or RNA', 'DNA o RNA estratto'),
    ],
  }),
  field('assay', FormFieldKind.CHOICE, 'Assay', 'Analisi', {
    required: true,
    options: [
      choice('WES', 'Whole-exome sequencing (WES)', 'Sequenziamento dell’esoma (WES)'),
      choice('WGS', 'Whole-genome sequencing (WGS)', 'Sequenziamento del genoma (WGS)'),
      choice('RNA_SEQ', 'RNA-seq', 'RNA-seq'),
      choice('PANEL', 'Targeted gene panel', 'Pannello genico mirato'),
    ],
  }),
  field('coverage', FormFieldKind.TEXT, 'Coverage wanted', 'Copertura desiderata', {
    helpEn: 'For example 100× mean target coverage.',
    helpIt: 'Ad esempio copertura media di 100× sulle regioni bersaglio.',
  }),
  field('delivery_format', FormFieldKind.CHOICE, 'Data delivery format', 'Formato di consegna dei dati', {
    options: [choice('FASTQ', 'FASTQ', 'FASTQ'), choice('BAM', 'BAM', 'BAM'), choice('VCF', 'VCF', 'VCF')],
  }),
  turnaround(),
  budget(),
  field('notes', FormFieldKind.LONG_TEXT, 'Notes', 'Note'),
];

const BIOBANK: FormField[] = [
  samples(),
  field('sample_type', FormFieldKind.CHOICE, 'Sample type', 'Tipo di campione', {
    required: true,
    options: [
      choice('FFPE', 'FFPE tissue', 'Tessuto FFPE'),
      choice('FRESH_FROZEN', 'Fresh frozen tissue', 'Tessuto congelato'),
      choice('PLASMA', 'Plasma', 'Plasma'),
      choice('SERUM', 'Serum', 'Siero'),
      choice('DNA', 'DNA', 'DNA'),
    ],
  }),
  field('tumour_type', FormFieldKind.TEXT, 'Tumour type', 'Tipo di tumore', { required: true }),
  field('clinical_annotation', FormFieldKind.CHOICE, 'Clinical annotation needed', 'Annotazione clinica necessaria', {
    options: [
      choice('NONE', 'None', 'Nessuna'),
      choice('BASIC', 'Basic (diagnosis, stage)', 'Essenziale (diagnosi, stadio)'),
      choice('FOLLOW_UP', 'With treatment and follow-up', 'Con trattamenti e follow-up'),
    ],
  }),
  field('project_summary', FormFieldKind.LONG_TEXT, 'Project summary', 'Sintesi del progetto', { required: true }),
  budget(),
];

const ANIMAL_FACILITY: FormField[] = [
  field('model', FormFieldKind.CHOICE, 'Model', 'Modello', {
    required: true,
    options: [
      choice('PDX', 'Patient-derived xenograft (PDX)', 'Xenotrapianto da paziente (PDX)'),
      choice('XENOGRAFT', 'Cell-line xenograft', 'Xenotrapianto da linea cellulare'),
      choice('SYNGENEIC', 'Syngeneic', 'Singenico'),
      choice('HUMANISED', 'Humanised mouse', 'Topo umanizzato'),
    ],
  }),
  field('strain', FormFieldKind.TEXT, 'Species and strain', 'Specie e ceppo'),
  field('animal_count', FormFieldKind.INTEGER, 'Number of animals', 'Numero di animali', { min: 1, max: 10_000 }),
  field('study_type', FormFieldKind.CHOICE, 'Study type', 'Tipo di studio', {
    required: true,
    options: [
      choice('EFFICACY', 'Efficacy', 'Efficacia'),
      choice('TOLERABILITY', 'Tolerability', 'Tollerabilità'),
      choice('PK_PD', 'PK/PD', 'PK/PD'),
    ],
  }),
  turnaround(),
  budget(),
];

const BIOSTATISTICS: FormField[] = [
  field('trial_phase', FormFieldKind.CHOICE, 'Trial phase', 'Fase dello studio', {
    required: true,
    options: [
      choice('PHASE_1', 'Phase 1', 'Fase 1'),
      choice('PHASE_2', 'Phase 2', 'Fase 2'),
      choice('PHASE_3', 'Phase 3', 'Fase 3'),
      choice('OBSERVATIONAL', 'Observational study', 'Studio osservazionale'),
    ],
  }),
  field('study_design', FormFieldKind.LONG_TEXT, 'Study design', 'Disegno dello studio', { required: true }),
  field('deliverable', FormFieldKind.CHOICE, 'Deliverable', 'Risultato atteso', {
    options: [
      choice('DESIGN', 'Design and sample size', 'Disegno e numerosità campionaria'),
      choice('SAP', 'Statistical analysis plan', 'Piano di analisi statistica'),
      choice('ANALYSIS', 'Analysis and report', 'Analisi e relazione'),
    ],
  }),
  turnaround(),
  budget(),
];

const RADIOTHERAPY: FormField[] = [
  field('service', FormFieldKind.CHOICE, 'Service', 'Servizio', {
    required: true,
    options: [
      choice('DOSIMETRY_AUDIT', 'Dosimetry audit', 'Audit dosimetrico'),
      choice('PHANTOM_TEST', 'Phantom testing', 'Test su fantocci'),
      choice('IRRADIATION', 'Irradiation of samples', 'Irraggiamento di campioni'),
      choice('IMAGING', 'Imaging physics', 'Fisica delle immagini'),
    ],
  }),
  samples('Number of samples or phantoms', 'Numero di campioni o fantocci'),
  field('dose_range', FormFieldKind.TEXT, 'Dose range', 'Intervallo di dose', {
    helpEn: 'For example 0.5–10 Gy.',
    helpIt: 'Ad esempio 0,5–10 Gy.',
  }),
  turnaround(),
];

const BIOSCIENCE_LAB: FormField[] = [
  field('assay', FormFieldKind.TEXT, 'Assay', 'Analisi', { required: true }),
  samples(),
  turnaround(),
];

/** A clinical-trial site: the form of a service listing without a platform (INT's trial collaboration). */
const CLINICAL_TRIAL_SITE: FormField[] = [
  field('trial_phase', FormFieldKind.CHOICE, 'Trial phase', 'Fase dello studio', {
    required: true,
    options: [
      choice('PHASE_1', 'Phase 1', 'Fase 1'),
      choice('PHASE_2', 'Phase 2', 'Fase 2'),
      choice('PHASE_3', 'Phase 3', 'Fase 3'),
    ],
  }),
  field('indication', FormFieldKind.TEXT, 'Indication', 'Indicazione', { required: true }),
  field('patient_count', FormFieldKind.INTEGER, 'Patients to enrol at this site', 'Pazienti da arruolare nel centro', {
    min: 1,
    max: 10_000,
  }),
  field('start_date', FormFieldKind.DATE, 'Planned start', 'Avvio previsto'),
  field('protocol_summary', FormFieldKind.LONG_TEXT, 'Protocol summary', 'Sintesi del protocollo', { required: true }),
  budget(),
];

const DEFAULT_FORMS: Record<PlatformKind, FormField[]> = {
  GENOMICS,
  BIOBANK,
  ANIMAL_FACILITY,
  BIOSTATISTICS,
  RADIOTHERAPY,
  BIOSCIENCE_LAB,
};

/**
 * The form a service listing uses until its office saves its own: its platform kind's, or the clinical-trial
 * site's for a service without a platform (the institutes' trial collaboration is offered outside any platform).
 */
export function defaultServiceRequestForm(platformKind: PlatformKind | null): FormField[] {
  const fields = platformKind && Object.hasOwn(DEFAULT_FORMS, platformKind) ? DEFAULT_FORMS[platformKind] : null;
  return structuredClone(fields ?? CLINICAL_TRIAL_SITE);
}

/** Every kind's default with its name, for the tests (and anyone listing them). */
export const DEFAULT_SERVICE_FORMS = { ...DEFAULT_FORMS, CLINICAL_TRIAL_SITE } as const;
