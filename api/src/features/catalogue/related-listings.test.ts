import type { Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestOrm } from '../../test-support/use-test-orm.js';
import { findRelatedAssets, findVisibleAsset } from './asset-lookup.service.js';

// Related listings are read from kept keys (sector_set, asset_related_key) by a bounded walk; what they mean is
// written here once more, the plain way, over the listings themselves: published listings by the number of
// sectors shared with this one, then the same kind, then the same institute, newest first, then by id. The two
// must agree for every listing, before and after the changes that move the keys.

const testDb = useTestOrm();
let db: Db;

beforeAll(() => {
  db = testDb.db();
});

async function execute<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return testDb.orm.em.fork().execute<T[]>(text, params);
}

/** The meaning of "related", over every published listing. */
async function expected(id: number, limit: number): Promise<number[]> {
  const rows = await execute<{ id: number }>(
    `select a.id from asset a cross join (select kind, institution_id from asset where id = ?) t
     left join (select x.asset_id, count(*) as shared from asset_sector x
       where x.sector_id in (select sector_id from asset_sector where asset_id = ?) group by x.asset_id) s
       on s.asset_id = a.id
     where a.status = 'PUBLISHED' and a.id <> ?
     order by coalesce(s.shared, 0) desc, (a.kind = t.kind) desc, (a.institution_id = t.institution_id) desc,
       a.published_at desc, a.id
     limit ?`,
    [id, id, id, limit],
  );
  return rows.map((row) => row.id);
}

async function related(id: number, limit: number): Promise<number[]> {
  // As an administrator's preview would ask: drafts and archived listings have related listings too.
  const admin = {
    userId: 0,
    sessionId: 0,
    role: UserRole.ADMIN,
    institutionId: null,
    companyId: null,
    platformIds: [],
  };
  const asset = await findVisibleAsset(db, admin, { id });
  expect(asset, `listing ${id}`).not.toBeNull();
  return (await findRelatedAssets(db, asset!, limit)).map((listing) => listing.dbId);
}

/** Every listing's related listings (a few page sizes) agree with the meaning. */
async function expectAllAgree(): Promise<void> {
  const listings = await execute<{ id: number }>(`select id from asset order by id`);
  expect(listings.length).toBeGreaterThan(20);
  for (const { id } of listings) {
    for (const limit of [1, 4, 12])
      expect(await related(id, limit), `listing ${id}, first ${limit}`).toEqual(await expected(id, limit));
  }
}

const published = () =>
  execute<{ id: number; kind: string }>(`select id, kind from asset where status = 'PUBLISHED' order by id`);

describe('related listings', () => {
  it('the demo data has a key per published listing, and listings with too few sharing to fill a page', async () => {
    const [counts] = await execute<{ keys: number; published: number; short: number }>(
      `select (select count(*) from asset_related_key)::int as keys,
         (select count(*) from asset where status = 'PUBLISHED')::int as published,
         (select count(*) from asset a where a.status = 'PUBLISHED' and (select count(distinct x.asset_id) from asset_sector x
            join asset b on b.id = x.asset_id and b.status = 'PUBLISHED' and b.id <> a.id
            where x.sector_id in (select sector_id from asset_sector where asset_id = a.id)) < 12)::int as short`,
    );
    expect(counts!.keys).toBe(counts!.published);
    // Their lists are filled by listings sharing no sector.
    expect(counts!.short).toBeGreaterThan(0);
  });

  it('are the listings sharing the most sectors, then the same kind, institute, newest', async () => {
    await expectAllAgree();
  });

  it('with few sets of many listings each, of every kind and institute (as at scale)', async () => {
    // Every listing gets one to three of three sectors: seven sets, each of listings of every kind and institute.
    await execute(`delete from asset_sector`);
    await execute(
      `insert into asset_sector (asset_id, sector_id)
       select a.id, s.ids[1 + (a.id / 3 + k) % 3] from asset a, generate_series(0, a.id % 3) k,
         (select array_agg(id order by id) as ids from (select id from sector order by id limit 3) x) s
       on conflict do nothing`,
    );
    const [sets] = await execute<{ sets: number; largest: number }>(
      `select count(*)::int as sets, max(n)::int as largest from (select count(*) as n from asset_related_key group by set_id) x`,
    );
    expect(sets!.sets).toBe(7);
    expect(sets!.largest).toBeGreaterThan(8);
    await expectAllAgree();
  });

  it('follow changes of sectors, publication, kind and institute', async () => {
    const [first, second, third] = await published();
    // A set of sectors no listing had, then one sector fewer, then none at all.
    await execute(`delete from asset_sector where asset_id = ?`, [first!.id]);
    await execute(`insert into asset_sector (asset_id, sector_id) select ?, id from sector order by id desc limit 3`, [
      first!.id,
    ]);
    await expectAllAgree();
    await execute(`delete from asset_sector where asset_id = ? and sector_id = (select max(id) from sector)`, [
      first!.id,
    ]);
    await execute(`delete from asset_sector where asset_id = ?`, [second!.id]);
    await expectAllAgree();
    // Unpublished, archived, published again; a draft published.
    await execute(`update asset set status = 'DRAFT' where id = ?`, [third!.id]);
    await execute(`update asset set status = 'ARCHIVED' where id = ?`, [first!.id]);
    await execute(
      `update asset set status = 'PUBLISHED', published_at = now() where id = (select min(id) from asset where status = 'DRAFT' and id <> ?)`,
      [third!.id],
    );
    await expectAllAgree();
    await execute(`update asset set status = 'PUBLISHED' where id = ?`, [first!.id]);
    // Another kind, another institute, a new publication date.
    await execute(
      `update asset set kind = (case when kind = 'SERVICE' then 'INVENTION' else 'SERVICE' end)::asset_kind where id = ?`,
      [second!.id],
    );
    await execute(
      `update asset set institution_id = (select max(id) from institution where id <> asset.institution_id),
         published_at = now() - interval '1 year' where id = ?`,
      [first!.id],
    );
    await expectAllAgree();
    const [counts] = await execute<{ keys: number; published: number }>(
      `select (select count(*) from asset_related_key)::int as keys,
         (select count(*) from asset where status = 'PUBLISHED')::int as published`,
    );
    expect(counts!.keys).toBe(counts!.published);
  });

  it('a text edit leaves the keys alone', async () => {
    const [listing] = await published();
    const before = await execute(`select xmin::text as version from asset_related_key where asset_id = ?`, [
      listing!.id,
    ]);
    await execute(`update asset set title = title || ' (edited)' where id = ?`, [listing!.id]);
    expect(
      await execute(`select xmin::text as version from asset_related_key where asset_id = ?`, [listing!.id]),
    ).toEqual(before);
  });

  it('the rebuild gives the same keys, keeping only the sets in use', async () => {
    const keys = () =>
      execute(`select k.asset_id, s.sector_ids, k.kind, k.institution_id, k.published_at from asset_related_key k
        join sector_set s on s.id = k.set_id order by k.asset_id`);
    const before = await keys();
    await execute(`select asset_related_rebuild()`);
    expect(await keys()).toEqual(before);
    const [unused] = await execute<{ count: number }>(
      `select count(*)::int as count from sector_set s where not exists (select 1 from asset_related_key k where k.set_id = s.id)`,
    );
    expect(unused!.count).toBe(0);
    await expectAllAgree();
  });
});
