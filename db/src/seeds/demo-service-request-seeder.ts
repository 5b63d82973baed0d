import type { EntityManager } from '@mikro-orm/core';
import { UserRole } from '@tt/shared/company-enums';
import { EoiPriority, EoiStatus, eoiResponseDueAt, InterestType } from '@tt/shared/eoi-transitions';
import { Language } from '@tt/shared/languages';
import {
  defaultServiceRequestForm,
  type FormAnswer,
  type FormField,
  FormFieldKind,
  serviceDetailsOf,
  validateAnswers,
  validateFormDefinition,
} from '@tt/shared/service-request-forms';
import type { Asset } from '../entities/asset.entity.js';
import type { Company } from '../entities/company.entity.js';
import { EoiTransition } from '../entities/eoi-transition.entity.js';
import { ExpressionOfInterest } from '../entities/expression-of-interest.entity.js';
import type { Institution } from '../entities/institution.entity.js';
import type { Platform } from '../entities/platform.entity.js';
import { PlatformManager } from '../entities/platform-manager.entity.js';
import { ServiceRequestForm } from '../entities/service-request-form.entity.js';
import { User } from '../entities/user.entity.js';
import { DEMO_SERVICES_THREAD, demoClock } from './demo-clock.js';

/** The platform managers of the demo (README's demo accounts), by the platforms they manage. */
export const demoPlatformManagers = [
  {
    email: 'platforms.irst@tt.demo',
    name: 'Elena Ricci',
    title: 'Platform manager, Genomic Facility and Biological Resource Centre',
    institution: 'irst',
    platforms: ['irst-genomic-facility', 'irst-biological-resource-centre'],
  },
  {
    email: 'platforms.int@tt.demo',
    name: 'Marco Galli',
    title: 'Platform manager, INT Biobank',
    institution: 'int',
    platforms: ['int-biobank'],
  },
] as const;

/** The one customised form: the exome service asks for the tumour content and a matched normal. */
function exomeForm(): FormField[] {
  const fields = defaultServiceRequestForm('GENOMICS');
  const at = fields.findIndex((field) => field.key === 'coverage');
  fields.splice(
    at,
    0,
    {
      key: 'tumour_content',
      kind: FormFieldKind.INTEGER,
      labelEn: 'Minimum tumour content (%)',
      labelIt: 'Contenuto tumorale minimo (%)',
      helpEn: 'As estimated by your pathologist; we review it before extraction.',
      helpIt: 'Come stimato dal Suo patologo; lo verifichiamo prima dell’estrazione.',
      required: false,
      min: 0,
      max: 100,
    },
    {
      key: 'matched_normal',
      kind: FormFieldKind.CHOICE,
      labelEn: 'Matched normal samples',
      labelIt: 'Campioni normali appaiati',
      required: true,
      options: [
        { key: 'YES', labelEn: 'Yes, for every tumour', labelIt: 'Sì, per ogni tumore' },
        { key: 'NO', labelEn: 'No, tumour only', labelIt: 'No, solo tumore' },
      ],
    },
  );
  return fields;
}

const requests: {
  asset: string;
  company: string;
  submitter: string;
  daysAgo: number;
  message: string;
  answers: FormAnswer[];
}[] = [
  {
    asset: 'irst-tumour-exome-panel-sequencing',
    company: 'oncopharm',
    submitter: 'buyer@oncopharm.demo',
    daysAgo: 2,
    message:
      'We would like whole-exome sequencing of 96 FFPE colorectal tumour samples with matched normals from our phase 2 biomarker study, delivered as FASTQ and annotated VCF.',
    answers: [
      { key: 'sample_count', value: '96' },
      { key: 'sample_type', value: 'FFPE' },
      { key: 'assay', value: 'WES' },
      { key: 'tumour_content', value: '30' },
      { key: 'matched_normal', value: 'YES' },
      { key: 'coverage', value: '150× mean target coverage' },
      { key: 'delivery_format', value: 'VCF' },
      { key: 'budget', value: 'FROM_50K_TO_150K' },
    ],
  },
  {
    asset: 'irst-biobank-sample-access',
    company: 'medisense',
    submitter: 'buyer@medisense.demo',
    daysAgo: 5,
    message:
      'We are validating a methylation-based colorectal cancer assay and need plasma samples from treatment-naive patients with staging and two-year follow-up.',
    answers: [
      { key: 'sample_count', value: '200' },
      { key: 'sample_type', value: 'PLASMA' },
      { key: 'tumour_type', value: 'Colorectal adenocarcinoma, stage II–III' },
      { key: 'clinical_annotation', value: 'FOLLOW_UP' },
      {
        key: 'project_summary',
        value:
          'Retrospective clinical validation of a cfDNA methylation panel for recurrence detection; samples are used only for this study and destroyed afterwards.',
      },
      { key: 'budget', value: 'FROM_20K_TO_50K' },
    ],
  },
];

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (!found) throw new Error(`Demo service requests: unknown ${what} "${key}"`);
  return found;
}

/**
 * The services part of the demo: a platform manager per institute, one customised request form (the other
 * services use their platform kind's default), and two service requests with their answers. Every form and
 * answer is checked by the shared rules, as the API would.
 */
export async function seedDemoServiceRequests(
  em: EntityManager,
  lookups: {
    institutions: Map<string, Institution>;
    platforms: Map<string, Platform>;
    assets: Map<string, Asset>;
    companies: Map<string, Company>;
    accounts: Map<string, User>;
    passwordHash: string | null;
    verified: Date;
  },
  now = new Date(),
): Promise<void> {
  for (const manager of demoPlatformManagers) {
    const user = em.create(User, {
      email: manager.email,
      name: manager.name,
      title: manager.title,
      titleLanguage: Language.EN,
      role: UserRole.PLATFORM_MANAGER,
      institution: lookup(lookups.institutions, manager.institution, 'institute'),
      passwordHash: lookups.passwordHash,
      emailVerifiedAt: lookups.verified,
    });
    for (const slug of manager.platforms) {
      const platform = lookup(lookups.platforms, slug, 'platform');
      em.create(PlatformManager, { user, platform });
    }
  }

  const exome = lookup(lookups.assets, 'irst-tumour-exome-panel-sequencing', 'listing');
  const customised = exomeForm();
  if (validateFormDefinition(customised).length) throw new Error('Demo service requests: the exome form is invalid');
  em.create(ServiceRequestForm, {
    asset: exome,
    fields: customised,
    updatedAt: demoClock(now).thread(DEMO_SERVICES_THREAD)(20),
  });

  requests.forEach((request, index) => {
    const asset = lookup(lookups.assets, request.asset, 'listing');
    const fields =
      request.asset === 'irst-tumour-exome-panel-sequencing'
        ? customised
        : defaultServiceRequestForm(asset.platform?.kind ?? null);
    const problems = validateAnswers(fields, request.answers);
    if (problems.length)
      throw new Error(`Demo service request on ${request.asset}: ${problems.map((p) => p.code).join(', ')}`);
    const createdAt = demoClock(now).thread(DEMO_SERVICES_THREAD)(request.daysAgo);
    const submitter = lookup(lookups.accounts, request.submitter, 'account');
    const eoi = em.create(ExpressionOfInterest, {
      asset,
      company: lookup(lookups.companies, request.company, 'company'),
      submitter,
      interestType: InterestType.SERVICE_REQUEST,
      message: request.message,
      language: Language.EN,
      ndaRequested: false,
      serviceDetails: serviceDetailsOf(fields, request.answers),
      status: EoiStatus.SUBMITTED,
      priority: EoiPriority.NORMAL,
      idempotencyKey: `demo-service-request-${index + 1}`,
      responseDueAt: eoiResponseDueAt(createdAt),
      lastActivityAt: createdAt,
      createdAt,
      updatedAt: createdAt,
    });
    em.create(EoiTransition, {
      eoi,
      actor: submitter,
      fromStatus: null,
      toStatus: EoiStatus.SUBMITTED,
      reason: null,
      language: Language.EN,
      at: createdAt,
    });
  });
  await em.flush();
}
