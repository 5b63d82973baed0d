import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import type { GraphQLResponse, TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
let creator: TestClient; // researcher.irst: starts the disclosures made here
let colleague: TestClient; // another IRST researcher
let secondColleague: TestClient; // and another
let otherResearcher: TestClient; // INT
let officer: TestClient; // IRST
let otherOfficer: TestClient; // INT
let admin: TestClient;
let buyer: TestClient;
const anonymous = (): TestClient => server.anonymous();
const ids: Record<string, string> = {};

/** A researcher account of IRST with the demo password (the demo data has one only). */
async function irstResearcher(email: string, name: string, disabled = false): Promise<void> {
  await server.orm.em.fork().execute(
    `insert into app_user (email, name, role, institution_id, password_hash, email_verified_at, disabled_at, created_at)
     select ?, ?, 'RESEARCHER', institution_id, password_hash, now(), ${disabled ? 'now()' : 'null'}, now()
     from app_user where email = 'researcher.irst@tt.demo'`,
    [email, name],
  );
}

beforeAll(async () => {
  await irstResearcher('colleague.irst@tt.demo', 'Carla Bianchi');
  await irstResearcher('second.irst@tt.demo', 'Dario Verdi');
  await irstResearcher('gone.irst@tt.demo', 'Elena Gialli', true);
  [creator, colleague, secondColleague, otherResearcher, officer, otherOfficer, admin, buyer] = await Promise.all([
    server.logIn('researcher.irst@tt.demo'),
    server.logIn('colleague.irst@tt.demo'),
    server.logIn('second.irst@tt.demo'),
    server.logIn('researcher.int@tt.demo'),
    server.logIn('officer.irst@tt.demo'),
    server.logIn('officer.int@tt.demo'),
    server.logIn('admin@tt.demo'),
    server.logIn('buyer@oncopharm.demo'),
  ]);
  const users = await server.orm.em
    .fork()
    .execute<{ id: number; email: string }[]>(`select id, email from app_user where email like '%.demo'`);
  for (const user of users) ids[user.email] = toGlobalId('User', user.id);
});

const PAYLOAD = `disclosure { id canManageResearchers researchers { userId name email isCreator } }
  errors { field code message }`;
const ADD = `mutation($input: AddDisclosureResearcherInput!) { addDisclosureResearcher(input: $input) { ${PAYLOAD} } }`;
const REMOVE = `mutation($input: RemoveDisclosureResearcherInput!) { removeDisclosureResearcher(input: $input) { ${PAYLOAD} } }`;

interface Researcher {
  userId: string;
  name: string;
  email: string;
  isCreator: boolean;
}
interface Payload {
  disclosure: { id: string; canManageResearchers: boolean; researchers: Researcher[] } | null;
  errors: { field: string | null; code: string; message: string }[];
}

async function draft(): Promise<string> {
  const response = await creator.gql<{ saveDisclosureDraft: { disclosure: { id: string } } }>(
    'mutation { saveDisclosureDraft(input: { title: "Shared disclosure draft" }) { disclosure { id } } }',
  );
  return response.data!.saveDisclosureDraft.disclosure.id;
}

/** A disclosure the office sees: submitted once (the reference number is what reveals it to the office). */
async function submittedDraft(): Promise<string> {
  const id = await draft();
  const dbId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
  await server.orm.em
    .fork()
    .execute(`update disclosure set status = 'SUBMITTED', reference_number = ? where id = ?`, [
      `IRST-TEST-${dbId}`,
      dbId,
    ]);
  return id;
}

async function add(client: TestClient, disclosureId: string, email: string) {
  const response = await client.gql<{ addDisclosureResearcher: Payload }>(ADD, { input: { disclosureId, email } });
  return { errors: response.errors, payload: response.data?.addDisclosureResearcher };
}

/** Each of the outsiders is refused (FORBIDDEN), and an anonymous visitor is asked to sign in. */
async function expectRefused(
  outsiders: TestClient[],
  attempt: (client: TestClient) => Promise<{ errors?: GraphQLResponse['errors'] }>,
): Promise<void> {
  for (const client of outsiders) expect((await attempt(client)).errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
  expect((await attempt(anonymous())).errors?.[0]?.extensions?.category).toBe('UNAUTHENTICATED');
}

async function remove(client: TestClient, disclosureId: string, email: string) {
  const response = await client.gql<{ removeDisclosureResearcher: Payload }>(REMOVE, {
    input: { disclosureId, userId: ids[email] ?? email },
  });
  return { errors: response.errors, payload: response.data?.removeDisclosureResearcher };
}

async function sees(client: TestClient, disclosureId: string): Promise<boolean> {
  const node = await client.gql<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', {
    id: disclosureId,
  });
  const list = await client.gql<{ disclosures: { edges: { node: { id: string } }[] } }>(
    '{ disclosures(first: 100) { edges { node { id } } } }',
  );
  const listed = list.data!.disclosures.edges.some((edge) => edge.node.id === disclosureId);
  expect(listed).toBe(node.data!.node !== null);
  return listed;
}

function numericId(globalId: string): number {
  return Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
}

describe('adding researchers', () => {
  it('a researcher on it adds a colleague of the institute, who then sees and edits it and is told', async () => {
    const id = await draft();
    expect(await sees(colleague, id)).toBe(false);
    const { payload } = await add(creator, id, '  Colleague.IRST@tt.demo ');
    expect(payload!.errors).toEqual([]);
    expect(payload!.disclosure!.canManageResearchers).toBe(true);
    expect(payload!.disclosure!.researchers).toEqual([
      {
        userId: ids['researcher.irst@tt.demo'],
        name: expect.any(String),
        email: 'researcher.irst@tt.demo',
        isCreator: true,
      },
      {
        userId: ids['colleague.irst@tt.demo'],
        name: 'Carla Bianchi',
        email: 'colleague.irst@tt.demo',
        isCreator: false,
      },
    ]);
    expect(await sees(colleague, id)).toBe(true);
    const saved = await colleague.gql<{ saveDisclosureDraft: { errors: unknown[]; disclosure: { title: string } } }>(
      'mutation($id: ID!) { saveDisclosureDraft(input: { id: $id, expectedVersion: 1, title: "Edited by a colleague" }) { disclosure { title } errors { code } } }',
      { id },
    );
    expect(saved.data!.saveDisclosureDraft.errors).toEqual([]);
    expect(saved.data!.saveDisclosureDraft.disclosure.title).toBe('Edited by a colleague');
    const mails = await server.orm.em
      .fork()
      .execute<{ data: { event: string; byName: string; disclosureUrl: string } }[]>(
        `select data from outbox_message where recipient = 'colleague.irst@tt.demo' and template = 'disclosure-update'`,
      );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.data).toMatchObject({ event: 'SHARED', byName: expect.stringMatching(/\w/) });
    expect(mails[0]!.data.disclosureUrl).toContain(`/disclosures/${id}`);
  });

  it('a colleague on a draft edits it but cannot delete it: only its creator can', async () => {
    const id = await draft();
    expect((await add(creator, id, 'colleague.irst@tt.demo')).payload!.errors).toEqual([]);
    const DELETE = 'mutation($id: ID!) { deleteDisclosureDraft(input: { id: $id }) { deletedId errors { code } } }';
    const MAY = 'query($id: ID!) { node(id: $id) { ... on Disclosure { viewerMayDelete } } }';
    type May = { node: { viewerMayDelete: boolean } };
    expect((await colleague.gql<May>(MAY, { id })).data!.node.viewerMayDelete).toBe(false);
    expect((await creator.gql<May>(MAY, { id })).data!.node.viewerMayDelete).toBe(true);
    const refused = await colleague.gql<{ deleteDisclosureDraft: { deletedId: string | null; errors: unknown[] } }>(
      DELETE,
      { id },
    );
    expect(refused.data!.deleteDisclosureDraft).toEqual({
      deletedId: null,
      errors: [{ code: 'DISCLOSURE_DELETE_CREATOR_ONLY' }],
    });
    expect(await sees(colleague, id)).toBe(true);
  });

  it('the office of its institute and admins add researchers too; nobody else can', async () => {
    // A draft never submitted is the researchers' only: the office cannot even find it.
    const unsent = await draft();
    expect((await add(officer, unsent, 'colleague.irst@tt.demo')).errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    const id = await submittedDraft();
    expect((await add(officer, id, 'colleague.irst@tt.demo')).payload!.errors).toEqual([]);
    expect((await add(admin, id, 'second.irst@tt.demo')).payload!.errors).toEqual([]);
    const another = await draft();
    await expectRefused([otherResearcher, otherOfficer, buyer, colleague], (client) =>
      add(client, another, 'colleague.irst@tt.demo'),
    );
    expect(await sees(colleague, another)).toBe(false);
  });

  it('says only what the institute knows: one answer for unknown, other-institute and non-researcher addresses', async () => {
    const id = await draft();
    const answer = async (email: string) => (await add(creator, id, email)).payload!.errors;
    expect(await answer('not an address')).toEqual([
      { field: 'email', code: 'EMAIL_INVALID', message: expect.any(String) },
    ]);
    const neutral = [
      {
        field: 'email',
        code: 'NO_SUCH_RESEARCHER',
        message: 'No researcher of your institute uses this e-mail address.',
      },
    ];
    for (const email of [
      'nobody@nowhere.demo',
      'gone.irst@tt.demo',
      'officer.irst@tt.demo',
      'buyer@oncopharm.demo',
      'researcher.int@tt.demo',
    ]) {
      expect(await answer(email), email).toEqual(neutral);
    }
    // A researcher of the institute already on it is on the page for all to see.
    expect(await answer('researcher.irst@tt.demo')).toEqual([
      { field: 'email', code: 'RESEARCHER_ALREADY_ON_DISCLOSURE', message: expect.any(String) },
    ]);
    expect(await sees(otherResearcher, id)).toBe(false);
  });

  it('works while the office has it, but not once it is closed', async () => {
    const id = await draft();
    await server.orm.em.fork().execute(`update disclosure set status = 'UNDER_REVIEW' where id = ?`, [numericId(id)]);
    expect((await add(creator, id, 'colleague.irst@tt.demo')).payload!.errors).toEqual([]);
    for (const status of ['WITHDRAWN', 'DECLINED', 'PUBLISHED']) {
      await server.orm.em.fork().execute(`update disclosure set status = ? where id = ?`, [status, numericId(id)]);
      const added = await add(creator, id, 'second.irst@tt.demo');
      expect(added.payload!.errors).toEqual([
        { field: 'disclosureId', code: 'DISCLOSURE_CLOSED', message: expect.any(String) },
      ]);
      expect(added.payload!.disclosure!.canManageResearchers).toBe(false);
      const removed = await remove(creator, id, 'colleague.irst@tt.demo');
      expect(removed.payload!.errors[0]).toMatchObject({ field: 'disclosureId', code: 'DISCLOSURE_CLOSED' });
    }
    expect(await sees(secondColleague, id)).toBe(false);
    expect(await sees(colleague, id)).toBe(true);
  });
});

describe('removing researchers', () => {
  it('a colleague is taken off, or leaves, and no longer sees it', async () => {
    const id = await draft();
    await add(creator, id, 'colleague.irst@tt.demo');
    await add(creator, id, 'second.irst@tt.demo');
    const removed = await remove(creator, id, 'second.irst@tt.demo');
    expect(removed.payload!.errors).toEqual([]);
    expect(removed.payload!.disclosure!.researchers.map((r) => r.email)).toEqual([
      'researcher.irst@tt.demo',
      'colleague.irst@tt.demo',
    ]);
    expect(await sees(secondColleague, id)).toBe(false);
    // Leaving: the payload has no disclosure any more, since it is no longer theirs to see.
    const left = await remove(colleague, id, 'colleague.irst@tt.demo');
    expect(left.payload).toEqual({ disclosure: null, errors: [] });
    expect(await sees(colleague, id)).toBe(false);
  });

  it('never the last researcher; the creator only by the office', async () => {
    const id = await submittedDraft();
    const last = await remove(creator, id, 'researcher.irst@tt.demo');
    expect(last.payload!.errors).toEqual([{ field: 'userId', code: 'LAST_RESEARCHER', message: expect.any(String) }]);
    expect((await remove(officer, id, 'researcher.irst@tt.demo')).payload!.errors[0]!.code).toBe('LAST_RESEARCHER');

    await add(creator, id, 'colleague.irst@tt.demo');
    expect((await remove(colleague, id, 'researcher.irst@tt.demo')).payload!.errors[0]!.code).toBe(
      'CREATOR_STAYS_ON_DISCLOSURE',
    );
    expect((await remove(creator, id, 'researcher.irst@tt.demo')).payload!.errors[0]!.code).toBe(
      'CREATOR_STAYS_ON_DISCLOSURE',
    );
    expect((await remove(creator, id, 'second.irst@tt.demo')).payload!.errors[0]).toMatchObject({
      field: 'userId',
      code: 'NOT_ON_DISCLOSURE',
    });
    expect((await remove(creator, id, 'not-an-id')).payload!.errors[0]!.code).toBe('NOT_ON_DISCLOSURE');

    // The office can, for instance when the creator has left the institute.
    const byOffice = await remove(officer, id, 'researcher.irst@tt.demo');
    expect(byOffice.payload!.errors).toEqual([]);
    expect(byOffice.payload!.disclosure!.researchers).toEqual([
      expect.objectContaining({ email: 'colleague.irst@tt.demo', isCreator: false }),
    ]);
    expect(await sees(creator, id)).toBe(false);
    expect(await sees(colleague, id)).toBe(true);
  });

  it('nobody outside the disclosure removes anyone', async () => {
    const id = await draft();
    await add(creator, id, 'colleague.irst@tt.demo');
    await expectRefused([otherResearcher, otherOfficer, buyer, secondColleague], (client) =>
      remove(client, id, 'colleague.irst@tt.demo'),
    );
    expect(await sees(colleague, id)).toBe(true);
  });
});

describe('who sees the researchers', () => {
  it('those who see the disclosure, and nobody else', async () => {
    const id = await submittedDraft();
    await add(creator, id, 'colleague.irst@tt.demo');
    const QUERY = 'query($id: ID!) { node(id: $id) { ... on Disclosure { researchers { email } } } }';
    for (const client of [creator, colleague, officer, admin]) {
      const response = await client.gql<{ node: { researchers: { email: string }[] } }>(QUERY, { id });
      expect(response.data!.node.researchers.map((r) => r.email)).toEqual([
        'researcher.irst@tt.demo',
        'colleague.irst@tt.demo',
      ]);
    }
    for (const client of [secondColleague, otherResearcher, otherOfficer, buyer, anonymous()]) {
      const response = await client.gql<{ node: unknown }>(QUERY, { id });
      expect(response.data!.node).toBeNull();
    }
  });
});
