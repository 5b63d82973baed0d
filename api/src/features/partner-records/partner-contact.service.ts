import type { Db } from '@tt/db/database';
import { isEmailAddress, isPhoneNumber, PARTNER_LIMITS } from '@tt/shared/partner-rules';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { readRelationshipRow, toRelationshipRecord } from './partner-records.js';
import { type PartnerOutcome, requireOfficeRelationship } from './partner-relationship.service.js';

export interface PartnerContactFields {
  name: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
  notes?: string | null;
}

/** The contact's fields trimmed and checked (lengths and characters were checked at the edge). */
function checkedContact(
  fields: PartnerContactFields,
): { values: Record<keyof PartnerContactFields, string> } | { errors: UserError[] } {
  const values = {
    name: fields.name.trim(),
    role: fields.role?.trim() ?? '',
    email: fields.email?.trim().toLowerCase() ?? '',
    phone: fields.phone?.trim() ?? '',
    notes: fields.notes?.trim() ?? '',
  };
  const errors: UserError[] = [];
  if (!values.name) errors.push(userError('PARTNER_CONTACT_NAME_REQUIRED', 'contact.name'));
  if (values.email && !isEmailAddress(values.email))
    errors.push(userError('PARTNER_CONTACT_EMAIL_INVALID', 'contact.email'));
  if (values.phone && !isPhoneNumber(values.phone))
    errors.push(userError('PARTNER_CONTACT_PHONE_INVALID', 'contact.phone'));
  return errors.length ? { errors } : { values };
}

async function touched(db: Db, viewer: Viewer, relationshipId: number): Promise<PartnerOutcome> {
  await db
    .updateTable('partner_relationship')
    .set({ updated_at: sql<Date>`now()`, updated_by_id: viewer.userId })
    .where('id', '=', relationshipId)
    .execute();
  return { ok: true, partnerRelationship: toRelationshipRecord((await readRelationshipRow(db, relationshipId))!) };
}

export async function addPartnerContact(
  db: Db,
  viewer: Viewer,
  input: { relationshipId: string; contact: PartnerContactFields },
): Promise<PartnerOutcome> {
  const relationship = await requireOfficeRelationship(db, viewer, input.relationshipId);
  const checked = checkedContact(input.contact);
  if ('errors' in checked) return { ok: false, errors: checked.errors };
  const counted = await db
    .selectFrom('partner_contact')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('relationship_id', '=', relationship.id)
    .executeTakeFirst();
  if (Number(counted?.n ?? 0) >= PARTNER_LIMITS.contactsMax)
    return { ok: false, errors: [userError('PARTNER_TOO_MANY_CONTACTS', null, { max: PARTNER_LIMITS.contactsMax })] };
  await db
    .insertInto('partner_contact')
    .values({ relationship_id: relationship.id, ...checked.values, created_at: sql<Date>`now()` })
    .execute();
  return touched(db, viewer, relationship.id);
}

/** The contact's record, locked, once the viewer is known to be its office. */
async function requireOfficeContact(db: Db, viewer: Viewer, globalId: string) {
  const parsed = parseGlobalId(globalId);
  const contact =
    parsed?.type === 'PartnerContact'
      ? await db
          .selectFrom('partner_contact')
          .select(['id', 'relationship_id'])
          .where('id', '=', parsed.id)
          .executeTakeFirst()
      : undefined;
  if (!contact) throw forbidden('PARTNER_RECORD_NOT_VISIBLE');
  const relationship = await requireOfficeRelationship(
    db,
    viewer,
    toGlobalId('PartnerRelationship', contact.relationship_id),
  );
  return { contactId: contact.id, relationshipId: relationship.id };
}

export async function updatePartnerContact(
  db: Db,
  viewer: Viewer,
  input: { id: string; contact: PartnerContactFields },
): Promise<PartnerOutcome> {
  const { contactId, relationshipId } = await requireOfficeContact(db, viewer, input.id);
  const checked = checkedContact(input.contact);
  if ('errors' in checked) return { ok: false, errors: checked.errors };
  await db.updateTable('partner_contact').set(checked.values).where('id', '=', contactId).execute();
  return touched(db, viewer, relationshipId);
}

export async function removePartnerContact(db: Db, viewer: Viewer, input: { id: string }): Promise<PartnerOutcome> {
  const { contactId, relationshipId } = await requireOfficeContact(db, viewer, input.id);
  await db.deleteFrom('partner_contact').where('id', '=', contactId).execute();
  return touched(db, viewer, relationshipId);
}
