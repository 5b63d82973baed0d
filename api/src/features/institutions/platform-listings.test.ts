import { PLATFORM_LISTINGS_SHOWN } from '@tt/shared/limits';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// An institute's page names each platform's first listings and how many it runs: at 100 000 listings a platform
// runs over a thousand, and listing them all made the page's answer and its rendering heavy (issue #14).

const server = useTestServer();
const { officer, anonymous } = useDemoClients(server);

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(text, params);
}

const PAGE = `{ institution(slug: "irst") { platforms { slug assetCount assets { title status } } } }`;
type Page = {
  institution: { platforms: { slug: string; assetCount: number; assets: { title: string; status: string }[] }[] };
};

let published: string[];

beforeAll(async () => {
  const [irst] = await sql<{ id: number }>(`select id from institution where slug = 'irst'`);
  const created = await officer.gql<{ createPlatform: { platform: { id: string } } }>(
    `mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { platform { id } errors { code } } }`,
    {
      input: {
        institutionId: toGlobalId('Institution', irst!.id),
        name: 'Busy Core Facility',
        kind: 'GENOMICS',
        description: 'A facility running more services than a page can list.',
        descriptionIt: 'Una struttura che offre più servizi di quanti una pagina ne possa elencare.',
        capabilities: [],
        capabilitiesIt: [],
      },
    },
  );
  expect(created.errors).toBeUndefined();
  const [platform] = await sql<{ id: number }>(`select id from platform where slug = 'busy-core-facility'`);
  // More published listings than the page names, and one draft that no count may include.
  const moved = await sql<{ title: string }>(
    `update asset set platform_id = ? where id in (
       select id from asset where institution_id = ? and status = 'PUBLISHED' order by id limit ?)
     returning title`,
    [platform!.id, irst!.id, PLATFORM_LISTINGS_SHOWN + 3],
  );
  published = moved.map((row) => row.title).sort();
  await sql(
    `update asset set platform_id = ? where id = (select id from asset where status <> 'PUBLISHED' order by id limit 1)`,
    [platform!.id],
  );
});

describe("an institute's page, per research platform", () => {
  it('names the first listings by title and counts them all, published only', async () => {
    const response = await anonymous.gql<Page>(PAGE);
    expect(response.errors).toBeUndefined();
    const busy = response.data!.institution.platforms.find((platform) => platform.slug === 'busy-core-facility');
    expect(busy?.assetCount).toBe(PLATFORM_LISTINGS_SHOWN + 3);
    expect(busy?.assets.map((asset) => asset.title)).toEqual(published.slice(0, PLATFORM_LISTINGS_SHOWN));
    expect(busy?.assets.every((asset) => asset.status === 'PUBLISHED')).toBe(true);
  });

  it('names them by the title each language shows, in that order', async () => {
    // A listing last by its English title but wholly translated, with an Italian title first in Italian.
    await sql(
      `update asset set title = 'Zzz last in English', title_it = 'Aaa primo in italiano', summary_it = summary,
         description_it = description, problem_it = problem, benefits_it = benefits, applications_it = applications,
         keywords_it = keywords, turnaround_it = turnaround, deliverables_it = deliverables, throughput_it = throughput
       where id = (select id from asset where platform_id = (select id from platform where slug = 'busy-core-facility')
         and status = 'PUBLISHED' order by id limit 1)`,
    );
    const names = async (language: string) => {
      const response = await server.gql<Page>(PAGE, {}, { headers: { 'accept-language': language } });
      expect(response.errors).toBeUndefined();
      const busy = response.data!.institution.platforms.find((platform) => platform.slug === 'busy-core-facility');
      return busy!.assets.map((asset) => asset.title);
    };
    const italian = await names('it');
    expect(italian[0]).toBe('Aaa primo in italiano');
    const english = await names('en');
    expect(english).not.toContain('Zzz last in English');
    // Each in the database's order of the titles it shows.
    for (const titles of [italian, english]) {
      const ordered = await sql<{ t: string }>(`select t from unnest(string_to_array(?, chr(1))) t order by t`, [
        titles.join('\u0001'),
      ]);
      expect(titles).toEqual(ordered.map((row) => row.t));
    }
  });

  it('counts every platform apart and names at most its first listings', async () => {
    const response = await anonymous.gql<Page>(PAGE);
    const platforms = response.data!.institution.platforms;
    expect(platforms.length).toBeGreaterThan(1);
    const counts = await sql<{ slug: string; count: string }>(
      `select p.slug, count(a.id) as count from platform p
       left join asset a on a.platform_id = p.id and a.status = 'PUBLISHED'
       where p.institution_id = (select id from institution where slug = 'irst') and p.retired_at is null
       group by p.slug`,
    );
    expect(Object.fromEntries(platforms.map((platform) => [platform.slug, platform.assetCount]))).toEqual(
      Object.fromEntries(counts.map((row) => [row.slug, Number(row.count)])),
    );
    for (const platform of platforms) {
      expect(platform.assets).toHaveLength(Math.min(platform.assetCount, PLATFORM_LISTINGS_SHOWN));
    }
  });
});
