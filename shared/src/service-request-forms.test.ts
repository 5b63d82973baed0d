import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SERVICE_FORMS,
  defaultServiceRequestForm,
  type FormField,
  FormFieldKind,
  SERVICE_FORM_MAX_FIELDS,
  serviceDetailsOf,
  validateAnswers,
  validateFormDefinition,
} from './service-request-forms.js';
import { PlatformKind } from './taxonomy-enums.js';

const codes = (problems: { field: string; code: string }[]) => problems.map((p) => `${p.field}:${p.code}`);

const samples: FormField = {
  key: 'sample_count',
  kind: FormFieldKind.INTEGER,
  labelEn: 'Number of samples',
  labelIt: 'Numero di campioni',
  required: true,
  min: 1,
  max: 500,
};
const assay: FormField = {
  key: 'assay',
  kind: FormFieldKind.CHOICE,
  labelEn: 'Assay',
  labelIt: 'Analisi',
  required: false,
  options: [
    { key: 'WES', labelEn: 'Whole exome', labelIt: 'Esoma' },
    { key: 'WGS', labelEn: 'Whole genome', labelIt: 'Genoma' },
  ],
};

describe('request form definitions', () => {
  it('has a valid default for every platform kind and for a clinical-trial site', () => {
    for (const kind of Object.values(PlatformKind)) {
      expect(validateFormDefinition(defaultServiceRequestForm(kind)), kind).toEqual([]);
    }
    for (const [name, fields] of Object.entries(DEFAULT_SERVICE_FORMS)) {
      expect(validateFormDefinition(fields), name).toEqual([]);
      expect(
        fields.some((field) => field.required),
        name,
      ).toBe(true);
    }
    expect(defaultServiceRequestForm(null).map((field) => field.key)).toContain('protocol_summary');
  });

  it('gives each kind what its requests must say', () => {
    const keys = (kind: PlatformKind) => defaultServiceRequestForm(kind).map((field) => field.key);
    expect(keys('GENOMICS')).toEqual(
      expect.arrayContaining(['sample_count', 'sample_type', 'assay', 'coverage', 'delivery_format', 'budget']),
    );
    expect(keys('BIOBANK')).toEqual(
      expect.arrayContaining(['sample_count', 'sample_type', 'tumour_type', 'clinical_annotation', 'project_summary']),
    );
    expect(keys('ANIMAL_FACILITY')).toEqual(expect.arrayContaining(['model', 'strain', 'animal_count', 'study_type']));
    expect(keys('BIOSTATISTICS')).toEqual(expect.arrayContaining(['trial_phase', 'study_design', 'deliverable']));
    expect(keys('RADIOTHERAPY')).toEqual(expect.arrayContaining(['service', 'sample_count', 'dose_range']));
    expect(keys('BIOSCIENCE_LAB')).toEqual(['assay', 'sample_count', 'turnaround']);
  });

  it('hands out copies: editing one never changes the default', () => {
    const form = defaultServiceRequestForm('GENOMICS');
    form[0]!.labelEn = 'Changed';
    expect(defaultServiceRequestForm('GENOMICS')[0]!.labelEn).toBe('Number of samples');
  });

  it('refuses a broken definition with codes', () => {
    expect(codes(validateFormDefinition([]))).toEqual(['fields:SERVICE_FORM_EMPTY']);
    const tooMany = Array.from({ length: SERVICE_FORM_MAX_FIELDS + 1 }, (_, i) => ({ ...samples, key: `f${i}` }));
    expect(codes(validateFormDefinition(tooMany))).toEqual(['fields:SERVICE_FORM_TOO_MANY_FIELDS']);
    expect(
      codes(
        validateFormDefinition([
          { ...samples, key: 'Bad key', labelIt: ' ' },
          { ...samples, min: 10, max: 1 },
          { ...samples, key: 'sample_count', labelEn: 'x'.repeat(121) },
          { ...assay, options: [{ key: 'ONLY', labelEn: 'Only', labelIt: 'Sola' }] },
          { ...assay, key: 'kind', kind: 'COLOUR' as FormFieldKind, helpEn: 'bell\u0007' },
        ]),
      ),
    ).toEqual([
      'fields.0.key:SERVICE_FORM_KEY_INVALID',
      'fields.0.labelIt:SERVICE_FORM_LABEL_REQUIRED',
      'fields.1.max:SERVICE_FORM_BOUNDS_INVALID',
      'fields.2.key:SERVICE_FORM_KEY_DUPLICATE',
      'fields.2.labelEn:TEXT_TOO_LONG',
      'fields.3.options:SERVICE_FORM_OPTIONS_TOO_FEW',
      'fields.4.kind:SERVICE_FORM_KIND_INVALID',
      'fields.4.helpEn:SERVICE_FORM_TEXT_INVALID',
    ]);
  });
});

describe('answers to a request form', () => {
  const form = [samples, assay, { ...assay, key: 'due', kind: FormFieldKind.DATE, options: null }];

  it('accepts valid answers and stores each with its labels and kind', () => {
    const answers = [
      { key: 'sample_count', value: ' 96 ' },
      { key: 'assay', value: 'WES' },
    ];
    expect(validateAnswers(form, answers)).toEqual([]);
    expect(serviceDetailsOf(form, answers)).toEqual([
      {
        key: 'sample_count',
        kind: 'INTEGER',
        labelEn: 'Number of samples',
        labelIt: 'Numero di campioni',
        value: '96',
        valueLabelEn: null,
        valueLabelIt: null,
      },
      {
        key: 'assay',
        kind: 'CHOICE',
        labelEn: 'Assay',
        labelIt: 'Analisi',
        value: 'WES',
        valueLabelEn: 'Whole exome',
        valueLabelIt: 'Esoma',
      },
    ]);
  });

  it('refuses missing, malformed and unknown answers with codes', () => {
    expect(codes(validateAnswers(form, []))).toEqual(['serviceAnswers.sample_count:SERVICE_ANSWER_REQUIRED']);
    expect(
      codes(
        validateAnswers(form, [
          { key: 'sample_count', value: '1000' },
          { key: 'assay', value: 'PANEL' },
          { key: 'due', value: '2027-02-30' },
          { key: 'colour', value: 'red' },
        ]),
      ),
    ).toEqual([
      'serviceAnswers.colour:SERVICE_ANSWER_UNKNOWN_FIELD',
      'serviceAnswers.sample_count:SERVICE_ANSWER_OUT_OF_RANGE',
      'serviceAnswers.assay:SERVICE_ANSWER_OPTION_UNKNOWN',
      'serviceAnswers.due:SERVICE_ANSWER_DATE_INVALID',
    ]);
    expect(codes(validateAnswers(form, [{ key: 'sample_count', value: '1.5' }]))).toEqual([
      'serviceAnswers.sample_count:SERVICE_ANSWER_NOT_A_NUMBER',
    ]);
    const budget = defaultServiceRequestForm('BIOBANK').find((field) => field.kind === 'BUDGET_BAND')!;
    expect(validateAnswers([budget], [{ key: 'budget', value: 'FROM_5K_TO_20K' }])).toEqual([]);
    expect(codes(validateAnswers([budget], [{ key: 'budget', value: 'LOTS' }]))).toEqual([
      'serviceAnswers.budget:SERVICE_ANSWER_OPTION_UNKNOWN',
    ]);
  });
});
