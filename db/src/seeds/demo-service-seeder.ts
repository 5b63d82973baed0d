import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { accessPathFor } from '@tt/shared/access-review-rules';
import { EoiStatus, eoiResponseDueAt } from '@tt/shared/eoi-transitions';
import { Language } from '@tt/shared/languages';
import { deliveryMayStart, nextDeliveryMilestones } from '@tt/shared/service-delivery-rules';
import { AccessRequest } from '../entities/access-request.entity.js';
import { AccessReviewStep } from '../entities/access-review-step.entity.js';
import type { Asset } from '../entities/asset.entity.js';
import type { Company } from '../entities/company.entity.js';
import { DeliveryMilestone } from '../entities/delivery-milestone.entity.js';
import { EoiTransition } from '../entities/eoi-transition.entity.js';
import { ExpressionOfInterest } from '../entities/expression-of-interest.entity.js';
import { Quote } from '../entities/quote.entity.js';
import { ServiceFile } from '../entities/service-file.entity.js';
import type { User } from '../entities/user.entity.js';
import { DEMO_SERVICES_THREAD, demoClock } from './demo-clock.js';

/** Where the demo's files go: the API's attachment storage (the seed runs without files when none is given). */
export interface DemoFileStore {
  put(key: string, bytes: Buffer): Promise<void>;
}

export interface DemoServiceLookups {
  assets: Map<string, Asset>;
  companies: Map<string, Company>;
  officers: Map<string, User>;
  /** the demo accounts, by e-mail */
  accounts: Map<string, User>;
}

/** A small, valid one-page PDF saying `lines` (the cross-reference offsets computed, so readers open it cleanly). */
export function demoPdf(lines: readonly string[]): Buffer {
  const text = lines
    .map(
      (line, index) =>
        `BT /F1 ${index === 0 ? 16 : 11} Tf 56 ${760 - index * 22} Td (${line.replace(/[()\\]/g, '')}) Tj ET`,
    )
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function required<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (!found) throw new Error(`Demo service requests: unknown ${what} "${key}"`);
  return found;
}

/**
 * The delivery part of issue #17's demo: a biobank request waiting for its ethics review (the scientific committee
 * approved it; the company stated its project and uploaded its ethics approval), and the PDX study whose quote was
 * accepted in delivery (material received, in progress, with its randomisation report). Checked against the shared rules; files are
 * stored through `files` (skipped without it). Run after the EoIs.
 */
export async function seedDemoServiceDelivery(
  em: EntityManager,
  lookups: DemoServiceLookups,
  files?: DemoFileStore,
  now = new Date(),
): Promise<void> {
  const ago = demoClock(now).thread(DEMO_SERVICES_THREAD);
  const officer = required(lookups.officers, 'officer-irst', 'officer');

  async function file(
    eoi: ExpressionOfInterest,
    purpose: 'DELIVERY' | 'ETHICS_APPROVAL',
    name: string,
    by: User,
    at: Date,
    lines: string[],
  ) {
    if (!files) return;
    const bytes = demoPdf(lines);
    const storageKey = randomUUID();
    await files.put(storageKey, bytes);
    em.create(ServiceFile, {
      eoi,
      purpose,
      fileName: name,
      contentType: 'application/pdf',
      byteSize: bytes.length,
      storageKey,
      uploadedBy: by,
      uploadedAt: at,
    });
  }

  function request(data: {
    asset: string;
    company: string;
    submitter: string;
    key: string;
    ageDays: number;
    status: EoiStatus;
    moves: { to: EoiStatus; daysAgo: number }[];
    message: string;
    intendedUse: string;
  }): ExpressionOfInterest {
    const asset = required(lookups.assets, data.asset, 'listing');
    const submitter = required(lookups.accounts, data.submitter, 'account');
    const createdAt = ago(data.ageDays);
    const lastActivityAt = ago(Math.min(...data.moves.map((move) => move.daysAgo)));
    const eoi = em.create(ExpressionOfInterest, {
      asset,
      company: required(lookups.companies, data.company, 'company'),
      submitter,
      interestType: 'SERVICE_REQUEST',
      message: data.message,
      intendedUse: data.intendedUse,
      timeline: null,
      language: Language.EN,
      ndaRequested: false,
      status: data.status,
      priority: 'NORMAL',
      assignee: officer,
      idempotencyKey: data.key,
      declineReason: null,
      declineMessage: null,
      declineMessageLanguage: null,
      firstResponseAt: ago(data.moves[0]!.daysAgo),
      responseDueAt: eoiResponseDueAt(createdAt),
      overdueNotifiedAt: null,
      lastActivityAt,
      createdAt,
      updatedAt: lastActivityAt,
    });
    let from: EoiStatus | null = null;
    for (const move of [{ to: EoiStatus.SUBMITTED, daysAgo: data.ageDays }, ...data.moves]) {
      em.create(EoiTransition, {
        eoi,
        actor: from === null ? submitter : officer,
        fromStatus: from,
        toStatus: move.to,
        reason: null,
        language: Language.EN,
        at: ago(move.daysAgo),
      });
      from = move.to;
    }
    return eoi;
  }

  // A biobank request waiting for ethics review.
  const biobank = request({
    asset: 'irst-biobank-sample-access',
    company: 'oncopharm',
    submitter: 'buyer@oncopharm.demo',
    key: 'demo-service-biobank',
    ageDays: 21,
    status: EoiStatus.IN_DISCUSSION,
    moves: [
      { to: EoiStatus.IN_REVIEW, daysAgo: 19 },
      { to: EoiStatus.IN_DISCUSSION, daysAgo: 16 },
    ],
    message:
      'OncoPharm would like to access 120 FFPE colorectal cancer samples with matched normal tissue and clinical ' +
      'annotation (stage, treatment, three-year outcome) to validate a HER3 expression signature.',
    intendedUse:
      'Immunohistochemistry and RNA expression profiling for biomarker validation; research use only, no transfer to third parties.',
  });
  if (!accessPathFor(biobank.asset.platform?.kind ?? null))
    throw new Error('irst-biobank-sample-access is not a biobank service');
  em.create(AccessRequest, {
    eoi: biobank,
    material: 'SAMPLES',
    projectTitle: 'HER3 expression signature in stage II–III colorectal cancer',
    projectSummary:
      'A retrospective study of 120 FFPE tumour samples with matched normal tissue, stained for HER3 and profiled by ' +
      'targeted RNA sequencing, to validate a signature that predicts response to a HER3-directed antibody-drug conjugate.',
    statedBy: biobank.submitter,
    statedAt: ago(18),
  });
  em.create(AccessReviewStep, {
    eoi: biobank,
    step: 'SCIENTIFIC_REVIEW',
    outcome: 'APPROVED',
    decidedAt: ago(9),
    decidedBy: officer,
    note: 'The committee approved the project; the cohort is available in the requested size.',
  });
  await file(biobank, 'ETHICS_APPROVAL', 'ethics-approval-her3-crc.pdf', biobank.submitter, ago(17), [
    'Ethics Committee approval',
    'Study: HER3 expression signature in stage II-III colorectal cancer',
    'Sponsor: OncoPharm S.p.A.',
    'Decision: favourable opinion (demo document)',
  ]);

  // The PDX study in delivery: the quotes' demo has the company accept its quote six days ago (demo-quote-seeder.ts,
  // run before this one); since then the animal facility received the material and started the study.
  const study = await em.findOneOrFail(
    ExpressionOfInterest,
    { company: { slug: 'oncopharm' }, asset: { slug: 'irst-in-vivo-efficacy-xenograft-studies' } },
    { populate: ['asset'] },
  );
  const quoteStatuses = (await em.find(Quote, { eoi: study })).map((quote) => quote.status);
  if (!deliveryMayStart({ interestType: study.interestType, status: study.status, quoteStatuses }))
    throw new Error('The demo PDX study may not be in delivery: its quote is not accepted');
  const reached: ('SAMPLES_RECEIVED' | 'IN_PROGRESS' | 'DATA_DELIVERED')[] = [];
  for (const [milestone, daysAgo, note] of [
    [
      'SAMPLES_RECEIVED',
      4,
      'Tumour fragments of the two PDX models and the test compound received; implantation done.',
    ],
    ['IN_PROGRESS', 1, 'Tumours established: 40 mice randomised into four arms; dosing twice weekly from today.'],
  ] as const) {
    if (!nextDeliveryMilestones(reached).includes(milestone))
      throw new Error(`Demo milestone ${milestone} out of order`);
    reached.push(milestone);
    em.create(DeliveryMilestone, { eoi: study, milestone, reachedAt: ago(daysAgo), recordedBy: officer, note });
  }
  await file(study, 'DELIVERY', 'pdx-study-randomisation-report.pdf', officer, ago(1), [
    'PDX efficacy study - randomisation report',
    'Models: CRC-PDX-014, CRC-PDX-022; 40 animals in four arms',
    'Mean tumour volume at randomisation: 152 mm3',
    'IRST Animal Facility (demo document)',
  ]);
  await em.flush();
}
