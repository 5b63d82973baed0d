import { canTransitionEoi, type EoiActor, EoiStatus } from '@tt/shared/eoi-transitions';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { inLanguage } from '../../test-support/client-in-language.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const { buyer, otherBuyer, officer, otherOfficer, researcher, admin } = useDemoClients(server);
let irstAssets: { id: number; title: string }[];
let nextAsset = 0;

beforeAll(async () => {
  // Listings nobody has expressed interest in yet (the demo data has EoIs on others), offered for licensing (the
  // tests' interest type).
  irstAssets = await server.orm.em.fork().execute(
    `select a.id, a.title from asset a join institution i on i.id = a.institution_id
     where i.slug = 'irst' and a.status = 'PUBLISHED'
       and a.partnering_models && array['LICENSE_EXCLUSIVE', 'LICENSE_NON_EXCLUSIVE']::text[]
       and not exists (select 1 from expression_of_interest e where e.asset_id = a.id) order by a.id`,
  );
});

const SUBMIT = `mutation($input: SubmitExpressionOfInterestInput!) {
  submitExpressionOfInterest(input: $input) { expressionOfInterest { id status } errors { field code message } } }`;
const TRANSITION = `mutation($input: TransitionExpressionOfInterestInput!) {
  transitionExpressionOfInterest(input: $input) { expressionOfInterest { id status } errors { field code } } }`;
const POST = `mutation($input: PostExpressionOfInterestMessageInput!) {
  postExpressionOfInterestMessage(input: $input) { expressionOfInterest { id } errors { code } } }`;
const MESSAGE = 'We would like to evaluate this technology for our oncology pipeline next year.';

interface SubmitData {
  submitExpressionOfInterest: {
    expressionOfInterest: { id: string; status: string } | null;
    errors: { field: string; code: string; message: string }[];
  };
}

function takeAsset() {
  const asset = irstAssets[nextAsset++ % irstAssets.length]!;
  return { ...asset, globalId: toGlobalId('Asset', asset.id) };
}

/**
 * A published IRST listing with no open EoI at this moment (the tests above and other test files submit EoIs on
 * the same demo data), picked at random among them so that two callers rarely pick the same.
 */
async function untouchedAsset() {
  const rows = await server.orm.em.fork().execute<{ id: number }[]>(
    `select a.id from asset a join institution i on i.id = a.institution_id
     where i.slug = 'irst' and a.status = 'PUBLISHED'
       and not exists (select 1 from expression_of_interest e where e.asset_id = a.id
                       and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))`,
  );
  const row = rows[Math.floor(Math.random() * rows.length)];
  if (!row) throw new Error('No IRST listing without an open EoI is left in the demo data');
  return { id: row.id, globalId: toGlobalId('Asset', row.id) };
}

async function submit(
  client: TestClient,
  assetId: string,
  key = `key-${Math.random().toString(36).slice(2, 12)}`,
  interestType = 'LICENSE',
) {
  return client.gql<SubmitData>(SUBMIT, {
    input: { assetId, interestType, message: MESSAGE, idempotencyKey: key },
  });
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const rows = await server.orm.em.fork().execute<{ count: string }[]>(sql, params);
  return Number(rows[0]?.count);
}

function numericId(globalId: string): number {
  return Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
}

/**
 * An OncoPharm EoI on an IRST asset where OncoPharm has no open one, put straight into the given status: on one
 * outside takeAsset's listings while there is one, so that a later submission there is not refused as a second.
 */
async function eoiIn(status: EoiStatus): Promise<string> {
  const [free] = await server.orm.em.fork().execute<{ id: number }[]>(
    `select a.id from asset a join institution i on i.id = a.institution_id
     where i.slug = 'irst' and a.status = 'PUBLISHED' and not exists (
       select 1 from expression_of_interest e join app_user u on u.company_id = e.company_id
       where u.email = 'buyer@oncopharm.demo' and e.asset_id = a.id
         and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))
     order by a.id = any(?::int[]), random() limit 1`,
    [`{${irstAssets.map((asset) => asset.id).join(',')}}`],
  );
  const asset = { id: free!.id };
  const [row] = await server.orm.em.fork().execute<{ id: number }[]>(
    `insert into expression_of_interest (asset_id, company_id, submitter_id, interest_type, message, status, priority,
       idempotency_key, response_due_at, last_activity_at, created_at, updated_at)
     select ?, u.company_id, u.id, 'LICENSE', ?, ?, 'NORMAL', ?, now() + interval '7 days', now(), now(), now()
     from app_user u where u.email = 'buyer@oncopharm.demo' returning id`,
    [asset.id, MESSAGE, status, `fixture-${Math.random().toString(36).slice(2)}`],
  );
  return toGlobalId('ExpressionOfInterest', row!.id);
}

describe('submitting', () => {
  it('a company member expresses interest; the company and the contact officer get an e-mail', async () => {
    const asset = takeAsset();
    const response = await submit(buyer, asset.globalId);
    expect(response.data?.submitExpressionOfInterest.errors).toEqual([]);
    expect(response.data?.submitExpressionOfInterest.expressionOfInterest?.status).toBe('SUBMITTED');
    const mails = await server.orm.em
      .fork()
      .execute<{ recipient: string; template: string }[]>(
        `select recipient, template from outbox_message where template like 'eoi-%' order by id`,
      );
    expect(mails.map((mail) => mail.template).sort()).toEqual(['eoi-confirmation', 'eoi-received']);
    expect(mails.find((mail) => mail.template === 'eoi-confirmation')?.recipient).toBe('buyer@oncopharm.demo');
  });

  it('tells the managers of the listing’s platform too, each in their language, with a link they may open', async () => {
    const db = server.orm.em.fork();
    // A service of IRST's genomic facility (managed by platforms.irst@tt.demo) OncoPharm has no open EoI on.
    const [service] = await db.execute<{ id: number }[]>(
      `select a.id from asset a join platform p on p.id = a.platform_id
       where p.slug = 'irst-genomic-facility' and a.status = 'PUBLISHED'
         and a.availability not in ('UNDER_OPTION', 'LICENSED_EXCLUSIVELY')
         and not exists (select 1 from expression_of_interest e join app_user u on u.company_id = e.company_id
           where u.email = 'buyer@oncopharm.demo' and e.asset_id = a.id
             and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))
       order by a.id limit 1`,
    );
    expect(service).toBeDefined();
    await db.execute(`update app_user set language = 'it' where email = 'platforms.irst@tt.demo'`);
    // A second manager of the same platform, disabled: told nothing.
    await db.execute(
      `insert into app_user (email, name, role, institution_id, password_hash, language, email_verified_at, disabled_at,
         created_at)
       select 'disabled.manager@irst.example', 'Disabled Manager', 'PLATFORM_MANAGER', u.institution_id, u.password_hash,
         'en', now(), now(), now() from app_user u where u.email = 'platforms.irst@tt.demo'
       on conflict do nothing`,
    );
    await db.execute(
      `insert into platform_manager (user_id, platform_id)
       select u.id, p.id from app_user u, platform p
       where u.email = 'disabled.manager@irst.example' and p.slug = 'irst-genomic-facility' on conflict do nothing`,
    );
    try {
      const response = await submit(buyer, toGlobalId('Asset', service!.id), undefined, 'OTHER');
      expect(response.data?.submitExpressionOfInterest.errors).toEqual([]);
      const id = response.data!.submitExpressionOfInterest.expressionOfInterest!.id;
      const mails = await db.execute<
        { recipient: string; template: string; language: string; data: { eoiUrl: string; platformName?: string } }[]
      >(`select recipient, template, language, data from outbox_message where data->>'eoiUrl' like ? order by id`, [
        `%${id}`,
      ]);
      expect(mails.map((mail) => [mail.template, mail.recipient, mail.language])).toEqual([
        ['eoi-confirmation', 'buyer@oncopharm.demo', 'en'],
        ['eoi-received', 'officer.irst@tt.demo', 'en'],
        ['eoi-received-platform', 'platforms.irst@tt.demo', 'it'],
      ]);
      expect(new URL(mails[2]!.data.eoiUrl).pathname).toBe(`/it/triage/${id}`);
      const [platform] = await db.execute<{ name: string }[]>(
        `select name from platform where slug = 'irst-genomic-facility'`,
      );
      expect(mails[2]!.data.platformName).toBe(platform!.name);
      // The page the link leads to is theirs to open.
      const manager = await server.logIn('platforms.irst@tt.demo');
      const seen = await manager.gql<{ node: { id: string } | null }>(
        'query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { id } } }',
        { id },
      );
      expect(seen.data?.node?.id).toBe(id);
    } finally {
      await db.execute(`update app_user set language = 'en' where email = 'platforms.irst@tt.demo'`);
      await db.execute(`delete from app_user where email = 'disabled.manager@irst.example'`);
    }
  });

  it('e-mails each side in its own language, with links to the pages in that language', async () => {
    const asset = takeAsset();
    const [officer] = await server.orm.em
      .fork()
      .execute<{ email: string }[]>(
        'update app_user u set language = ? from asset a where a.id = ? and u.id = a.contact_officer_id returning u.email',
        ['it', asset.id],
      );
    const response = await submit(buyer, asset.globalId);
    expect(response.data?.submitExpressionOfInterest.errors).toEqual([]);
    const id = response.data!.submitExpressionOfInterest.expressionOfInterest!.id;
    const mails = await server.orm.em
      .fork()
      .execute<
        { recipient: string; template: string; language: string; data: { eoiUrl: string; assetTitle: string } }[]
      >(`select recipient, template, language, data from outbox_message where data->>'eoiUrl' like ? order by id`, [
        `%${id}`,
      ]);
    expect(mails.map((mail) => [mail.template, mail.recipient, mail.language])).toEqual([
      ['eoi-confirmation', 'buyer@oncopharm.demo', 'en'],
      ['eoi-received', officer!.email, 'it'],
    ]);
    expect(new URL(mails[0]!.data.eoiUrl).pathname).toBe(`/interests/${id}`);
    expect(new URL(mails[1]!.data.eoiUrl).pathname).toBe(`/it/triage/${id}`);
    // Each names the listing as the page linked shows it: the Italian e-mail by its Italian title.
    const [titles] = await server.orm.em
      .fork()
      .execute<{ title: string; title_it: string }[]>('select title, title_it from asset where id = ?', [asset.id]);
    expect(titles!.title_it).not.toBe('');
    expect(mails.map((mail) => mail.data.assetTitle)).toEqual([titles!.title, titles!.title_it]);
    await server.orm.em.fork().execute(`update app_user set language = 'en' where email = ?`, [officer!.email]);
  });

  it('validates the message and refuses unpublished or unknown assets', async () => {
    const short = await buyer.gql<SubmitData>(SUBMIT, {
      input: {
        assetId: takeAsset().globalId,
        interestType: 'LICENSE',
        message: 'Too short',
        idempotencyKey: 'short-message-1',
      },
    });
    expect(short.data?.submitExpressionOfInterest.errors[0]).toMatchObject({
      field: 'message',
      code: 'EOI_MESSAGE_TOO_SHORT',
    });
    const [draft] = await server.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from asset where status = 'DRAFT' limit 1`);
    const hidden = await submit(buyer, toGlobalId('Asset', draft!.id));
    expect(hidden.data?.submitExpressionOfInterest.errors[0]?.code).toBe('LISTING_NOT_FOUND');
  });

  it('refuses an interest type the listing does not offer, and takes one it does', async () => {
    const [listing] = await server.orm.em.fork().execute<{ id: number; partnering_models: string[] }[]>(
      `select a.id, a.partnering_models from asset a join institution i on i.id = a.institution_id
       where i.slug = 'irst' and a.status = 'PUBLISHED' and a.kind <> 'SERVICE'
         and not a.partnering_models && array['MATERIAL_TRANSFER']::text[]
         and not exists (select 1 from expression_of_interest e where e.asset_id = a.id) order by a.id desc limit 1`,
    );
    const assetId = toGlobalId('Asset', listing!.id);
    const send = (interestType: string, key: string) =>
      buyer.gql<SubmitData>(SUBMIT, { input: { assetId, interestType, message: MESSAGE, idempotencyKey: key } });
    for (const [interestType, key] of [
      ['MATERIAL_TRANSFER', 'not-offered-mta-1'],
      ['SERVICE_REQUEST', 'not-offered-service-1'],
      ['INVESTMENT', 'not-offered-investment-1'],
    ] as const) {
      const refused = await send(interestType, key);
      expect(refused.data?.submitExpressionOfInterest.errors).toEqual([
        expect.objectContaining({ field: 'interestType', code: 'INTEREST_TYPE_NOT_OFFERED' }),
      ]);
      expect(refused.data?.submitExpressionOfInterest.expressionOfInterest).toBeNull();
    }
    expect(await count(`select count(*) from expression_of_interest where asset_id = ?`, [listing!.id])).toBe(0);
    // "Other" is always offered: for what fits none of the listing's models.
    const taken = await send('OTHER', 'offered-other-1');
    expect(taken.data?.submitExpressionOfInterest.errors).toEqual([]);
    expect(taken.data?.submitExpressionOfInterest.expressionOfInterest?.status).toBe('SUBMITTED');
  });

  it('concurrent identical requests (same idempotency key) make exactly one EoI', async () => {
    const asset = takeAsset();
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => submit(buyer, asset.globalId, 'double-click-key-1')),
    );
    const ids = new Set(
      responses.map((response) => response.data?.submitExpressionOfInterest.expressionOfInterest?.id),
    );
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(
      await count(`select count(*) from expression_of_interest where idempotency_key = 'double-click-key-1'`),
    ).toBe(1);
    // A later replay (a retry after a timeout) returns it too.
    const replay = await submit(buyer, asset.globalId, 'double-click-key-1');
    expect(replay.data?.submitExpressionOfInterest.expressionOfInterest?.id).toBe([...ids][0]);
  });

  it('one open EoI per company and asset, even under concurrent different submissions', async () => {
    const asset = takeAsset();
    // A second member of OncoPharm submits at the same time as the first.
    await server.orm.em.fork().execute(
      `insert into app_user (email, name, role, company_id, created_at)
       select 'colleague@oncopharm.demo', 'Colleague', 'COMPANY_MEMBER', company_id, now() from app_user where email = 'buyer@oncopharm.demo'`,
    );
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, n) => submit(buyer, asset.globalId, `parallel-key-${n}-x`)),
    );
    const created = responses.filter((response) => response.data?.submitExpressionOfInterest.expressionOfInterest);
    const refused = responses.filter(
      (response) => response.data?.submitExpressionOfInterest.errors[0]?.code === 'OPEN_EOI_EXISTS',
    );
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(7);
    expect(await count(`select count(*) from expression_of_interest where asset_id = ?`, [asset.id])).toBe(1);
    // Once it is closed, the company may express interest again.
    const id = created[0]!.data!.submitExpressionOfInterest.expressionOfInterest!.id;
    await buyer.gql(TRANSITION, { input: { id, to: 'WITHDRAWN' } });
    expect((await submit(buyer, asset.globalId)).data?.submitExpressionOfInterest.expressionOfInterest).toBeTruthy();
  });

  it('only company members may submit', async () => {
    for (const client of [officer, researcher, admin]) {
      const response = await submit(client, takeAsset().globalId);
      expect(response.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    }
    const anonymous = await server.gql(SUBMIT, {
      input: { assetId: takeAsset().globalId, interestType: 'LICENSE', message: MESSAGE, idempotencyKey: 'anon-key-1' },
    });
    expect(anonymous.errors?.[0]?.extensions?.category).toBe('UNAUTHENTICATED');
  });
});

describe('the workflow', () => {
  const statuses = Object.values(EoiStatus);
  const sides: [EoiActor, () => TestClient][] = [
    ['OFFICE', () => officer],
    ['COMPANY', () => buyer],
  ];

  it('every allowed and every forbidden transition, for the office and the company', async () => {
    for (const from of statuses) {
      for (const to of statuses) {
        for (const [side, client] of sides) {
          const id = await eoiIn(from);
          const response = await client().gql<{
            transitionExpressionOfInterest: {
              expressionOfInterest: { status: string } | null;
              errors: { code: string }[];
            };
          }>(TRANSITION, {
            input: { id, to, declineReason: 'NO_FIT', message: 'Not a fit for our current programme, thank you.' },
          });
          const moved = response.data?.transitionExpressionOfInterest.expressionOfInterest?.status === to;
          expect(moved, `${side}: ${from} → ${to}`).toBe(canTransitionEoi(side, from, to));
          if (!moved) {
            expect(response.data?.transitionExpressionOfInterest.errors[0]?.code).toBe('EOI_TRANSITION_NOT_ALLOWED');
          }
          // Close it, so the company's one-open-EoI-per-asset slot is free for the next case.
          await server.orm.em
            .fork()
            .execute(`update expression_of_interest set status = 'WITHDRAWN' where id = ?`, [numericId(id)]);
        }
      }
    }
  });

  it('admins act for the office of any institute', async () => {
    const id = await eoiIn('SUBMITTED');
    const response = await admin.gql<{ transitionExpressionOfInterest: { expressionOfInterest: { status: string } } }>(
      TRANSITION,
      {
        input: { id, to: 'IN_REVIEW' },
      },
    );
    expect(response.data?.transitionExpressionOfInterest.expressionOfInterest.status).toBe('IN_REVIEW');
  });

  it('outsiders are refused every move: another company, a researcher, the other institute’s officer, anonymous', async () => {
    const id = await eoiIn('IN_REVIEW');
    for (const client of [otherBuyer, researcher, otherOfficer]) {
      for (const to of statuses) {
        const response = await client.gql(TRANSITION, { input: { id, to, declineReason: 'NO_FIT', message: 'x' } });
        expect(response.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
      }
    }
    expect((await server.gql(TRANSITION, { input: { id, to: 'WITHDRAWN' } })).errors?.[0]?.extensions?.category).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a decline needs a structured reason and a message for the company, and records the history', async () => {
    const id = await eoiIn('IN_REVIEW');
    const missing = await officer.gql<{ transitionExpressionOfInterest: { errors: { field: string }[] } }>(TRANSITION, {
      input: { id, to: 'DECLINED' },
    });
    expect(missing.data?.transitionExpressionOfInterest.errors.map((error) => error.field).sort()).toEqual([
      'declineReason',
      'message',
    ]);
    await officer.gql(TRANSITION, {
      input: {
        id,
        to: 'DECLINED',
        declineReason: 'TOO_EARLY_STAGE',
        message: 'The technology is too early for a licence today.',
        reason: 'TRL 3 only',
      },
    });
    const seen = await buyer.gql<{
      node: {
        status: string;
        declineReason: string;
        declineMessage: string;
        history: { from: string; to: string; reason: string | null }[];
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { status declineReason declineMessage history { from to reason actorName at } } } }`,
      { id },
    );
    expect(seen.data?.node).toMatchObject({
      status: 'DECLINED',
      declineReason: 'TOO_EARLY_STAGE',
      declineMessage: 'The technology is too early for a licence today.',
    });
    // The company sees the move but not the office's internal reason.
    expect(seen.data?.node.history.at(-1)).toMatchObject({ from: 'IN_REVIEW', to: 'DECLINED', reason: null });
    const office = await officer.gql<{ node: { history: { reason: string | null }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { history { reason } } } }`,
      { id },
    );
    expect(office.data?.node.history.at(-1)?.reason).toBe('TRL 3 only');
  });
});

describe('the thread', () => {
  it('internal notes never reach the company: not in node(id), not in lists, not by e-mail', async () => {
    const id = await eoiIn('IN_REVIEW');
    const secret = 'INTERNAL: their budget looks thin, check with the inventor first';
    await officer.gql(POST, { input: { id, body: secret, internal: true } });
    await officer.gql(POST, { input: { id, body: 'Thank you, we will send an NDA this week.' } });
    await buyer.gql(POST, { input: { id, body: 'Great, we look forward to it.' } });
    const refused = await buyer.gql(POST, { input: { id, body: 'Can I post an internal note?', internal: true } });
    expect(refused.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');

    const companyView = JSON.stringify(
      await buyer.gql(
        `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { messages { body internal authorSide } unreadCount } } }
        `,
        { id },
      ),
    );
    const companyList = JSON.stringify(
      await buyer.gql('{ expressionsOfInterest(first: 100) { edges { node { id messages { body internal } } } } }'),
    );
    for (const seen of [companyView, companyList]) {
      expect(seen).not.toContain(secret);
      expect(seen).not.toContain('"internal":true');
    }
    expect(companyView).toContain('we will send an NDA');
    const officeView = JSON.stringify(
      await officer.gql(
        `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { messages { body internal } } } }`,
        { id },
      ),
    );
    expect(officeView).toContain(secret);
    const mails = await server.orm.em.fork().execute<{ data: unknown }[]>(`select data from outbox_message`);
    expect(JSON.stringify(mails)).not.toContain('their budget looks thin');
  });

  it('counts unread replies from the other side until read', async () => {
    const id = await eoiIn('IN_DISCUSSION');
    await officer.gql(POST, { input: { id, body: 'Could you share your intended indication?' } });
    const unread = async () =>
      (
        await buyer.gql<{ node: { unreadCount: number } }>(
          `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { unreadCount } } }`,
          { id },
        )
      ).data?.node.unreadCount;
    expect(await unread()).toBe(1);
    await buyer.gql('mutation($id: ID!) { markExpressionOfInterestRead(input: { id: $id }) { errors { code } } }', {
      id,
    });
    expect(await unread()).toBe(0);
  });
});

describe('e-mails about replies', () => {
  const repliesTo = (recipient: string, id: string) =>
    count(
      `select count(*) from outbox_message where template = 'eoi-reply' and recipient = ? and data->>'eoiUrl' like ?`,
      [recipient, `%/${id}`],
    );

  it('a burst of replies e-mails each recipient once in 10 minutes; every reply is in the thread', async () => {
    const id = await eoiIn('IN_DISCUSSION');
    const [contact] = await server.orm.em.fork().execute<{ email: string }[]>(
      `select u.email from expression_of_interest e join asset a on a.id = e.asset_id
       join app_user u on u.id = a.contact_officer_id where e.id = ?`,
      [numericId(id)],
    );
    for (let n = 0; n < 5; n++) {
      expect(
        (
          await officer.gql<{ postExpressionOfInterestMessage: { errors: unknown[] } }>(POST, {
            input: { id, body: `Office note ${n}` },
          })
        ).data?.postExpressionOfInterestMessage.errors,
      ).toEqual([]);
      expect(
        (
          await buyer.gql<{ postExpressionOfInterestMessage: { errors: unknown[] } }>(POST, {
            input: { id, body: `Company reply ${n}` },
          })
        ).data?.postExpressionOfInterestMessage.errors,
      ).toEqual([]);
    }
    expect(await repliesTo('buyer@oncopharm.demo', id)).toBe(1);
    expect(await repliesTo(contact!.email, id)).toBe(1);
    expect(await count('select count(*) from eoi_message where eoi_id = ?', [numericId(id)])).toBe(10);
    // Ten minutes later (the window ended), the next reply is e-mailed again.
    await server.orm.em.fork().execute(`update rate_limit set expire = 0 where key like 'message_mail%'`);
    await officer.gql(POST, { input: { id, body: 'Any news?' } });
    expect(await repliesTo('buyer@oncopharm.demo', id)).toBe(2);
  });

  it('limits the replies one person posts in an hour', async () => {
    const id = await eoiIn('IN_DISCUSSION');
    await server.orm.em.fork().execute(`delete from rate_limit where key like 'messages_per_account:%'`);
    for (let n = 0; n < 60; n++) {
      const posted = await buyer.gql<{ postExpressionOfInterestMessage: { errors: unknown[] } }>(POST, {
        input: { id, body: `Spam ${n}` },
      });
      expect(posted.data?.postExpressionOfInterestMessage.errors).toEqual([]);
    }
    const refused = await buyer.gql(POST, { input: { id, body: 'One too many' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      category: 'TOO_MANY_REQUESTS',
      params: { retryAfter: expect.any(Number) },
    });
    expect(refused.errors?.[0]?.message).toMatch(
      /^You have posted many messages in the last hour; try again in \d+ minutes?\.$/,
    );
    // The office's internal notes e-mail nobody and are not limited.
    expect((await officer.gql(POST, { input: { id, body: 'note', internal: true } })).errors).toBeUndefined();
  });
});

describe('who sees what', () => {
  it('each side lists only its own; outsiders see nothing by any query', async () => {
    const id = await eoiIn('SUBMITTED');
    const ids = async (client: TestClient) =>
      (
        (
          await client.gql<{ expressionsOfInterest: { edges: { node: { id: string } }[] } }>(
            '{ expressionsOfInterest(first: 100) { edges { node { id } } } }',
          )
        ).data?.expressionsOfInterest.edges ?? []
      ).map((edge) => edge.node.id);
    expect(await ids(buyer)).toContain(id);
    expect(await ids(officer)).toContain(id);
    expect(await ids(admin)).toContain(id);
    expect(await ids(otherBuyer)).not.toContain(id);
    expect(await ids(otherOfficer)).not.toContain(id);
    const researcherList = await researcher.gql('{ expressionsOfInterest(first: 5) { totalCount } }');
    expect(researcherList.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    for (const client of [otherBuyer, otherOfficer, researcher]) {
      const node = await client.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(node.data?.node).toBeNull();
      for (const mutation of [
        [
          'mutation($id: ID!) { postExpressionOfInterestMessage(input: { id: $id, body: "hello" }) { errors { code } } }',
        ],
        ['mutation($id: ID!) { assignExpressionOfInterest(input: { id: $id }) { errors { code } } }'],
        [
          'mutation($id: ID!) { setExpressionOfInterestPriority(input: { id: $id, priority: HIGH }) { errors { code } } }',
        ],
        ['mutation($id: ID!) { markExpressionOfInterestRead(input: { id: $id }) { errors { code } } }'],
      ]) {
        const response = await client.gql(mutation[0]!, { id });
        expect(response.errors?.[0]?.extensions?.category, mutation[0]).toBe('FORBIDDEN');
      }
    }
    expect(
      (await server.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id })).data?.node,
    ).toBeNull();
  });

  it('the company cannot assign or set priorities; officers assign within their institute only', async () => {
    const id = await eoiIn('IN_REVIEW');
    expect(
      (
        await buyer.gql('mutation($id: ID!) { assignExpressionOfInterest(input: { id: $id }) { errors { code } } }', {
          id,
        })
      ).errors?.[0]?.extensions?.category,
    ).toBe('FORBIDDEN');
    expect(
      (
        await buyer.gql(
          'mutation($id: ID!) { setExpressionOfInterestPriority(input: { id: $id, priority: URGENT }) { errors { code } } }',
          { id },
        )
      ).errors?.[0]?.extensions?.category,
    ).toBe('FORBIDDEN');
    const users = await server.orm.em
      .fork()
      .execute<{ email: string; id: number }[]>(
        `select email, id from app_user where email in ('officer2.irst@tt.demo', 'officer.int@tt.demo')`,
      );
    const colleague = toGlobalId('User', users.find((user) => user.email === 'officer2.irst@tt.demo')!.id);
    const stranger = toGlobalId('User', users.find((user) => user.email === 'officer.int@tt.demo')!.id);
    const ASSIGN =
      'mutation($id: ID!, $to: ID) { assignExpressionOfInterest(input: { id: $id, assigneeId: $to }) { expressionOfInterest { assignee { name } } errors { code } } }';
    const bad = await officer.gql<{ assignExpressionOfInterest: { errors: { code: string }[] } }>(ASSIGN, {
      id,
      to: stranger,
    });
    expect(bad.data?.assignExpressionOfInterest.errors[0]?.code).toBe('EOI_ASSIGNEE_INVALID');
    const good = await officer.gql<{
      assignExpressionOfInterest: { expressionOfInterest: { assignee: { name: string } } };
    }>(ASSIGN, { id, to: colleague });
    expect(good.data?.assignExpressionOfInterest.expressionOfInterest.assignee.name).toBeTruthy();
    expect(
      await count(
        `select count(*) from outbox_message where template = 'eoi-assigned' and recipient = 'officer2.irst@tt.demo'`,
      ),
    ).toBe(1);
  });

  it('overdue EoIs are flagged and listed first on the board', async () => {
    const id = await eoiIn('SUBMITTED');
    const numeric = numericId(id);
    await server.orm.em
      .fork()
      .execute(
        `update expression_of_interest set response_due_at = now() - interval '1 hour', last_activity_at = now() - interval '30 days' where id = ?`,
        [numeric],
      );
    const board = await officer.gql<{ expressionsOfInterest: { edges: { node: { id: string; overdue: boolean } }[] } }>(
      '{ expressionsOfInterest(first: 100) { edges { node { id overdue } } } }',
    );
    const nodes = board.data!.expressionsOfInterest.edges.map((edge) => edge.node);
    expect(nodes.find((node) => node.id === id)?.overdue).toBe(true);
    const firstNotOverdue = nodes.findIndex((node) => !node.overdue);
    expect(nodes.slice(firstNotOverdue).some((node) => node.overdue)).toBe(false);
    const [company] = await server.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from company where slug = 'oncopharm'`);
    const byCompany = await officer.gql<{
      expressionsOfInterest: { edges: { node: { company: { slug: string } } }[] };
    }>(
      'query($c: ID) { expressionsOfInterest(first: 100, filter: { companyId: $c }) { edges { node { company { slug } } } } }',
      { c: toGlobalId('Company', company!.id) },
    );
    expect(byCompany.data!.expressionsOfInterest.edges.length).toBeGreaterThan(0);
    expect(byCompany.data!.expressionsOfInterest.edges.every((edge) => edge.node.company.slug === 'oncopharm')).toBe(
      true,
    );
    const filtered = await officer.gql<{
      expressionsOfInterest: { totalCount: number; edges: { node: { overdue: boolean } }[] };
    }>('{ expressionsOfInterest(first: 100, filter: { overdue: true }) { totalCount edges { node { overdue } } } }');
    expect(filtered.data?.expressionsOfInterest.edges.every((edge) => edge.node.overdue)).toBe(true);
  });
});

describe('the language texts are written in', () => {
  const DETAIL = `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest {
    language declineMessageLanguage history { to reason reasonLanguage } messages { body language } } } }`;
  interface Detail {
    node: {
      language: string;
      declineMessageLanguage: string | null;
      history: { to: string; reason: string | null; reasonLanguage: string | null }[];
      messages: { body: string; language: string }[];
    };
  }

  it('an EoI is written in the language of the page it was sent from, and each side sees it', async () => {
    const italian = await inLanguage(server, buyer, 'it').gql<{
      submitExpressionOfInterest: {
        expressionOfInterest: { id: string; language: string } | null;
        errors: { code: string }[];
      };
    }>(
      `mutation($input: SubmitExpressionOfInterestInput!) {
        submitExpressionOfInterest(input: $input) { expressionOfInterest { id language } errors { code } } }`,
      {
        input: {
          assetId: (await untouchedAsset()).globalId,
          // Offered on every listing (shared/listing-interest-types.ts), whichever this one is.
          interestType: 'OTHER',
          message: 'Vorremmo valutare questa tecnologia per la nostra pipeline oncologica il prossimo anno.',
          idempotencyKey: 'language-it-1',
        },
      },
    );
    expect(italian.data?.submitExpressionOfInterest.errors).toEqual([]);
    const eoi = italian.data?.submitExpressionOfInterest.expressionOfInterest;
    expect(eoi?.language).toBe('IT');
    const office = await officer.gql<Detail>(DETAIL, { id: eoi!.id });
    expect(office.data?.node.language).toBe('IT');

    // "Other": a random listing may offer no licence (INTEREST_TYPE_NOT_OFFERED made this test fail now and then).
    const english = await submit(
      inLanguage(server, buyer, 'en'),
      (await untouchedAsset()).globalId,
      undefined,
      'OTHER',
    );
    const englishId = english.data!.submitExpressionOfInterest.expressionOfInterest!.id;
    expect((await buyer.gql<Detail>(DETAIL, { id: englishId })).data?.node.language).toBe('EN');
  });

  it('each message, reason and decline message in the language it was written in', async () => {
    const id = await eoiIn('IN_REVIEW');
    await server.orm.em.fork().execute(`delete from rate_limit where key like 'messages_per_account:%'`);
    await inLanguage(server, buyer, 'en').gql(TRANSITION, { input: { id, to: 'WITHDRAWN' } });
    await server.orm.em
      .fork()
      .execute(`update expression_of_interest set status = 'IN_REVIEW' where id = ?`, [numericId(id)]);
    await inLanguage(server, buyer, 'it').gql(POST, { input: { id, body: 'Grazie, restiamo in attesa.' } });
    await inLanguage(server, officer, 'en').gql(POST, { input: { id, body: 'We will send an NDA this week.' } });
    await inLanguage(server, officer, 'it').gql(TRANSITION, {
      input: {
        id,
        to: 'DECLINED',
        declineReason: 'TOO_EARLY_STAGE',
        message: 'La tecnologia è ancora troppo precoce per una licenza.',
        reason: 'Solo TRL 3',
      },
    });
    const office = (await officer.gql<Detail>(DETAIL, { id })).data!.node;
    expect(office.messages.map((message) => message.language)).toEqual(['IT', 'EN', 'IT']);
    expect(office.declineMessageLanguage).toBe('IT');
    expect(office.history.at(-1)).toEqual({ to: 'DECLINED', reason: 'Solo TRL 3', reasonLanguage: 'IT' });
    expect(office.history[0]).toEqual({ to: 'WITHDRAWN', reason: null, reasonLanguage: null });
    // The company sees the decline message's language, never that of a reason it may not read.
    const company = (await buyer.gql<Detail>(DETAIL, { id })).data!.node;
    expect(company.declineMessageLanguage).toBe('IT');
    expect(company.history.at(-1)).toEqual({ to: 'DECLINED', reason: null, reasonLanguage: null });
  });
});
