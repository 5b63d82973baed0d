import type { EntityManager } from '@mikro-orm/core';
import { canTransitionEoi, EoiStatus, eoiResponseDueAt, InterestType } from '@tt/shared/eoi-transitions';
import { Language } from '@tt/shared/languages';
import {
  eoiStepsAfterQuoteAccepted,
  lineFigures,
  type QuoteDeclineReason,
  type QuoteLineData,
  QuoteStatus,
  quoteTotals,
  type StoredQuoteStatus,
  validateQuote,
} from '@tt/shared/quote-rules';
import { isoDay } from '@tt/shared/technology-request-rules';
import type { Asset } from '../entities/asset.entity.js';
import type { Company } from '../entities/company.entity.js';
import { EoiMessage } from '../entities/eoi-message.entity.js';
import { EoiTransition } from '../entities/eoi-transition.entity.js';
import { ExpressionOfInterest } from '../entities/expression-of-interest.entity.js';
import { Quote } from '../entities/quote.entity.js';
import { QuoteLine } from '../entities/quote-line.entity.js';
import { User } from '../entities/user.entity.js';
import { DEMO_SERVICES_THREAD, demoClock } from './demo-clock.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DemoQuoteLookups {
  /** by slug */
  assets: Map<string, Asset>;
  /** by slug */
  companies: Map<string, Company>;
  /** by officer key (demo-institutions.ts) */
  officers: Map<string, User>;
}

interface DemoQuote {
  /** Days ago it was sent. */
  sentDaysAgo: number;
  validForDays: number;
  status: StoredQuoteStatus;
  decidedDaysAgo?: number;
  declineReason?: QuoteDeclineReason;
  declineComment?: string;
  lines: (Omit<QuoteLineData, 'vatBasisPoints'> & { vatBasisPoints?: number })[];
  conditions: string;
  deliveryEstimate?: string;
  deliveryWeeks?: number;
}

const PDX_QUOTE: DemoQuote = {
  sentDaysAgo: 18,
  validForDays: 45,
  status: QuoteStatus.ACCEPTED,
  decidedDaysAgo: 6,
  lines: [
    {
      description: 'PDX efficacy study: dose-response arm (8 mice, 4 weeks of dosing, tumour volume twice a week)',
      quantityHundredths: 1200,
      unit: 'arm',
      unitPriceCents: 650_000,
    },
    {
      description: 'HER3 IHC on the gastric PDX models',
      quantityHundredths: 300,
      unit: 'model',
      unitPriceCents: 42_000,
    },
    {
      description: 'Tolerability read-outs (body weight, clinical scoring)',
      quantityHundredths: 1200,
      unit: 'arm',
      unitPriceCents: 35_000,
    },
    {
      description: 'Study report with statistical analysis',
      quantityHundredths: 100,
      unit: 'report',
      unitPriceCents: 480_000,
    },
  ],
  conditions:
    'Framework service agreement rates for OncoPharm. 40 % on acceptance, 60 % on delivery of the final report. ' +
    'Test article supplied by the client with its certificate of analysis.',
  deliveryEstimate: 'Final report 16 weeks after the test article arrives',
  deliveryWeeks: 16,
};

const SEQUENCING_LINES: DemoQuote['lines'] = [
  {
    description: 'cfDNA extraction from plasma, with quantification',
    quantityHundredths: 9600,
    unit: 'sample',
    unitPriceCents: 4_500,
  },
  {
    description: 'ctDNA panel library preparation and deep sequencing (UMI)',
    quantityHundredths: 9600,
    unit: 'sample',
    unitPriceCents: 38_000,
  },
  {
    description: 'Variant calling and annotated report per sample',
    quantityHundredths: 9600,
    unit: 'sample',
    unitPriceCents: 6_000,
  },
  { description: 'Bioinformatics consultation', quantityHundredths: 450, unit: 'hour', unitPriceCents: 9_000 },
];

const SEQUENCING_V1: DemoQuote = {
  sentDaysAgo: 10,
  validForDays: 30,
  status: QuoteStatus.SUPERSEDED,
  lines: SEQUENCING_LINES,
  conditions: 'Payment 30 days from invoice. At least 4 ml of plasma per sample in Streck tubes, shipped frozen.',
  deliveryWeeks: 10,
};

const SEQUENCING_V2: DemoQuote = {
  sentDaysAgo: 3,
  validForDays: 30,
  status: QuoteStatus.SENT,
  // Revised after the call: a volume price for the panel, the consultation hours halved.
  lines: [
    SEQUENCING_LINES[0]!,
    { ...SEQUENCING_LINES[1]!, unitPriceCents: 34_000 },
    SEQUENCING_LINES[2]!,
    { ...SEQUENCING_LINES[3]!, quantityHundredths: 225 },
  ],
  conditions:
    'Payment 30 days from invoice. At least 4 ml of plasma per sample in Streck tubes, shipped frozen. ' +
    'Volume price for 96 samples sequenced in two runs.',
  deliveryEstimate: 'Data and reports 8 weeks after the samples pass quality control',
  deliveryWeeks: 8,
};

const METHYLATION_QUOTE: DemoQuote = {
  sentDaysAgo: 12,
  validForDays: 30,
  status: QuoteStatus.DECLINED,
  decidedDaysAgo: 9,
  declineReason: 'TIMELINE',
  declineComment: 'We need the results within three weeks for a regulatory submission; six weeks is too late for us.',
  lines: [
    {
      description: 'Genome-wide methylation array, bisulfite conversion included',
      quantityHundredths: 4800,
      unit: 'sample',
      unitPriceCents: 32_000,
    },
    {
      description: 'Differential methylation analysis and report',
      quantityHundredths: 100,
      unit: 'report',
      unitPriceCents: 240_000,
    },
  ],
  conditions: 'Payment 30 days from invoice. At least 500 ng of DNA per sample.',
  deliveryWeeks: 6,
};

/**
 * The demo quotes (issue #17): the PDX study OncoPharm asked the IRST Animal Facility for, quoted and accepted (its
 * request moved to negotiation; its service agreement is among the demo agreements); a ctDNA sequencing request
 * from MediSense with a revised quote (version 1 superseded, version 2 waiting); and a methylation profiling request of
 * OncoPharm whose quote was declined with its reason. Each quote is checked against shared/quote-rules.ts. Run after
 * the EoIs and agreements.
 */
export async function seedDemoQuotes(em: EntityManager, lookups: DemoQuoteLookups, now = new Date()): Promise<void> {
  await em.flush();
  const ago = demoClock(now).thread(DEMO_SERVICES_THREAD);
  const officer = lookups.officers.get('officer-irst') ?? fail('no officer-irst');
  const member = (email: string) => em.findOneOrFail(User, { email });
  const oncopharm = await member('buyer@oncopharm.demo');
  const medisense = await member('buyer@medisense.demo');

  // The PDX study: its EoI is among the demo EoIs (in discussion); the company accepted the quote.
  const pdx = await em.findOneOrFail(
    ExpressionOfInterest,
    { company: { slug: 'oncopharm' }, asset: { slug: 'irst-in-vivo-efficacy-xenograft-studies' } },
    { populate: ['asset'] },
  );
  addQuote(em, pdx, 1, PDX_QUOTE, officer, oncopharm, now);
  let from = pdx.status;
  for (const step of eoiStepsAfterQuoteAccepted(pdx.status)) {
    // As the API records it: the acceptance's move, with no actor (the quote names who accepted it).
    em.create(EoiTransition, {
      eoi: pdx,
      actor: null,
      fromStatus: from,
      toStatus: step,
      reason: null,
      language: Language.EN,
      at: ago(PDX_QUOTE.decidedDaysAgo!),
    });
    from = step;
  }
  if (from !== pdx.status) {
    pdx.status = from;
    pdx.lastActivityAt = ago(PDX_QUOTE.decidedDaysAgo!);
    pdx.updatedAt = pdx.lastActivityAt;
  }

  // ctDNA sequencing for MediSense: quoted, discussed on a call, revised.
  const sequencing = serviceRequest(em, lookups, {
    asset: 'irst-ctdna-liquid-biopsy-sequencing',
    company: 'medisense',
    submitter: medisense,
    officer,
    ageDays: 14,
    key: 'demo-quote-sequencing',
    message:
      'MediSense is validating a liquid-biopsy assay and needs ctDNA sequencing of 96 plasma samples from colorectal ' +
      'cancer patients to build its reference set. Could you quote extraction, sequencing and variant calling?',
    intendedUse: 'Reference calls for the analytical validation of our ctDNA assay.',
    timeline: 'Data within three months',
    now,
  });
  addQuote(em, sequencing, 1, SEQUENCING_V1, officer, null, now);
  addQuote(em, sequencing, 2, SEQUENCING_V2, officer, null, now);
  em.create(EoiMessage, {
    eoi: sequencing,
    author: officer,
    body:
      'Thank you for the call. As agreed, the revised quote applies our volume price for the panel and halves the ' +
      'consultation hours; the turnaround is now eight weeks from quality control.',
    language: Language.EN,
    internal: false,
    createdAt: ago(SEQUENCING_V2.sentDaysAgo),
  });

  // Methylation profiling for OncoPharm: declined, the timeline did not fit.
  const methylation = serviceRequest(em, lookups, {
    asset: 'irst-dna-methylation-profiling',
    company: 'oncopharm',
    submitter: oncopharm,
    officer,
    ageDays: 15,
    key: 'demo-quote-methylation',
    message:
      'We need genome-wide methylation profiles of 48 cell-line samples, treated and untreated, for a regulatory ' +
      'submission. Could you quote the arrays with the analysis, and tell us the turnaround?',
    intendedUse: 'Epigenetic characterisation of our engineered cell lines.',
    timeline: 'Results within three weeks',
    now,
  });
  addQuote(em, methylation, 1, METHYLATION_QUOTE, officer, oncopharm, now);
  await em.flush();
}

function fail(problem: string): never {
  throw new Error(`Demo quotes: ${problem}`);
}

/** A service request in discussion, as the office moved it (reviewed, then discussed). */
function serviceRequest(
  em: EntityManager,
  lookups: DemoQuoteLookups,
  data: {
    asset: string;
    company: string;
    submitter: User;
    officer: User;
    ageDays: number;
    key: string;
    message: string;
    intendedUse: string;
    timeline: string;
    now: Date;
  },
): ExpressionOfInterest {
  const asset = lookups.assets.get(data.asset) ?? fail(`unknown listing ${data.asset}`);
  if (asset.status !== 'PUBLISHED') fail(`${data.asset} is not published`);
  const company = lookups.companies.get(data.company) ?? fail(`unknown company ${data.company}`);
  if (asset.institution.slug !== data.officer.institution?.slug) fail(`${data.asset} is not the officer's institute's`);
  const ago = demoClock(data.now).thread(DEMO_SERVICES_THREAD);
  const createdAt = ago(data.ageDays);
  const day = (days: number) => ago(data.ageDays - days);
  const eoi = em.create(ExpressionOfInterest, {
    asset,
    company,
    submitter: data.submitter,
    interestType: InterestType.SERVICE_REQUEST,
    message: data.message,
    intendedUse: data.intendedUse,
    timeline: data.timeline,
    language: Language.EN,
    ndaRequested: false,
    status: EoiStatus.IN_DISCUSSION,
    assignee: data.officer,
    idempotencyKey: data.key,
    firstResponseAt: day(1),
    responseDueAt: eoiResponseDueAt(createdAt),
    lastActivityAt: day(data.ageDays - 1),
    createdAt,
    updatedAt: day(data.ageDays - 1),
  });
  em.create(EoiTransition, {
    eoi,
    actor: data.submitter,
    fromStatus: null,
    toStatus: EoiStatus.SUBMITTED,
    reason: null,
    at: createdAt,
  });
  let from: EoiStatus = EoiStatus.SUBMITTED;
  for (const [to, after] of [
    [EoiStatus.IN_REVIEW, 1],
    [EoiStatus.IN_DISCUSSION, 2],
  ] as const) {
    if (!canTransitionEoi('OFFICE', from, to)) fail(`${from} → ${to}`);
    em.create(EoiTransition, {
      eoi,
      actor: data.officer,
      fromStatus: from,
      toStatus: to,
      reason: null,
      at: day(after),
    });
    from = to;
  }
  return eoi;
}

function addQuote(
  em: EntityManager,
  eoi: ExpressionOfInterest,
  version: number,
  data: DemoQuote,
  officer: User,
  decider: User | null,
  now: Date,
): void {
  const at = demoClock(now).thread(DEMO_SERVICES_THREAD);
  const sentAt = at(data.sentDaysAgo);
  const lines = data.lines.map((line) => ({ ...line, vatBasisPoints: line.vatBasisPoints ?? 2200 }));
  const validUntil = isoDay(new Date(sentAt.getTime() + data.validForDays * DAY_MS));
  const problems = validateQuote(
    {
      lines,
      validUntil,
      conditions: data.conditions,
      deliveryEstimate: data.deliveryEstimate ?? '',
      deliveryWeeks: data.deliveryWeeks ?? null,
    },
    isoDay(sentAt),
  );
  if (problems.length) fail(`version ${version}: ${problems.map((problem) => `${problem.field} ${problem.code}`)}`);
  const decided = data.status === QuoteStatus.ACCEPTED || data.status === QuoteStatus.DECLINED;
  if (decided !== (decider !== null && data.decidedDaysAgo !== undefined)) fail('a decision needs who and when');
  if (data.status === QuoteStatus.SENT && validUntil < isoDay(now)) fail('an open quote past its validity');
  const totals = quoteTotals(lines);
  const quote = em.create(Quote, {
    eoi,
    version,
    status: data.status,
    validUntil,
    conditions: data.conditions,
    deliveryEstimate: data.deliveryEstimate ?? '',
    deliveryWeeks: data.deliveryWeeks ?? null,
    currency: 'EUR',
    ...totals,
    language: Language.EN,
    createdBy: officer,
    createdAt: sentAt,
    sentAt,
    decidedBy: decided ? decider : null,
    decidedAt: decided ? at(data.decidedDaysAgo!) : null,
    declineReason: data.declineReason ?? null,
    declineComment: data.declineComment ?? null,
    declineCommentLanguage: data.declineComment ? Language.EN : null,
  });
  lines.forEach((line, position) => {
    const figures = lineFigures(line);
    em.create(QuoteLine, { quote, position, ...line, netCents: figures.netCents, vatCents: figures.vatCents });
  });
}
