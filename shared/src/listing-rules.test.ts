import { describe, expect, it } from 'vitest';
import { AssetStatus } from './asset-enums.js';
import { englishErrorMessage } from './error-messages.js';
import {
  allowedListingTransitions,
  canTransitionListing,
  isListingEditable,
  isListingRenewable,
  LISTING_EXPIRY,
  LISTING_LIMITS,
  type ListingData,
  linesToList,
  listingExpiryState,
  listingPublicationWarnings,
  summaryFromText,
  validateListingDraft,
  validateListingExpiry,
  validateListingForPublication,
  yearsAfter,
} from './listing-rules.js';

const COMPLETE: ListingData = {
  kind: 'INVENTION',
  title: 'Urinary RNA signature for bladder cancer recurrence',
  summary: 'A non-invasive urine test that flags bladder cancer recurrence months before cystoscopy.',
  description: 'A panel of urinary RNA markers, measured by RT-qPCR, '.repeat(4),
  problem: 'Follow-up cystoscopies are invasive, costly and often negative.',
  benefits: 'Fewer cystoscopies, earlier detection, a simple urine sample.',
  applications: ['Surveillance of non-muscle-invasive bladder cancer'],
  trl: 4,
  ipStatus: 'PATENT_PENDING',
  patentNumbers: ['EP4218876A1'],
  developmentStage: 'CLINICAL_VALIDATION',
  partneringModels: ['LICENSE_EXCLUSIVE'],
  keywords: ['urine', 'RNA'],
  sectorCount: 2,
  inventors: [{ name: 'Giulia Zanetti', affiliation: 'IRST' }],
  turnaround: null,
  pricingModel: null,
};

const fields = (problems: { field: string }[]) => problems.map((problem) => problem.field);

describe('publication validation', () => {
  it('a complete listing has no issues', () => {
    expect(validateListingForPublication(COMPLETE)).toEqual([]);
  });

  it.each([
    ['title', { title: '' }, 'TITLE_REQUIRED'],
    ['title', { title: 'Short' }, 'TITLE_TOO_SHORT'],
    ['summary', { summary: '' }, 'SUMMARY_REQUIRED'],
    ['summary', { summary: 'Too short to say anything.' }, 'SUMMARY_TOO_SHORT'],
    ['summary', { summary: 'x'.repeat(401) }, 'SUMMARY_TOO_LONG'],
    ['description', { description: '   ' }, 'DESCRIPTION_REQUIRED'],
    ['description', { description: 'Brief.' }, 'DESCRIPTION_TOO_SHORT'],
    ['problem', { problem: '' }, 'PROBLEM_REQUIRED'],
    ['benefits', { benefits: '' }, 'BENEFITS_REQUIRED'],
    ['sectorIds', { sectorCount: 0 }, 'SECTORS_REQUIRED'],
    ['trl', { trl: 0 }, 'TRL_INVALID'],
    ['trl', { trl: 10 }, 'TRL_INVALID'],
    ['trl', { trl: 4.5 }, 'TRL_INVALID'],
    ['ipStatus', { ipStatus: 'MAYBE' }, 'IP_STATUS_INVALID'],
    ['developmentStage', { developmentStage: 'SOMEDAY' }, 'DEVELOPMENT_STAGE_INVALID'],
    ['partneringModels', { partneringModels: [] }, 'PARTNERING_MODELS_REQUIRED'],
    ['patentNumbers', { patentNumbers: [] }, 'PATENT_NUMBERS_REQUIRED'],
    ['patentNumbers.0', { patentNumbers: ['12345'] }, 'PATENT_NUMBER_INVALID'],
  ] as const)('%s: %j blocks publication with %s', (field, change, code) => {
    const problems = validateListingForPublication({ ...COMPLETE, ...change } as ListingData);
    expect(problems).toContainEqual(expect.objectContaining({ field, code }));
    expect(problems.every((problem) => englishErrorMessage(problem.code, problem.params).length > 0)).toBe(true);
  });

  it('each missing field is reported once, with its own field', () => {
    const problems = validateListingForPublication({
      ...COMPLETE,
      title: '',
      summary: '',
      description: '',
      problem: '',
      benefits: '',
      sectorCount: 0,
      partneringModels: [],
      patentNumbers: [],
    });
    expect(fields(problems).sort()).toEqual(
      [
        'benefits',
        'description',
        'partneringModels',
        'patentNumbers',
        'problem',
        'sectorIds',
        'summary',
        'title',
      ].sort(),
    );
  });

  it('a service needs its turnaround and pricing model; other kinds do not', () => {
    const service = { ...COMPLETE, kind: 'SERVICE', ipStatus: 'KNOW_HOW', patentNumbers: [] } as ListingData;
    expect(fields(validateListingForPublication(service)).sort()).toEqual(['pricingModel', 'turnaround']);
    expect(validateListingForPublication({ ...service, turnaround: '3 weeks', pricingModel: 'PER_SAMPLE' })).toEqual(
      [],
    );
  });

  it('no patent number is needed without a patent', () => {
    for (const ipStatus of ['NONE', 'KNOW_HOW', 'COPYRIGHT', 'TRADEMARK'] as const) {
      expect(validateListingForPublication({ ...COMPLETE, ipStatus, patentNumbers: [] })).toEqual([]);
    }
  });
});

describe('draft limits', () => {
  it('checks only the fields given', () => {
    expect(validateListingDraft({ summary: 'short is fine in a draft' })).toEqual([]);
    expect(validateListingDraft({})).toEqual([]);
  });

  it('refuses oversized values and lists, with field paths', () => {
    const problems = validateListingDraft({
      title: 'x'.repeat(LISTING_LIMITS.titleMax + 1),
      keywords: Array.from({ length: LISTING_LIMITS.maxKeywords + 1 }, (_, i) => `k${i}`),
      applications: ['ok', 'y'.repeat(LISTING_LIMITS.applicationMax + 1), ' '],
      inventors: [
        { name: 'A', affiliation: 'IRST' },
        { name: 'Bruno Neri', affiliation: '' },
      ],
      partneringModels: ['OPTION', 'OPTION'],
      turnaround: 't'.repeat(201),
      sectorCount: 21,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'TITLE_TOO_LONG', params: { max: LISTING_LIMITS.titleMax } },
        { field: 'keywords', code: 'TOO_MANY_KEYWORDS', params: { max: LISTING_LIMITS.maxKeywords } },
        { field: 'applications.1', code: 'APPLICATION_TOO_LONG', params: { max: LISTING_LIMITS.applicationMax } },
        { field: 'applications.2', code: 'APPLICATION_REQUIRED' },
        { field: 'inventors.0.name', code: 'INVENTOR_NAME_REQUIRED' },
        { field: 'inventors.1.affiliation', code: 'INVENTOR_AFFILIATION_REQUIRED' },
        { field: 'partneringModels', code: 'PARTNERING_MODEL_DUPLICATE' },
        { field: 'turnaround', code: 'TURNAROUND_TOO_LONG', params: { max: LISTING_LIMITS.turnaroundMax } },
        { field: 'sectorIds', code: 'TOO_MANY_SECTORS', params: { max: LISTING_LIMITS.maxSectors } },
      ]),
    );
  });

  it('a title cannot be emptied', () => {
    expect(validateListingDraft({ title: '  ' })).toEqual([
      expect.objectContaining({ field: 'title', code: 'TITLE_REQUIRED' }),
    ]);
  });
});

describe('the Italian text', () => {
  const ITALIAN = {
    titleIt: 'Firma di RNA urinario per la recidiva del tumore della vescica',
    summaryIt: 'Un test non invasivo sulle urine che segnala la recidiva mesi prima della cistoscopia.',
    descriptionIt: 'Un pannello di marcatori di RNA urinario, misurati in RT-qPCR, '.repeat(4),
    problemIt: 'Le cistoscopie di controllo sono invasive, costose e spesso negative.',
    benefitsIt: 'Meno cistoscopie, diagnosi più precoce, un semplice campione di urina.',
    applicationsIt: ['Sorveglianza del tumore della vescica non muscolo-invasivo'],
    keywordsIt: ['urine', 'RNA'],
  };

  it('is not needed to publish: each missing Italian text is a warning, not an issue', () => {
    expect(validateListingForPublication(COMPLETE)).toEqual([]);
    const warnings = listingPublicationWarnings(COMPLETE);
    expect(fields(warnings)).toEqual([
      'titleIt',
      'summaryIt',
      'descriptionIt',
      'problemIt',
      'benefitsIt',
      'applicationsIt',
      'keywordsIt',
    ]);
    expect(warnings.every((warning) => warning.code === 'TRANSLATION_MISSING')).toBe(true);
  });

  it('leaves no warning once translated, and none for an English text the listing does not have', () => {
    expect(listingPublicationWarnings({ ...COMPLETE, ...ITALIAN })).toEqual([]);
    expect(fields(listingPublicationWarnings({ ...COMPLETE, ...ITALIAN, turnaround: '2 weeks' }))).toEqual([
      'turnaroundIt',
    ]);
    expect(fields(listingPublicationWarnings({ ...COMPLETE, ...ITALIAN, summaryIt: '  ' }))).toEqual(['summaryIt']);
  });

  it('has the English limits', () => {
    const problems = validateListingDraft({
      titleIt: 'x'.repeat(LISTING_LIMITS.titleMax + 1),
      summaryIt: 'x'.repeat(LISTING_LIMITS.summaryMax + 1),
      descriptionIt: 'x'.repeat(LISTING_LIMITS.textMax + 1),
      keywordsIt: ['ok', ''],
      applicationsIt: Array.from({ length: LISTING_LIMITS.maxApplications + 1 }, () => 'uso'),
    });
    expect(problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['titleIt', 'TITLE_TOO_LONG'],
      ['summaryIt', 'SUMMARY_TOO_LONG'],
      ['descriptionIt', 'DESCRIPTION_TOO_LONG'],
      ['applicationsIt', 'TOO_MANY_APPLICATIONS'],
      ['keywordsIt.1', 'KEYWORD_REQUIRED'],
    ]);
  });

  it('may be left empty in a draft', () => {
    expect(validateListingDraft({ titleIt: '', summaryIt: '', keywordsIt: [] })).toEqual([]);
  });
});

describe('listing status', () => {
  const ALL = Object.values(AssetStatus);

  it('publish and archive drafts; unpublish and archive published ones; restore archived ones as drafts', () => {
    expect(allowedListingTransitions('DRAFT')).toEqual(['PUBLISHED', 'ARCHIVED']);
    expect(allowedListingTransitions('PUBLISHED')).toEqual(['DRAFT', 'ARCHIVED']);
    expect(allowedListingTransitions('ARCHIVED')).toEqual(['DRAFT']);
  });

  it('nothing else: no staying put, no publishing straight from the archive', () => {
    const allowed = new Set([
      'DRAFT>PUBLISHED',
      'DRAFT>ARCHIVED',
      'PUBLISHED>DRAFT',
      'PUBLISHED>ARCHIVED',
      'ARCHIVED>DRAFT',
    ]);
    for (const from of ALL) {
      for (const to of ALL)
        expect(canTransitionListing(from, to), `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
    }
  });

  it('archived listings are not edited in place', () => {
    expect(ALL.filter(isListingEditable)).toEqual(['DRAFT', 'PUBLISHED']);
  });
});

describe('pre-filling from a disclosure', () => {
  it('keeps a short abstract whole, flattened', () => {
    expect(summaryFromText('  A urine test.\n\nFor bladder cancer. ')).toBe('A urine test. For bladder cancer.');
    expect(summaryFromText(null)).toBe('');
  });

  it('cuts a long abstract after the last whole sentence that fits', () => {
    const first = `${'The first sentence is long enough. '.repeat(5).trim()}`;
    const text = `${first} ${'Another sentence follows here. '.repeat(20)}`;
    const summary = summaryFromText(text, 200);
    expect(summary.length).toBeLessThanOrEqual(200);
    expect(summary.endsWith('.')).toBe(true);
    expect(text.replace(/\s+/g, ' ').startsWith(summary)).toBe(true);
  });

  it('cuts one endless sentence at a word, with an ellipsis, within the limit', () => {
    const summary = summaryFromText('word '.repeat(200), LISTING_LIMITS.summaryMax);
    expect(summary.length).toBeLessThanOrEqual(LISTING_LIMITS.summaryMax);
    expect(summary.endsWith('word…')).toBe(true);
  });

  it('turns lines of commercial applications into a list', () => {
    expect(linesToList('- Diagnostics\n2) Companion tests\n\n• Screening ')).toEqual([
      'Diagnostics',
      'Companion tests',
      'Screening',
    ]);
    expect(linesToList('x\n'.repeat(30))).toHaveLength(LISTING_LIMITS.maxApplications);
  });
});

describe('expiry', () => {
  const today = '2026-12-02';
  const codes = (expiresOn: string | null) => validateListingExpiry(expiresOn, today).map((found) => found.code);

  it('takes no date, today, or a real day up to five years ahead', () => {
    expect(codes(null)).toEqual([]);
    expect(codes(today)).toEqual([]);
    expect(codes('2031-12-02')).toEqual([]);
  });

  it('refuses a day that is not one, a past day and one too far ahead', () => {
    expect(codes('2027-02-30')).toEqual(['DATE_INVALID']);
    expect(codes('02/12/2027')).toEqual(['DATE_INVALID']);
    expect(codes('2026-12-01')).toEqual(['LISTING_EXPIRY_PAST']);
    expect(validateListingExpiry('2031-12-03', today)).toEqual([
      { field: 'expiresOn', code: 'LISTING_EXPIRY_TOO_FAR', params: { years: LISTING_EXPIRY.maxYearsAhead } },
    ]);
    expect(englishErrorMessage('LISTING_EXPIRY_TOO_FAR', { years: 5 })).toBe(
      'The expiry date can be at most 5 years away.',
    );
  });

  it('counts years to the same day, or the last of the month', () => {
    expect(yearsAfter('2026-12-02', 1)).toBe('2027-12-02');
    expect(yearsAfter('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('tells the office whether a listing expired, expires within the reminder’s days, or later', () => {
    const published = { status: AssetStatus.PUBLISHED, expiredAt: null };
    expect(listingExpiryState({ ...published, expiresOn: null }, today)).toBe('NONE');
    expect(listingExpiryState({ ...published, expiresOn: '2027-01-01' }, today)).toBe('EXPIRING_SOON');
    expect(listingExpiryState({ ...published, expiresOn: '2026-11-30' }, today)).toBe('EXPIRING_SOON');
    expect(listingExpiryState({ ...published, expiresOn: '2027-01-02' }, today)).toBe('SCHEDULED');
    const expired = { status: AssetStatus.ARCHIVED, expiresOn: '2026-11-30', expiredAt: '2026-12-01T00:47:00Z' };
    expect(listingExpiryState(expired, today)).toBe('EXPIRED');
  });

  it('renews a published listing or an expired one, never a draft or one archived by hand', () => {
    expect(isListingRenewable({ status: AssetStatus.PUBLISHED, expiresOn: null, expiredAt: null })).toBe(true);
    expect(isListingRenewable({ status: AssetStatus.ARCHIVED, expiresOn: '2026-11-30', expiredAt: new Date() })).toBe(
      true,
    );
    expect(isListingRenewable({ status: AssetStatus.ARCHIVED, expiresOn: null, expiredAt: null })).toBe(false);
    expect(isListingRenewable({ status: AssetStatus.DRAFT, expiresOn: '2027-01-01', expiredAt: null })).toBe(false);
  });
});
