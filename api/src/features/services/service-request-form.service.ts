import type { Db } from '@tt/db/database';
import { AssetKind } from '@tt/shared/asset-enums';
import {
  defaultServiceRequestForm,
  type FormField,
  FormFieldKind,
  validateFormDefinition,
} from '@tt/shared/service-request-forms';
import type { PlatformKind } from '@tt/shared/taxonomy-enums';
import { sql } from 'kysely';
import { isOfficeOf } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden } from '../../errors/domain-error.js';
import { fieldError, type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { managesPlatform } from './platform-manager-access.js';

/** A listing's request form as shown: its own, or its platform kind's default (`isDefault`). */
export interface ServiceRequestFormRecord {
  fields: FormField[];
  isDefault: boolean;
  updatedAt: Date | null;
}

/** The form of a service listing from what was read: its own fields (null: none saved) and its platform's kind. */
export function resolveServiceRequestForm(
  own: { fields: FormField[]; updatedAt: Date } | null,
  platformKind: PlatformKind | null,
): ServiceRequestFormRecord {
  if (own) return { fields: own.fields, isDefault: false, updatedAt: own.updatedAt };
  return { fields: defaultServiceRequestForm(platformKind), isDefault: true, updatedAt: null };
}

/** Who edits a listing's request form: the listing's office (its institute's officers, admins) or its platform's managers. */
export function mayEditServiceRequestForm(
  viewer: Viewer | null,
  asset: { institutionId: number; platformId: number | null },
): boolean {
  return isOfficeOf(viewer, asset.institutionId) || managesPlatform(viewer, asset.institutionId, asset.platformId);
}

export type FormOutcome = { ok: true; assetId: number } | { ok: false; errors: UserError[] };

/** The listing behind an id, locked for the change, once the viewer may edit its form (refused like a missing one otherwise). */
async function editableService(db: Db, viewer: Viewer, assetGlobalId: string) {
  const parsed = parseGlobalId(assetGlobalId);
  const asset =
    parsed?.type === 'Asset'
      ? await db
          .selectFrom('asset')
          .select(['id', 'kind', 'institution_id', 'platform_id'])
          .where('id', '=', parsed.id)
          .forUpdate()
          .executeTakeFirst()
      : undefined;
  if (
    !asset ||
    !mayEditServiceRequestForm(viewer, { institutionId: asset.institution_id, platformId: asset.platform_id })
  )
    throw forbidden('SERVICE_FORM_EDIT_NOT_ALLOWED');
  return asset;
}

/** The fields as stored: trimmed, without the properties their kind ignores. */
function normalised(fields: readonly FormField[]): FormField[] {
  return fields.map((field) => ({
    key: field.key.trim(),
    kind: field.kind,
    labelEn: field.labelEn.trim(),
    labelIt: field.labelIt.trim(),
    helpEn: field.helpEn?.trim() || null,
    helpIt: field.helpIt?.trim() || null,
    required: field.required,
    min: field.kind === FormFieldKind.INTEGER ? (field.min ?? null) : null,
    max: field.kind === FormFieldKind.INTEGER ? (field.max ?? null) : null,
    options:
      field.kind === FormFieldKind.CHOICE
        ? (field.options ?? []).map((option) => ({
            key: option.key.trim(),
            labelEn: option.labelEn.trim(),
            labelIt: option.labelIt.trim(),
          }))
        : null,
  }));
}

/** Saves a service listing's own request form (the definition checked by the shared rules). */
export async function saveServiceRequestForm(
  db: Db,
  viewer: Viewer,
  input: { assetId: string; fields: readonly FormField[] },
): Promise<FormOutcome> {
  const asset = await editableService(db, viewer, input.assetId);
  if (asset.kind !== AssetKind.SERVICE)
    return { ok: false, errors: [userError('SERVICE_FORM_SERVICES_ONLY', 'assetId')] };
  const fields = normalised(input.fields);
  const problems = validateFormDefinition(fields);
  if (problems.length) return { ok: false, errors: problems.map(fieldError) };
  await db
    .insertInto('service_request_form')
    .values({
      asset_id: asset.id,
      fields: sql<FormField[]>`${JSON.stringify(fields)}::jsonb`,
      updated_at: sql`now()`,
      updated_by_id: viewer.userId,
    })
    .onConflict((conflict) =>
      conflict.column('asset_id').doUpdateSet({
        fields: (eb) => eb.ref('excluded.fields'),
        updated_at: (eb) => eb.ref('excluded.updated_at'),
        updated_by_id: (eb) => eb.ref('excluded.updated_by_id'),
      }),
    )
    .execute();
  return { ok: true, assetId: asset.id };
}

/** Drops a listing's own form: it uses its platform kind's default again. */
export async function resetServiceRequestForm(
  db: Db,
  viewer: Viewer,
  input: { assetId: string },
): Promise<FormOutcome> {
  const asset = await editableService(db, viewer, input.assetId);
  await db.deleteFrom('service_request_form').where('asset_id', '=', asset.id).execute();
  return { ok: true, assetId: asset.id };
}
