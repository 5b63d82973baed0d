import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { requiredServiceAnswers } from '../../test-support/service-answers.js';
import type { GraphQLResponse, TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const { admin, officer, otherOfficer, buyer, otherBuyer, researcher, anonymous } = useDemoClients(server);

const QUOTE = `id version status latest validUntil conditions deliveryEstimate deliveryWeeks currency netCents vatCents
  grossCents language sentByName decidedByName decidedAt declineReason declineComment moves
  lines { position description quantityHundredths unit unitPriceCents vatBasisPoints netCents vatCents grossCents }`;
const SEND = `mutation($input: SendQuoteInput!) { sendQuote(input: $input) { quote { ${QUOTE} } errors { code field } } }`;
const REVISE = `mutation($input: ReviseQuoteInput!) { reviseQuote(input: $input) { quote { ${QUOTE} } errors { code field } } }`;
const ACCEPT = `mutation($id: ID!) { acceptQuote(input: { quoteId: $id }) { quote { ${QUOTE} } errors { code field } } }`;
const DECLINE = `mutation($id: ID!, $reason: QuoteDeclineReason!, $comment: String) {
  declineQuote(input: { quoteId: $id, reason: $reason, comment: $comment }) { quote { ${QUOTE} } errors { code field } } }`;
const QUOTES = '{ quotes(first: 100) { totalCount edges { node { id version } } } }';

interface QuoteResult {
  id: string;
  version: number;
  status: string;
  moves: string[];
  netCents: number;
  vatCents: number;
  grossCents: number;
  decidedByName: string | null;
  declineReason: string | null;
  lines: { netCents: number; vatCents: number }[];
}
type Payload = { quote: QuoteResult | null; errors: { code: string; field: string }[] };

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const LINES = [
  { description: 'Whole-exome sequencing', quantityHundredths: 9600, unit: 'sample', unitPriceCents: 45_000 },
  // 1.5 h × 33.33 € = 49.995 € → 50.00 €; VAT 10 % → 5.00 €
  { description: 'Bioinformatics', quantityHundredths: 150, unit: 'hour', unitPriceCents: 3_333, vatBasisPoints: 1000 },
];

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(text, params);
}

function category(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.category ?? response.errors?.[0]?.extensions?.code;
}

const dbId = (global: string) => Number(Buffer.from(global, 'base64url').toString('utf8').split(':')[1]);

let eoiCount = 0;

/** A new EoI of OncoPharm's buyer (or `client`) on an unrequested published IRST listing that offers `interestType`. */
async function newEoi(interestType: string, client: TestClient = buyer): Promise<string> {
  const [asset] = await sql<{ id: number; slug: string }>(
    `select a.id, a.slug from asset a join institution i on i.id = a.institution_id where i.slug = 'irst' and a.status = 'PUBLISHED'
     and a.availability = 'AVAILABLE' and not exists (select 1 from expression_of_interest e where e.asset_id = a.id)
     and (case when ? = 'SERVICE_REQUEST' then a.kind = 'SERVICE' else a.partnering_models && string_to_array(?, ',') end)
     order by a.id limit 1`,
    [interestType, interestType === 'LICENSE' ? 'LICENSE_EXCLUSIVE,LICENSE_NON_EXCLUSIVE' : interestType],
  );
  const submitted = await client.gql<{ submitExpressionOfInterest: { expressionOfInterest: { id: string } | null } }>(
    `mutation($assetId: ID!, $type: InterestType!, $key: String!, $answers: [ServiceAnswerInput!]) {
      submitExpressionOfInterest(input: { assetId: $assetId, interestType: $type, serviceAnswers: $answers,
      message: "We would like a quote for 96 samples of whole-exome sequencing.", idempotencyKey: $key }) {
      expressionOfInterest { id } errors { code field } } }`,
    {
      assetId: toGlobalId('Asset', asset!.id),
      type: interestType,
      key: `quote-fixture-${++eoiCount}`,
      answers:
        interestType === 'SERVICE_REQUEST' ? await requiredServiceAnswers(client.gql, { slug: asset!.slug }) : null,
    },
  );
  const created = submitted.data?.submitExpressionOfInterest.expressionOfInterest;
  if (!created) throw new Error(`fixture EoI refused: ${JSON.stringify(submitted)}`);
  return created.id;
}

async function send(client: TestClient, eoiId: string, extra: Record<string, unknown> = {}) {
  return client.gql<{ sendQuote: Payload }>(SEND, {
    input: {
      eoiId,
      validUntil: future(30),
      lines: LINES,
      conditions: '50 % on acceptance',
      deliveryWeeks: 6,
      ...extra,
    },
  });
}

async function mails(template: string) {
  return sql<{ recipient: string; language: string; data: Record<string, unknown> }>(
    `select recipient, language, data from outbox_message where template = ? order by id`,
    [template],
  );
}

let eoiId: string;
let firstQuote: QuoteResult;

beforeAll(async () => {
  eoiId = await newEoi('SERVICE_REQUEST');
});

describe('sending a quote', () => {
  it('is refused to everyone but the office of the request', async () => {
    expect(category(await send(anonymous, eoiId))).toBe('UNAUTHENTICATED');
    for (const client of [otherOfficer, otherBuyer, researcher]) {
      const response = await send(client, eoiId);
      expect(response.errors?.[0]?.extensions?.code, 'not visible').toBe('EOI_NOT_VISIBLE');
    }
    const company = await send(buyer, eoiId);
    expect(company.errors?.[0]?.extensions?.code).toBe('QUOTES_OFFICE_ONLY');
    expect(await sql('select id from quote where eoi_id = ?', [dbId(eoiId)])).toEqual([]);
  });

  it('records version 1 with its lines and totals, rounded per line, and e-mails the requester', async () => {
    const response = await send(officer, eoiId);
    expect(response.data?.sendQuote.errors).toEqual([]);
    firstQuote = response.data!.sendQuote.quote!;
    expect(firstQuote).toMatchObject({
      version: 1,
      status: 'SENT',
      latest: true,
      currency: 'EUR',
      netCents: 4_320_000 + 5_000,
      vatCents: 950_400 + 500,
      grossCents: 4_320_000 + 5_000 + 950_400 + 500,
      moves: ['REVISE'],
      deliveryWeeks: 6,
    });
    expect(firstQuote.lines.map((line) => [line.netCents, line.vatCents])).toEqual([
      [4_320_000, 950_400],
      [5_000, 500],
    ]);
    const sent = await mails('quote-sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      recipient: 'buyer@oncopharm.demo',
      data: { version: 1, grossCents: firstQuote.grossCents },
    });
  });

  it('shows the company its quote with the moves it may make', async () => {
    const response = await buyer.gql<{ node: { quotes: QuoteResult[]; viewerCanSendQuote: boolean } }>(
      `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { viewerCanSendQuote quotes { ${QUOTE} } } } }`,
      { id: eoiId },
    );
    expect(response.data?.node.viewerCanSendQuote).toBe(false);
    expect(response.data?.node.quotes.map((quote) => [quote.version, quote.moves])).toEqual([
      [1, ['ACCEPT', 'DECLINE']],
    ]);
  });

  it('refuses a second open quote (revise it instead), bad lines, and a validity not after today', async () => {
    expect((await send(officer, eoiId)).data?.sendQuote.errors.map((e) => e.code)).toEqual(['QUOTE_OPEN_EXISTS']);
    const other = await newEoi('SERVICE_REQUEST', otherBuyer);
    const bad = await send(officer, other, {
      validUntil: new Date().toISOString().slice(0, 10),
      lines: [{ description: 'x', quantityHundredths: 0, unit: 'hour', unitPriceCents: 100, vatBasisPoints: 20_000 }],
    });
    expect(bad.data?.sendQuote.errors).toEqual([
      { code: 'QUOTE_LINE_DESCRIPTION_REQUIRED', field: 'lines.0.description' },
      { code: 'QUOTE_QUANTITY_INVALID', field: 'lines.0.quantity' },
      { code: 'QUOTE_VAT_RATE_INVALID', field: 'lines.0.vatRate' },
      { code: 'QUOTE_VALIDITY_IN_PAST', field: 'validUntil' },
    ]);
    const control = await send(officer, other, { conditions: 'bad \u0007 text' });
    expect(category(control)).toBe('BAD_USER_INPUT');
  });

  it('answers service requests only, and open ones only', async () => {
    const licence = await newEoi('LICENSE');
    expect((await send(officer, licence)).data?.sendQuote.errors.map((e) => e.code)).toEqual([
      'QUOTE_SERVICE_REQUESTS_ONLY',
    ]);
    const withdrawn = await newEoi('SERVICE_REQUEST');
    await buyer.gql(
      'mutation($id: ID!) { transitionExpressionOfInterest(input: { id: $id, to: WITHDRAWN }) { errors { code } } }',
      {
        id: withdrawn,
      },
    );
    expect((await send(officer, withdrawn)).data?.sendQuote.errors.map((e) => e.code)).toEqual(['QUOTE_EOI_CLOSED']);
  });
});

describe('revising, declining and accepting', () => {
  let second: QuoteResult;

  it('lets only the office revise: version 2 supersedes version 1', async () => {
    const input = { quoteId: firstQuote.id, validUntil: future(40), lines: [LINES[0]] };
    for (const client of [buyer, otherOfficer, otherBuyer, researcher]) {
      const refused = await client.gql(REVISE, { input });
      expect(refused.errors?.[0]?.extensions?.code).toMatch(/QUOTE_NOT_VISIBLE|QUOTES_OFFICE_ONLY/);
    }
    const revised = await officer.gql<{ reviseQuote: Payload }>(REVISE, { input });
    expect(revised.data?.reviseQuote.errors).toEqual([]);
    second = revised.data!.reviseQuote.quote!;
    expect(second).toMatchObject({ version: 2, status: 'SENT', netCents: 4_320_000 });
    const versions = await buyer.gql<{ node: { quotes: QuoteResult[] } }>(
      `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { quotes { version status latest moves } } } }`,
      { id: eoiId },
    );
    expect(versions.data?.node.quotes).toEqual([
      { version: 2, status: 'SENT', latest: true, moves: ['ACCEPT', 'DECLINE'] },
      { version: 1, status: 'SUPERSEDED', latest: false, moves: [] },
    ]);
    expect((await mails('quote-sent')).at(-1)?.data).toMatchObject({ version: 2 });
  });

  it('refuses to accept or decline a superseded version', async () => {
    const accepted = await buyer.gql<{ acceptQuote: Payload }>(ACCEPT, { id: firstQuote.id });
    expect(accepted.data?.acceptQuote.errors.map((e) => e.code)).toEqual(['QUOTE_MOVE_NOT_ALLOWED']);
    const declined = await buyer.gql<{ declineQuote: Payload }>(DECLINE, { id: firstQuote.id, reason: 'PRICE' });
    expect(declined.data?.declineQuote.errors.map((e) => e.code)).toEqual(['QUOTE_MOVE_NOT_ALLOWED']);
  });

  it('lets only the company decline, with its reason, and tells the office', async () => {
    for (const client of [officer, admin]) {
      const refused = await client.gql(DECLINE, { id: second.id, reason: 'PRICE' });
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUOTES_COMPANY_ONLY');
    }
    for (const client of [otherBuyer, otherOfficer, researcher]) {
      const refused = await client.gql(DECLINE, { id: second.id, reason: 'PRICE' });
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUOTE_NOT_VISIBLE');
    }
    expect(category(await anonymous.gql(DECLINE, { id: second.id, reason: 'PRICE' }))).toBe('UNAUTHENTICATED');
    const declined = await buyer.gql<{ declineQuote: Payload }>(DECLINE, {
      id: second.id,
      reason: 'TIMELINE',
      comment: 'We need the data by March.',
    });
    expect(declined.data?.declineQuote.quote).toMatchObject({
      status: 'DECLINED',
      declineReason: 'TIMELINE',
      decidedByName: expect.any(String),
      moves: [],
    });
    const told = await mails('quote-decided');
    expect(told.at(-1)?.data).toMatchObject({
      decision: 'DECLINED',
      reason: 'TIMELINE',
      comment: 'We need the data by March.',
    });
    const accepted = await buyer.gql<{ acceptQuote: Payload }>(ACCEPT, { id: second.id });
    expect(accepted.data?.acceptQuote.errors.map((e) => e.code)).toEqual(['QUOTE_MOVE_NOT_ALLOWED']);
  });

  it('lets the office send version 3 after a decline; the company accepts it: the request moves on', async () => {
    const sent = await send(officer, eoiId);
    const third = sent.data!.sendQuote.quote!;
    expect(third.version).toBe(3);
    for (const client of [officer, otherBuyer]) {
      const refused = await client.gql(ACCEPT, { id: third.id });
      expect(refused.errors?.[0]?.extensions?.code).toMatch(/QUOTES_COMPANY_ONLY|QUOTE_NOT_VISIBLE/);
    }
    const accepted = await buyer.gql<{ acceptQuote: Payload }>(ACCEPT, { id: third.id });
    expect(accepted.data?.acceptQuote.quote).toMatchObject({ status: 'ACCEPTED', decidedByName: expect.any(String) });
    const [eoi] = await sql<{ status: string }>('select status from expression_of_interest where id = ?', [
      dbId(eoiId),
    ]);
    expect(eoi!.status).toBe('NEGOTIATION');
    const agreements = await sql<{ type: string; status: string; title: string }>(
      'select g.type, g.status, g.title from agreement g join eoi_agreement l on l.agreement_id = g.id where l.eoi_id = ?',
      [dbId(eoiId)],
    );
    expect(agreements).toEqual([
      { type: 'SERVICE_AGREEMENT', status: 'DRAFTING', title: expect.stringContaining(':') },
    ]);
    // Step by step along the office's workflow, as the acceptance's moves (no actor: the quote names who accepted).
    const history = await sql<{ from_status: string | null; to_status: string; actor_id: number | null }>(
      'select from_status, to_status, actor_id from eoi_transition where eoi_id = ? order by id',
      [dbId(eoiId)],
    );
    expect(history.slice(1)).toEqual([
      { from_status: 'SUBMITTED', to_status: 'IN_REVIEW', actor_id: null },
      { from_status: 'IN_REVIEW', to_status: 'IN_DISCUSSION', actor_id: null },
      { from_status: 'IN_DISCUSSION', to_status: 'NEGOTIATION', actor_id: null },
    ]);
    expect((await mails('quote-decided')).at(-1)?.data).toMatchObject({ decision: 'ACCEPTED', version: 3 });
    // Final: nothing more to send, revise or accept.
    expect((await send(officer, eoiId)).data?.sendQuote.errors.map((e) => e.code)).toEqual(['QUOTE_ALREADY_ACCEPTED']);
    const again = await buyer.gql<{ acceptQuote: Payload }>(ACCEPT, { id: third.id });
    expect(again.data?.acceptQuote.errors.map((e) => e.code)).toEqual(['QUOTE_MOVE_NOT_ALLOWED']);
  });

  it('reads a sent quote past its validity as expired: not accepted, but revised', async () => {
    const expiring = await newEoi('SERVICE_REQUEST', otherBuyer);
    const sent = (await send(officer, expiring)).data!.sendQuote.quote!;
    await sql(`update quote set valid_until = current_date - 1 where id = ?`, [dbId(sent.id)]);
    const accepted = await otherBuyer.gql<{ acceptQuote: Payload }>(ACCEPT, { id: sent.id });
    expect(accepted.data?.acceptQuote.errors.map((e) => e.code)).toEqual(['QUOTE_MOVE_NOT_ALLOWED']);
    const seen = await officer.gql<{ node: { status: string; moves: string[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Quote { status moves } } }',
      { id: sent.id },
    );
    expect(seen.data?.node).toEqual({ status: 'EXPIRED', moves: ['REVISE'] });
    const revised = await officer.gql<{ reviseQuote: Payload }>(REVISE, {
      input: { quoteId: sent.id, validUntil: future(10), lines: LINES },
    });
    expect(revised.data?.reviseQuote.quote).toMatchObject({ version: 2, status: 'SENT' });
  });
});

describe('the quotes list', () => {
  it('shows each viewer only what they may see, newest first', async () => {
    const count = async (client: TestClient) =>
      (await client.gql<{ quotes: { totalCount: number; edges: { node: { id: string } }[] } }>(QUOTES)).data!.quotes;
    const all = await sql<{ company: string; institution: string }>(
      `select c.slug as company, i.slug as institution from quote q join expression_of_interest e on e.id = q.eoi_id
       join company c on c.id = e.company_id join asset a on a.id = e.asset_id join institution i on i.id = a.institution_id`,
    );
    expect((await count(admin)).totalCount).toBe(all.length);
    expect((await count(officer)).totalCount).toBe(all.filter((row) => row.institution === 'irst').length);
    expect((await count(otherOfficer)).totalCount).toBe(all.filter((row) => row.institution === 'int').length);
    expect((await count(buyer)).totalCount).toBe(all.filter((row) => row.company === 'oncopharm').length);
    expect((await count(otherBuyer)).totalCount).toBe(all.filter((row) => row.company === 'medisense').length);
    expect((await count(researcher)).totalCount).toBe(0);
    expect(category(await anonymous.gql(QUOTES))).toBe('UNAUTHENTICATED');
    const page = await buyer.gql<{
      quotes: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>('{ quotes(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage } } }');
    const next = await buyer.gql<{ quotes: { edges: { node: { id: string } }[] } }>(
      'query($after: String) { quotes(first: 2, after: $after) { edges { node { id } } } }',
      { after: page.data!.quotes.edges.at(-1)!.cursor },
    );
    const ids = [...page.data!.quotes.edges, ...next.data!.quotes.edges].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps a quote from anyone outside its request', async () => {
    const node = `query($id: ID!) { node(id: $id) { id } }`;
    for (const client of [otherBuyer, otherOfficer, researcher, anonymous]) {
      expect((await client.gql<{ node: unknown }>(node, { id: firstQuote.id })).data?.node).toBeNull();
    }
    expect((await buyer.gql<{ node: unknown }>(node, { id: firstQuote.id })).data?.node).toEqual({ id: firstQuote.id });
  });
});

describe('platform managers', () => {
  it('the manager of the request’s platform quotes it and lists it; another platform’s manager may do neither', async () => {
    const manager = await server.logIn('platforms.irst@tt.demo');
    const otherManager = await server.logIn('platforms.int@tt.demo');
    // The IRST Genomic Facility's ctDNA service: platforms.irst manages it, platforms.int manages INT's Biobank.
    const slug = 'irst-ctdna-liquid-biopsy-sequencing';
    const [asset] = await sql<{ id: number }>('select id from asset where slug = ?', [slug]);
    const submitted = await buyer.gql<{ submitExpressionOfInterest: { expressionOfInterest: { id: string } | null } }>(
      `mutation($assetId: ID!, $answers: [ServiceAnswerInput!]) { submitExpressionOfInterest(input: { assetId: $assetId,
        interestType: SERVICE_REQUEST, message: "We would like a quote for ctDNA sequencing of 48 plasma samples.",
        idempotencyKey: "quote-manager", serviceAnswers: $answers }) { expressionOfInterest { id } errors { code field } } }`,
      { assetId: toGlobalId('Asset', asset!.id), answers: await requiredServiceAnswers(buyer.gql, { slug }) },
    );
    const request = submitted.data!.submitExpressionOfInterest.expressionOfInterest!.id;

    const refused = await send(otherManager, request);
    expect(refused.errors?.[0]?.extensions?.code).toBe('EOI_NOT_VISIBLE');
    const sent = await send(manager, request);
    expect(sent.data!.sendQuote.errors).toEqual([]);
    const quoteId = sent.data!.sendQuote.quote!.id;

    const ids = async (client: TestClient) =>
      (await client.gql<{ quotes: { edges: { node: { id: string } }[] } }>(QUOTES)).data!.quotes.edges.map(
        (edge) => edge.node.id,
      );
    expect(await ids(manager)).toContain(quoteId);
    expect(await ids(otherManager)).not.toContain(quoteId);
    // The manager lists only its platforms' quotes: none of the other IRST platforms' (the demo PDX study's).
    const [pdx] = await sql<{ id: number }>(
      `select q.id from quote q join expression_of_interest e on e.id = q.eoi_id join asset a on a.id = e.asset_id
       where a.slug = 'irst-in-vivo-efficacy-xenograft-studies'`,
    );
    expect(await ids(manager)).not.toContain(toGlobalId('Quote', pdx!.id));
    expect(await ids(officer)).toContain(toGlobalId('Quote', pdx!.id));
  });
});
