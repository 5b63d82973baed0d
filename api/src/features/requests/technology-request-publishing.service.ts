import type { Db } from '@tt/db/database';
import type { PartneringModel } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import type { Language } from '@tt/shared/languages';
import type { BudgetBand, RequestStatus, RequestVisibility } from '@tt/shared/technology-request-enums';
import {
  canCloseTechnologyRequest,
  isoDay,
  isTechnologyRequestOpen,
  validateTechnologyRequest,
} from '@tt/shared/technology-request-rules';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { languageOnSave } from '../../database/written-language.js';
import { forbidden } from '../../errors/domain-error.js';
import { fieldError, type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { resolveSectors } from '../institutions/sector-references.service.js';
import { allocateRequestSlug } from './request-slugs.js';
import { isRequestingMember } from './technology-request-access.js';
import { readTechnologyRequest, type TechnologyRequestRecord } from './technology-request-records.js';

export interface TechnologyRequestInput {
  title: string;
  description: string;
  motivation?: string | null;
  sectorIds: string[];
  trlMin: number;
  trlMax: number;
  partneringModels: PartneringModel[];
  budgetBand?: BudgetBand | null;
  deadline: string;
  visibility: RequestVisibility;
  /** The language of the page it was written on: what its texts are taken to be written in. */
  language: Language;
}

type Outcome = { ok: true; requestId: number } | { ok: false; errors: UserError[] };

/** The statement's time (the transaction's start), as PostgreSQL's `now()`. */
const NOW = sql<Date>`now()`;

/** Today, the day the rules count from (UTC, as the expiry job counts). */
function today(): string {
  return isoDay(new Date());
}

/** The rules of shared/technology-request-rules.ts, and the sectors resolved. */
async function checked(
  db: Db,
  input: TechnologyRequestInput,
): Promise<{ ok: true; sectorIds: number[] } | { ok: false; errors: UserError[] }> {
  const errors = validateTechnologyRequest(
    {
      title: input.title,
      description: input.description,
      motivation: input.motivation ?? '',
      sectorCount: new Set(input.sectorIds).size,
      trlMin: input.trlMin,
      trlMax: input.trlMax,
      partneringModels: input.partneringModels,
      deadline: input.deadline,
    },
    today(),
  ).map(fieldError);
  const sectorIds = await resolveSectors(db, input.sectorIds, errors);
  return errors.length ? { ok: false, errors } : { ok: true, sectorIds };
}

async function replaceSectors(db: Db, requestId: number, sectorIds: number[]): Promise<void> {
  await db.deleteFrom('technology_request_sector').where('request_id', '=', requestId).execute();
  await db
    .insertInto('technology_request_sector')
    .columns(['request_id', 'sector_id'])
    .expression(
      db.selectNoFrom((eb) => [
        eb.val(requestId).as('request_id'),
        eb.fn<number>('unnest', [eb.cast(eb.val(sectorIds), sql`int[]`)]).as('sector_id'),
      ]),
    )
    .execute();
}

/** A company member publishes a request for their company, open until its deadline. */
export async function publishTechnologyRequest(
  db: Db,
  viewer: Viewer,
  input: TechnologyRequestInput,
): Promise<Outcome> {
  if (viewer.role !== UserRole.COMPANY_MEMBER || viewer.companyId === null) {
    throw forbidden('REQUEST_COMPANY_MEMBERS_ONLY');
  }
  const valid = await checked(db, input);
  if (!valid.ok) return valid;
  const title = input.title.trim();
  const slug = await allocateRequestSlug(db, title);
  const { id } = await db
    .insertInto('technology_request')
    .values({
      slug,
      company_id: viewer.companyId,
      author_id: viewer.userId,
      title,
      description: input.description.trim(),
      motivation: input.motivation?.trim() ?? '',
      language: input.language,
      trl_min: input.trlMin,
      trl_max: input.trlMax,
      partnering_models: input.partneringModels,
      budget_band: input.budgetBand ?? null,
      deadline: input.deadline,
      visibility: input.visibility,
      created_at: NOW,
      updated_at: NOW,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceSectors(db, id, valid.sectorIds);
  return { ok: true, requestId: id };
}

/**
 * The request to change, locked, once the viewer is known to be a member of its company. Anyone else is refused
 * alike, whether the request exists, is hidden from them or not: nothing tells them which.
 */
async function requireOwnRequest(db: Db, viewer: Viewer, globalId: string): Promise<TechnologyRequestRecord> {
  const parsed = parseGlobalId(globalId);
  const request =
    parsed?.type === 'TechnologyRequest'
      ? await readTechnologyRequest(db, { id: parsed.id }, { forUpdate: true })
      : null;
  if (!request || !isRequestingMember(viewer, request.companyId)) throw forbidden('REQUEST_OWN_COMPANY_ONLY');
  return request;
}

/**
 * A member of its company saves an open request as it is now to be. A new deadline far enough away means a new
 * reminder before it. The slug stays (links in e-mails keep working).
 */
export async function updateTechnologyRequest(
  db: Db,
  viewer: Viewer,
  input: TechnologyRequestInput & { id: string },
): Promise<Outcome> {
  const request = await requireOwnRequest(db, viewer, input.id);
  if (!isTechnologyRequestOpen(request.status)) return { ok: false, errors: [userError('REQUEST_NOT_OPEN')] };
  const valid = await checked(db, input);
  if (!valid.ok) return valid;
  const texts = [input.title.trim(), input.description.trim(), input.motivation?.trim() ?? ''];
  await db
    .updateTable('technology_request')
    .set((eb) => ({
      title: texts[0],
      description: texts[1],
      motivation: texts[2],
      language: languageOnSave(['title', 'description', 'motivation'], texts, input.language, 'language'),
      trl_min: input.trlMin,
      trl_max: input.trlMax,
      partnering_models: input.partneringModels,
      budget_band: input.budgetBand ?? null,
      deadline: input.deadline,
      visibility: input.visibility,
      expiry_reminder_sent_at: eb
        .case()
        .when(sql<boolean>`deadline = ${input.deadline}::date`)
        .then(eb.ref('expiry_reminder_sent_at'))
        .else(null)
        .end(),
      updated_at: NOW,
    }))
    .where('id', '=', request.dbId)
    .execute();
  await replaceSectors(db, request.dbId, valid.sectorIds);
  return { ok: true, requestId: request.dbId };
}

/** A member of its company closes a request: found what it sought (FULFILLED), or no longer looking (CLOSED). */
export async function closeTechnologyRequest(
  db: Db,
  viewer: Viewer,
  input: { id: string; status: RequestStatus },
): Promise<Outcome> {
  const request = await requireOwnRequest(db, viewer, input.id);
  if (!canCloseTechnologyRequest(request.status, input.status)) {
    return { ok: false, errors: [userError('REQUEST_CLOSE_NOT_ALLOWED', 'status')] };
  }
  await db
    .updateTable('technology_request')
    .set({ status: input.status, closed_at: NOW, updated_at: NOW })
    .where('id', '=', request.dbId)
    .execute();
  return { ok: true, requestId: request.dbId };
}
