import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { requiredServiceAnswers } from '../../test-support/service-answers.js';
import type { GraphQLResponse, TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const clients = useDemoClients(server);
const { officer, buyer, otherBuyer, otherOfficer, researcher, anonymous } = clients;

const READ = `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { id
  delivery { mayStart nextMilestones milestones { milestone note recordedByName } }
  serviceFiles { id purpose fileName contentType downloadUrl uploadedByName } } } }`;
const RECORD = `mutation($input: RecordDeliveryMilestoneInput!) { recordDeliveryMilestone(input: $input) {
  expressionOfInterest { delivery { nextMilestones milestones { milestone } } } errors { code field } } }`;
const REMOVE = `mutation($input: RemoveServiceFileInput!) { removeServiceFile(input: $input) {
  expressionOfInterest { serviceFiles { id } } errors { code } } }`;

type Delivery = {
  mayStart: boolean;
  nextMilestones: string[];
  milestones: { milestone: string; note: string; recordedByName: string | null }[];
};
type Files = { id: string; purpose: string; fileName: string; downloadUrl: string; uploadedByName: string | null }[];

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code as string | undefined;
}

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(text, params);
}

async function serviceRequest(slug: string, key: string, to: string[]): Promise<string> {
  const [asset] = await sql<{ id: number }>('select id from asset where slug = ?', [slug]);
  const submitted = await buyer.gql<{ submitExpressionOfInterest: { expressionOfInterest: { id: string } } }>(
    `mutation($assetId: ID!, $key: String!, $answers: [ServiceAnswerInput!]) { submitExpressionOfInterest(input: {
      assetId: $assetId, interestType: SERVICE_REQUEST, message: "Methylation profiling of 96 tumour samples, please send a quote.",
      idempotencyKey: $key, serviceAnswers: $answers }) { expressionOfInterest { id } errors { code } } }`,
    { assetId: toGlobalId('Asset', asset!.id), key, answers: await requiredServiceAnswers(buyer.gql, { slug }) },
  );
  if (!submitted.data?.submitExpressionOfInterest.expressionOfInterest)
    throw new Error(`The service request on ${slug} was refused: ${JSON.stringify(submitted)}`);
  const id = submitted.data.submitExpressionOfInterest.expressionOfInterest.id;
  if (to.at(-1) === 'NEGOTIATION') {
    // Delivery starts with an accepted quote, which moves the request to negotiation.
    const quoted = await officer.gql<{ sendQuote: { quote: { id: string } } }>(
      `mutation($id: ID!, $validUntil: String!) { sendQuote(input: { eoiId: $id, validUntil: $validUntil, lines: [{ description: "Profiling",
        quantityHundredths: 9600, unit: "sample", unitPriceCents: 25000 }] }) { quote { id } errors { code } } }`,
      { id, validUntil: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10) },
    );
    const accepted = await buyer.gql<{ acceptQuote: { errors: unknown[] } }>(
      'mutation($id: ID!) { acceptQuote(input: { quoteId: $id }) { errors { code } } }',
      { id: quoted.data!.sendQuote.quote.id },
    );
    expect(accepted.data!.acceptQuote.errors).toEqual([]);
    return id;
  }
  for (const status of to) {
    await officer.gql(
      'mutation($id: ID!, $to: EoiStatus!) { transitionExpressionOfInterest(input: { id: $id, to: $to }) { errors { code } } }',
      { id, to: status },
    );
  }
  return id;
}

async function read(client: TestClient, id: string) {
  const response = await client.gql<{ node: { delivery: Delivery | null; serviceFiles: Files | null } | null }>(READ, {
    id,
  });
  return response.data?.node ?? null;
}

function upload(client: TestClient, eoiId: string, purpose: string, body: Buffer, name = 'report.pdf') {
  return fetch(`${server.url}/uploads/service-requests/${eoiId}/files?purpose=${purpose}`, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-requested-with': 'tt-web', 'x-file-name': encodeURIComponent(name) },
    body,
  });
}

let eoi: string;
let early: string;
let biobank: string;

beforeAll(async () => {
  eoi = await serviceRequest('irst-flow-cytometry-immunophenotyping', 'delivery', [
    'IN_REVIEW',
    'IN_DISCUSSION',
    'NEGOTIATION',
  ]);
  early = await serviceRequest('irst-ctdna-liquid-biopsy-sequencing', 'delivery-early', ['IN_REVIEW']);
  biobank = await serviceRequest('irst-prospective-sample-collection', 'delivery-biobank', ['IN_REVIEW']);
});

describe('delivery milestones', () => {
  it('wait for the company to accept a quote (deliveryMayStart)', async () => {
    expect((await read(officer, early))?.delivery).toEqual({ mayStart: false, nextMilestones: [], milestones: [] });
    const refused = await officer.gql<{ recordDeliveryMilestone: { errors: { code: string }[] } }>(RECORD, {
      input: { eoiId: early, milestone: 'IN_PROGRESS' },
    });
    expect(refused.data!.recordDeliveryMilestone.errors.map((e) => e.code)).toEqual(['DELIVERY_NOT_STARTED']);
  });

  it('are recorded by the office alone', async () => {
    const input = { eoiId: eoi, milestone: 'SAMPLES_RECEIVED' };
    expect(errorCode(await buyer.gql(RECORD, { input }))).toBe('SERVICE_REQUEST_OFFICE_ONLY');
    for (const client of [otherBuyer, otherOfficer, researcher])
      expect(errorCode(await client.gql(RECORD, { input }))).toBe('EOI_NOT_VISIBLE');
    expect(errorCode(await anonymous.gql(RECORD, { input }))).toBe('UNAUTHENTICATED');
  });

  it('go in order, each once; data delivered e-mails the company once', async () => {
    expect((await read(officer, eoi))?.delivery?.nextMilestones).toEqual(['SAMPLES_RECEIVED', 'IN_PROGRESS']);
    const record = (milestone: string) =>
      officer.gql<{ recordDeliveryMilestone: { errors: { code: string }[] } }>(RECORD, {
        input: { eoiId: eoi, milestone, note: `${milestone} noted` },
      });
    expect((await record('DATA_DELIVERED')).data!.recordDeliveryMilestone.errors.map((e) => e.code)).toEqual([
      'DELIVERY_MILESTONE_OUT_OF_ORDER',
    ]);
    expect((await record('SAMPLES_RECEIVED')).data!.recordDeliveryMilestone.errors).toEqual([]);
    expect((await record('SAMPLES_RECEIVED')).data!.recordDeliveryMilestone.errors.map((e) => e.code)).toEqual([
      'DELIVERY_MILESTONE_ALREADY_REACHED',
    ]);
    expect((await record('IN_PROGRESS')).data!.recordDeliveryMilestone.errors).toEqual([]);
    const before = await sql<{ n: string }>(
      `select count(*) as n from outbox_message where template = 'service-data-delivered'`,
    );
    expect((await record('DATA_DELIVERED')).data!.recordDeliveryMilestone.errors).toEqual([]);
    const mails = await sql<{ recipient: string; n: string }>(
      `select recipient from outbox_message where template = 'service-data-delivered'`,
    );
    expect(mails.length).toBe(Number(before[0]!.n) + 1);
    expect(mails.at(-1)!.recipient).toBe('buyer@oncopharm.demo');
  });

  it('both sides see the timeline; only the office sees who recorded it and what comes next', async () => {
    expect((await read(officer, eoi))?.delivery).toMatchObject({
      nextMilestones: ['INVOICED'],
      milestones: [
        { milestone: 'SAMPLES_RECEIVED', recordedByName: expect.any(String) },
        { milestone: 'IN_PROGRESS' },
        { milestone: 'DATA_DELIVERED', note: 'DATA_DELIVERED noted' },
      ],
    });
    const asCompany = (await read(buyer, eoi))?.delivery;
    expect(asCompany?.nextMilestones).toEqual([]);
    expect(asCompany?.milestones.map((m) => [m.milestone, m.recordedByName])).toEqual([
      ['SAMPLES_RECEIVED', null],
      ['IN_PROGRESS', null],
      ['DATA_DELIVERED', null],
    ]);
    for (const client of [otherBuyer, otherOfficer, researcher, anonymous]) expect(await read(client, eoi)).toBeNull();
  });
});

describe('service files (HTTP)', () => {
  let fileId: string;

  it('the office uploads delivered files; the company may not, nor anyone else', async () => {
    const delivered = await upload(officer, eoi, 'DELIVERY', PDF);
    expect(delivered.status).toBe(201);
    fileId = ((await delivered.json()) as { attachment: { id: string } }).attachment.id;
    expect((await upload(buyer, eoi, 'DELIVERY', PDF)).status).toBe(403);
    for (const client of [otherBuyer, otherOfficer, researcher]) {
      expect((await upload(client, eoi, 'DELIVERY', PDF)).status).toBe(404);
    }
    expect((await upload(anonymous, eoi, 'DELIVERY', PDF)).status).toBe(401);
    expect((await upload(officer, eoi, 'SOMETHING', PDF)).status).toBe(400);
  });

  it('download for the two parties only: another company, the other institute, a researcher, anonymous get 404', async () => {
    const path = `${server.url}/uploads/attachments/${fileId}`;
    for (const client of [officer, buyer]) {
      const response = await fetch(path, { headers: { cookie: client.cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
    }
    for (const client of [otherBuyer, otherOfficer, researcher, anonymous]) {
      expect((await fetch(path, { headers: { cookie: client.cookie } })).status).toBe(404);
    }
    const files = (await read(buyer, eoi))?.serviceFiles;
    expect(files).toEqual([
      expect.objectContaining({ id: fileId, purpose: 'DELIVERY', fileName: 'report.pdf', uploadedByName: null }),
    ]);
    for (const client of [otherBuyer, otherOfficer, researcher, anonymous]) {
      const node = await client.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: fileId });
      expect(node.data?.node).toBeNull();
    }
  });

  it('the company uploads its ethics approval, a PDF, on biobank requests only; the office may not', async () => {
    expect((await upload(buyer, eoi, 'ETHICS_APPROVAL', PDF, 'ethics.pdf')).status).toBe(403);
    expect((await upload(officer, biobank, 'ETHICS_APPROVAL', PDF, 'ethics.pdf')).status).toBe(403);
    expect((await upload(buyer, biobank, 'ETHICS_APPROVAL', PNG, 'ethics.png')).status).toBe(415);
    expect((await upload(buyer, biobank, 'ETHICS_APPROVAL', PDF, 'ethics.pdf')).status).toBe(201);
    const files = (await read(officer, biobank))?.serviceFiles;
    expect(files?.map((f) => [f.purpose, f.fileName, typeof f.uploadedByName])).toEqual([
      ['ETHICS_APPROVAL', 'ethics.pdf', 'string'],
    ]);
  });

  it('a file is removed by the side that uploads its kind, with its bytes', async () => {
    for (const client of [buyer])
      expect(errorCode(await client.gql(REMOVE, { input: { id: fileId } }))).toBe('SERVICE_FILE_WRONG_SIDE');
    for (const client of [otherBuyer, otherOfficer, researcher])
      expect(errorCode(await client.gql(REMOVE, { input: { id: fileId } }))).toBe('ATTACHMENT_NOT_VISIBLE');
    const removed = await officer.gql<{ removeServiceFile: { expressionOfInterest: { serviceFiles: unknown[] } } }>(
      REMOVE,
      { input: { id: fileId } },
    );
    expect(removed.data!.removeServiceFile.expressionOfInterest.serviceFiles).toEqual([]);
    expect(
      (await fetch(`${server.url}/uploads/attachments/${fileId}`, { headers: { cookie: buyer.cookie } })).status,
    ).toBe(404);
  });
});
