import type { Db } from '@tt/db/database';

export interface InventorEntry {
  name: string;
  affiliation: string;
  /** The researcher account this inventor is (found by name on the disclosure). */
  userId?: number | null;
}

export const sameText = (a: string, b: string) => normalizeName(a) === normalizeName(b);

function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Which of the disclosure's inventors are its researcher accounts, by name. */
export async function researcherAccounts(db: Db, disclosureId: number): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('disclosure_researcher as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.name'])
    .where('r.disclosure_id', '=', disclosureId)
    .orderBy('u.id')
    .execute();
}

/**
 * Names the listing's inventors, in order. Each is found (this listing's own first, then any public
 * profile with the same name and affiliation) or created; a researcher account is linked to a profile
 * that has none, so the researcher sees the listing and the interest it draws.
 */
export async function replaceInventors(db: Db, assetId: number, entries: InventorEntry[]): Promise<void> {
  const current = await db
    .selectFrom('asset_inventor as x')
    .innerJoin('inventor as i', 'i.id', 'x.inventor_id')
    .select(['i.id', 'i.name', 'i.affiliation', 'i.user_id'])
    .where('x.asset_id', '=', assetId)
    .execute();
  await db.deleteFrom('asset_inventor').where('asset_id', '=', assetId).execute();
  const placed = new Set<number>();
  for (const entry of entries) {
    const userId = entry.userId ?? null;
    const fits = (row: { name: string; affiliation: string; user_id: number | null }) =>
      sameText(row.name, entry.name) &&
      sameText(row.affiliation, entry.affiliation) &&
      (userId === null || row.user_id === null || row.user_id === userId);
    let found = current.find((row) => fits(row) && !placed.has(row.id)) ?? null;
    if (!found) {
      found =
        (await db
          .selectFrom('inventor')
          .select(['id', 'name', 'affiliation', 'user_id'])
          .where((eb) =>
            eb.and([
              eb(eb.fn('lower', ['name']), '=', eb.fn('lower', [eb.val(entry.name)])),
              eb(eb.fn('lower', ['affiliation']), '=', eb.fn('lower', [eb.val(entry.affiliation)])),
              eb.or([
                eb(eb.cast(eb.val(userId), 'integer'), 'is', null),
                eb('user_id', 'is', null),
                eb('user_id', '=', eb.cast<number>(eb.val(userId), 'integer')),
              ]),
            ]),
          )
          .orderBy(
            (eb) => eb('user_id', '=', eb.cast<number>(eb.val(userId), 'integer')),
            (ob) => ob.desc().nullsLast(),
          )
          .orderBy((eb) => eb('user_id', 'is not', null), 'desc')
          .orderBy('id')
          .limit(1)
          .executeTakeFirst()) ?? null;
    }
    if (!found) {
      const { id } = await db
        .insertInto('inventor')
        .values({ name: entry.name, affiliation: entry.affiliation, email: null, user_id: userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      found = { id, name: entry.name, affiliation: entry.affiliation, user_id: userId };
    } else if (userId !== null && found.user_id === null) {
      await db
        .updateTable('inventor')
        .set({ user_id: userId })
        .where('id', '=', found.id)
        .where('user_id', 'is', null)
        .execute();
    }
    if (placed.has(found.id)) continue; // the same person named twice
    await db
      .insertInto('asset_inventor')
      .values({ asset_id: assetId, inventor_id: found.id, position: placed.size })
      .execute();
    placed.add(found.id);
  }
}
