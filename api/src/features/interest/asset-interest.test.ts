import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();

describe('researchers see the interest in their listings, not who', () => {
  it('counts by interest type for the inventor; nothing about the companies', async () => {
    const [asset] = await server.orm.em.fork().execute<{ id: number; slug: string }[]>(
      `select a.id, a.slug from asset a join asset_inventor x on x.asset_id = a.id join inventor i on i.id = x.inventor_id
       join app_user u on u.id = i.user_id where u.email = 'researcher.irst@tt.demo' and a.status = 'PUBLISHED'
       and not exists (select 1 from expression_of_interest e join company c on c.id = e.company_id
         where e.asset_id = a.id and c.slug = 'oncopharm') order by a.id limit 1`,
    );
    const before = await (await server.logIn('researcher.irst@tt.demo')).gql<{
      asset: { interestSummary: { total: number } };
    }>(
      'query($slug: String!) { asset(slug: $slug) { interestSummary { total open byType { interestType count } } } }',
      { slug: asset!.slug },
    );
    const baseline = before.data!.asset.interestSummary.total;
    const buyer = await server.logIn('buyer@oncopharm.demo');
    await buyer.gql(
      `mutation($assetId: ID!) { submitExpressionOfInterest(input: { assetId: $assetId, interestType: CO_DEVELOPMENT,
        message: "We would like to co-develop this with your team next year.", idempotencyKey: "interest-summary-1" }) { errors { code } } }`,
      { assetId: toGlobalId('Asset', asset!.id) },
    );
    const researcher = await server.logIn('researcher.irst@tt.demo');
    const after = await researcher.gql<{
      asset: { interestSummary: { total: number; open: number; byType: { interestType: string; count: number }[] } };
    }>(
      'query($slug: String!) { asset(slug: $slug) { interestSummary { total open byType { interestType count } } } }',
      { slug: asset!.slug },
    );
    expect(after.data?.asset.interestSummary.total).toBe(baseline + 1);
    expect(
      after.data?.asset.interestSummary.byType.find((row) => row.interestType === 'CO_DEVELOPMENT')?.count,
    ).toBeGreaterThanOrEqual(1);
    // The summary type has no field that could name a company.
    const probe = await researcher.gql(
      'query($slug: String!) { asset(slug: $slug) { interestSummary { companies { name } } } }',
      { slug: asset!.slug },
    );
    expect(probe.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // The researcher cannot list the EoIs themselves.
    expect(
      (await researcher.gql('{ expressionsOfInterest(first: 1) { totalCount } }')).errors?.[0]?.extensions?.category,
    ).toBe('FORBIDDEN');
  });
});
