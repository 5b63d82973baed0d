import { canTransitionDisclosure, type DisclosureActor, DisclosureStatus } from '@tt/shared/disclosure-transitions';
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { inLanguage } from '../../test-support/client-in-language.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { DISCLOSURE_TEXT, disclosureForm } from '../../test-support/disclosure-form.js';
import { type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const { researcher, otherResearcher, officer, otherOfficer, admin, buyer, anonymous } = useDemoClients(server);

const FORM = disclosureForm('Liquid biopsy panel for early relapse', {
  inventors: [
    { name: 'Ada Rossi', affiliation: 'IRST', contributionShare: 70 },
    { name: 'Bruno Neri', affiliation: 'OncoPharm S.p.A.', contributionShare: 30 },
  ],
  publicDisclosures: [{ kind: 'PAST', date: '2025-06-01', venue: 'ASCO 2025 poster' }],
  fundingSources: [{ funder: 'AIRC', grantNumber: 'IG-1', obligations: 'Notify AIRC of any licence.' }],
  trl: 4,
});

const FIELDS = 'id status version referenceNumber title';
const SAVE = `mutation($input: SaveDisclosureDraftInput!) {
  saveDisclosureDraft(input: $input) { disclosure { ${FIELDS} } errors { field code params message } } }`;
const SUBMIT = `mutation($id: ID!) {
  submitDisclosure(input: { id: $id }) { disclosure { ${FIELDS} } errors { field code message } } }`;
const TRANSITION = `mutation($input: TransitionDisclosureInput!) {
  transitionDisclosure(input: $input) { disclosure { ${FIELDS} } errors { field code } } }`;

interface Disclosure {
  id: string;
  status: string;
  version: number;
  referenceNumber: string | null;
  title: string | null;
}
interface Payload {
  disclosure: Disclosure | null;
  errors: { field: string | null; code: string; message: string; params?: Record<string, unknown> }[];
}

async function save(client: TestClient, input: Record<string, unknown>) {
  const response = await client.gql<{ saveDisclosureDraft: Payload }>(SAVE, { input });
  return response;
}

async function draft(client: TestClient = researcher, form: Record<string, unknown> = FORM): Promise<Disclosure> {
  const response = await save(client, form);
  expect(response.errors).toBeUndefined();
  expect(response.data!.saveDisclosureDraft.errors).toEqual([]);
  return response.data!.saveDisclosureDraft.disclosure!;
}

async function submitted(): Promise<Disclosure> {
  const created = await draft();
  const response = await researcher.gql<{ submitDisclosure: Payload }>(SUBMIT, { id: created.id });
  expect(response.data!.submitDisclosure.errors).toEqual([]);
  return response.data!.submitDisclosure.disclosure!;
}

function numericId(globalId: string): number {
  return Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
}

async function forceStatus(id: string, status: DisclosureStatus): Promise<void> {
  await server.orm.em.fork().execute(`update disclosure set status = ? where id = ?`, [status, numericId(id)]);
}

async function mails(template = 'disclosure-update') {
  return server.orm.em
    .fork()
    .execute<{ recipient: string; data: { event: string } }[]>(
      `select recipient, data from outbox_message where template = ? order by id`,
      [template],
    );
}

describe('drafts and autosave', () => {
  it('a researcher saves an incomplete draft, then saves again with the version', async () => {
    const first = await draft(researcher, { title: 'Half' });
    expect(first).toMatchObject({ status: 'DRAFT', version: 1, referenceNumber: null, title: 'Half' });
    const second = await save(researcher, { ...FORM, id: first.id, expectedVersion: 1 });
    expect(second.data!.saveDisclosureDraft.errors).toEqual([]);
    expect(second.data!.saveDisclosureDraft.disclosure).toMatchObject({ version: 2, title: FORM.title });
  });

  it('a stale version is a VERSION_CONFLICT with the current version, and nothing is overwritten', async () => {
    const created = await draft();
    await save(researcher, { ...FORM, id: created.id, expectedVersion: 1, title: 'From the first tab' });
    const stale = await save(researcher, { ...FORM, id: created.id, expectedVersion: 1, title: 'From the second tab' });
    const payload = stale.data!.saveDisclosureDraft;
    expect(payload.errors[0]).toMatchObject({ code: 'VERSION_CONFLICT', field: 'expectedVersion' });
    expect(payload.errors[0]!.params).toEqual({ version: 2, edited: 1 });
    expect(payload.disclosure).toMatchObject({ version: 2, title: 'From the first tab' });
  });

  it('concurrent saves of one version: exactly one wins', async () => {
    const created = await draft();
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        save(researcher, { ...FORM, id: created.id, expectedVersion: 1, title: `Concurrent title ${i}` }),
      ),
    );
    const wins = responses.filter((r) => r.data!.saveDisclosureDraft.errors.length === 0);
    expect(wins).toHaveLength(1);
    for (const loser of responses.filter((r) => r.data!.saveDisclosureDraft.errors.length > 0)) {
      expect(loser.data!.saveDisclosureDraft.errors[0]!.code).toBe('VERSION_CONFLICT');
    }
  });

  it('drafts refuse oversized values; only researchers create; submitted ones are not editable', async () => {
    const long = await save(researcher, { title: 'x'.repeat(201) });
    expect(long.data!.saveDisclosureDraft.errors[0]).toMatchObject({
      field: 'title',
      code: 'TEXT_TOO_LONG',
      params: { max: 200 },
    });
    for (const client of [officer, admin, buyer]) {
      const refused = await save(client, { title: 'Not mine to write' });
      expect(refused.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    }
    expect((await save(anonymous, { title: 'Anonymous' })).errors?.[0]?.extensions?.category).toBe('UNAUTHENTICATED');
    const sent = await submitted();
    const locked = await save(researcher, { ...FORM, id: sent.id, expectedVersion: sent.version });
    expect(locked.data!.saveDisclosureDraft.errors[0]!.code).toBe('DISCLOSURE_NOT_EDITABLE');
  });
});

describe('starting a disclosure', () => {
  const START = { inventors: [{ name: 'Ada Rossi', affiliation: 'IRST', contributionShare: 100 }] };

  it('starting again with nothing written resumes the blank draft instead of adding another', async () => {
    const first = await draft(otherResearcher, START);
    const again = await draft(otherResearcher, START);
    expect(again.id).toBe(first.id);
    // Once something is written in it, a new start is a new draft; and a colleague's blank draft is never reused.
    await save(otherResearcher, {
      ...START,
      id: first.id,
      expectedVersion: first.version,
      title: 'Now it has a title',
    });
    const third = await draft(otherResearcher, START);
    expect(third.id).not.toBe(first.id);
    expect((await draft(otherResearcher, START)).id).toBe(third.id);
    expect((await draft(researcher, START)).id).not.toBe(third.id);
    // A start that already carries text is always a draft of its own.
    const written = await draft(otherResearcher, { ...START, title: 'Written from the start' });
    expect(written.id).not.toBe(third.id);
  });
});

describe('public disclosures', () => {
  it('a planned one within 30 days carries a warning', async () => {
    const soon = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 90 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const created = await draft(researcher, {
      ...FORM,
      publicDisclosures: [
        { kind: 'PLANNED', date: soon, venue: 'ESMO 2026' },
        { kind: 'PLANNED', date: later, venue: 'AACR 2027' },
      ],
    });
    const seen = await researcher.gql<{ node: { publicDisclosures: { venue: string; warning: string | null }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Disclosure { publicDisclosures { venue warning } } } }',
      { id: created.id },
    );
    const [near, far] = seen.data!.node.publicDisclosures;
    expect(near!.warning).toMatch(/in 10 days/);
    expect(far!.warning).toBeNull();
  });
});

describe('submitting', () => {
  it('refuses an incomplete form with field-level errors', async () => {
    const created = await draft(researcher, {
      ...FORM,
      inventors: [{ name: 'Ada Rossi', affiliation: 'IRST', contributionShare: 60 }],
      trl: null,
    });
    const response = await researcher.gql<{ submitDisclosure: Payload }>(SUBMIT, { id: created.id });
    expect(response.data!.submitDisclosure.errors.map((e) => [e.field, e.code])).toEqual([
      ['inventors', 'SHARES_NOT_100'],
      ['trl', 'TRL_REQUIRED'],
    ]);
    expect(response.data!.submitDisclosure.disclosure).toMatchObject({ status: 'DRAFT', referenceNumber: null });
  });

  it('allocates <INSTITUTE>-<YEAR>-<NNN> and mails the officers of the institute', async () => {
    const before = (await mails()).length;
    const sent = await submitted();
    expect(sent.status).toBe('SUBMITTED');
    expect(sent.referenceNumber).toMatch(new RegExp(`^IRST-${new Date().getUTCFullYear()}-\\d{3}$`));
    const recipients = (await mails()).slice(before).map((m) => m.recipient);
    expect(recipients).toContain('officer.irst@tt.demo');
    expect(recipients.every((r) => !r.includes('.int@'))).toBe(true);
  });

  it('10 concurrent first submissions get unique, gap-free numbers', async () => {
    const drafts = await Promise.all(Array.from({ length: 10 }, () => draft()));
    const responses = await Promise.all(
      drafts.map((d) => researcher.gql<{ submitDisclosure: Payload }>(SUBMIT, { id: d.id })),
    );
    for (const response of responses) expect(response.data!.submitDisclosure.errors).toEqual([]);
    const numbers = responses.map((r) => r.data!.submitDisclosure.disclosure!.referenceNumber!);
    expect(new Set(numbers).size).toBe(10);
    // Every IRST number of the year, from every test so far: exactly 1..N.
    const rows = await server.orm.em.fork().execute<{ reference_number: string }[]>(
      `select d.reference_number from disclosure d join institution i on i.id = d.institution_id
         where i.slug = 'irst' and d.reference_number like ?`,
      [`IRST-${new Date().getUTCFullYear()}-%`],
    );
    const all = rows.map((row) => Number(row.reference_number.split('-')[2])).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect(all.length).toBeGreaterThanOrEqual(10);
  });
});

describe('workflow', () => {
  const ALL = Object.values(DisclosureStatus);
  const sides: [DisclosureActor, () => TestClient][] = [
    ['RESEARCHER', () => researcher],
    ['OFFICE', () => officer],
  ];
  for (const [side, client] of sides) {
    it(`every move by the ${side.toLowerCase()} side is allowed exactly as the shared table says`, async () => {
      const base = await submitted();
      for (const from of ALL) {
        for (const to of ALL) {
          if (from === to) continue;
          await forceStatus(base.id, from);
          const response = await client().gql<{ transitionDisclosure: Payload }>(TRANSITION, {
            input: { id: base.id, to, reason: 'Because the table says so.' },
          });
          expect(response.errors, `${side} ${from} → ${to}`).toBeUndefined();
          const errors = response.data!.transitionDisclosure.errors;
          if (canTransitionDisclosure(side, from, to)) {
            expect(errors, `${side} ${from} → ${to}`).toEqual([]);
            expect(response.data!.transitionDisclosure.disclosure!.status).toBe(to);
          } else {
            expect(
              errors.map((e) => e.code),
              `${side} ${from} → ${to}`,
            ).toEqual(['DISCLOSURE_TRANSITION_NOT_ALLOWED']);
          }
        }
      }
    });
  }

  it('request for information, answer and resubmission, accept: history, reasons and e-mails', async () => {
    const sent = await submitted();
    const start = (await mails()).length;
    const move = (client: TestClient, to: string, reason?: string) =>
      client.gql<{ transitionDisclosure: Payload }>(TRANSITION, { input: { id: sent.id, to, reason } });
    expect((await move(officer, 'UNDER_REVIEW')).data!.transitionDisclosure.errors).toEqual([]);
    expect((await move(officer, 'INFO_REQUESTED')).data!.transitionDisclosure.errors[0]).toMatchObject({
      field: 'reason',
      code: 'REASON_REQUIRED',
    });
    expect(
      (await move(officer, 'INFO_REQUESTED', 'Which cohort were the samples from?')).data!.transitionDisclosure.errors,
    ).toEqual([]);
    // The researcher edits (a returned disclosure is editable again) and resubmits.
    const current = await researcher.gql<{ node: Disclosure }>(
      `query($id: ID!) { node(id: $id) { ... on Disclosure { ${FIELDS} } } }`,
      {
        id: sent.id,
      },
    );
    const edited = await save(researcher, {
      ...FORM,
      id: sent.id,
      expectedVersion: current.data!.node.version,
      solution: `${DISCLOSURE_TEXT} The samples came from the IRST cohort.`,
    });
    expect(edited.data!.saveDisclosureDraft.errors).toEqual([]);
    const resubmitted = await researcher.gql<{ submitDisclosure: Payload }>(SUBMIT, { id: sent.id });
    expect(resubmitted.data!.submitDisclosure.disclosure).toMatchObject({
      status: 'UNDER_REVIEW',
      referenceNumber: sent.referenceNumber,
    });
    expect((await move(officer, 'ACCEPTED')).data!.transitionDisclosure.errors).toEqual([]);

    const sentMails = (await mails()).slice(start);
    // The answer goes to the assignee, or (none here) to every officer of the institute.
    const officers = await server.orm.em.fork().execute<{ email: string }[]>(
      `select u.email from app_user u join institution i on i.id = u.institution_id
         where i.slug = 'irst' and u.role = 'TT_OFFICER' and u.disabled_at is null order by u.id`,
    );
    expect(sentMails.map((m) => [m.recipient, m.data.event])).toEqual([
      ['researcher.irst@tt.demo', 'INFO_REQUESTED'],
      ...officers.map((o) => [o.email, 'RESUBMITTED']),
      ['researcher.irst@tt.demo', 'ACCEPTED'],
    ]);

    const history = await officer.gql<{
      node: { history: { from: string | null; to: string; reason: string | null }[]; messages: { body: string }[] };
    }>(`query($id: ID!) { node(id: $id) { ... on Disclosure { history { from to reason } messages { body } } } }`, {
      id: sent.id,
    });
    expect(history.data!.node.history.map((h) => h.to)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'UNDER_REVIEW',
      'INFO_REQUESTED',
      'UNDER_REVIEW',
      'ACCEPTED',
    ]);
    expect(history.data!.node.messages.map((m) => m.body)).toEqual(['Which cohort were the samples from?']);
  });

  it('a decline tells the researchers', async () => {
    const sent = await submitted();
    const start = (await mails()).length;
    const response = await officer.gql<{ transitionDisclosure: Payload }>(TRANSITION, {
      input: { id: sent.id, to: 'DECLINED', reason: 'Already published in 2024.' },
    });
    expect(response.data!.transitionDisclosure.errors).toEqual([]);
    expect((await mails()).slice(start).map((m) => [m.recipient, m.data.event])).toEqual([
      ['researcher.irst@tt.demo', 'DECLINED'],
    ]);
  });
});

describe('confidentiality', () => {
  const NODE = `query($id: ID!) { node(id: $id) { id ... on Disclosure { title assessment { notes } } } }`;
  const LIST = '{ disclosures(first: 100) { totalCount statusCounts { status count } edges { node { id } } } }';

  it('outsiders see nothing: not in the list, not through node(id)', async () => {
    const sent = await submitted();
    for (const client of [buyer, otherOfficer, otherResearcher]) {
      const list = await client.gql<{
        disclosures: { totalCount: number; edges: { node: { id: string } }[]; statusCounts: { count: number }[] };
      }>(LIST);
      expect(list.data!.disclosures.edges.map((e) => e.node.id)).not.toContain(sent.id);
      // The other institute's people see their own (demo) disclosures; a company member none at all.
      if (client === buyer) {
        expect(list.data!.disclosures.totalCount).toBe(0);
        expect(list.data!.disclosures.statusCounts.every((c) => c.count === 0)).toBe(true);
      }
      const node = await client.gql<{ node: unknown }>(NODE, { id: sent.id });
      expect(node.data!.node).toBeNull();
    }
    expect((await anonymous.gql(LIST)).errors?.[0]?.extensions?.category).toBe('UNAUTHENTICATED');
    expect((await anonymous.gql<{ node: unknown }>(NODE, { id: sent.id })).data!.node).toBeNull();
  });

  it('a draft is its researchers’ only until the first submission: the office sees nothing of it', async () => {
    const created = await draft();
    for (const client of [officer, admin]) {
      const list = await client.gql<{ disclosures: { edges: { node: { id: string } }[] } }>(LIST);
      expect(list.data!.disclosures.edges.map((e) => e.node.id)).not.toContain(created.id);
      expect((await client.gql<{ node: unknown }>(NODE, { id: created.id })).data!.node).toBeNull();
    }
    await researcher.gql(SUBMIT, { id: created.id });
    for (const client of [officer, admin]) {
      expect((await client.gql<{ node: { id: string } }>(NODE, { id: created.id })).data!.node).toMatchObject({
        id: created.id,
      });
    }
  });

  it('outsiders cannot change anything', async () => {
    const sent = await submitted();
    const mutations: [string, Record<string, unknown>][] = [
      [SAVE, { input: { id: sent.id, expectedVersion: sent.version, title: 'Hijacked title' } }],
      [SUBMIT, { id: sent.id }],
      [TRANSITION, { input: { id: sent.id, to: 'WITHDRAWN' } }],
      [TRANSITION, { input: { id: sent.id, to: 'UNDER_REVIEW' } }],
      ['mutation($id: ID!) { assessDisclosure(input: { id: $id, notes: "x" }) { errors { code } } }', { id: sent.id }],
      [
        'mutation($id: ID!) { postDisclosureMessage(input: { id: $id, body: "hello" }) { errors { code } } }',
        { id: sent.id },
      ],
      ['mutation($id: ID!) { assignDisclosure(input: { id: $id }) { errors { code } } }', { id: sent.id }],
    ];
    for (const [client, code] of [
      [buyer, 'FORBIDDEN'],
      [otherOfficer, 'FORBIDDEN'],
      [otherResearcher, 'FORBIDDEN'],
      [anonymous, 'UNAUTHENTICATED'],
    ] as const) {
      for (const [query, variables] of mutations) {
        const response = await client.gql(query, variables);
        expect(response.errors?.[0]?.extensions?.category, query).toBe(code);
      }
    }
    const [row] = await server.orm.em
      .fork()
      .execute<{ status: string; title: string }[]>(`select status, title from disclosure where id = ?`, [
        numericId(sent.id),
      ]);
    expect(row).toEqual({ status: 'SUBMITTED', title: FORM.title });
    const messages = await server.orm.em
      .fork()
      .execute(`select 1 from disclosure_message where disclosure_id = ?`, [numericId(sent.id)]);
    expect(messages).toEqual([]);
  });

  it('its researcher, the officers of its institute and admins see it; the assessment is the office’s only', async () => {
    const sent = await submitted();
    const assessed = await officer.gql<{ assessDisclosure: Payload }>(
      `mutation($input: AssessDisclosureInput!) { assessDisclosure(input: $input) { errors { code } } }`,
      {
        input: {
          id: sent.id,
          patentability: 'HIGH',
          marketPotential: 'MEDIUM',
          recommendation: 'FILE_PATENT',
          notes: 'Strong claims; check the ASCO poster.',
        },
      },
    );
    expect(assessed.data!.assessDisclosure.errors).toEqual([]);
    for (const client of [officer, admin]) {
      const seen = await client.gql<{ node: { title: string; assessment: { notes: string } | null } }>(NODE, {
        id: sent.id,
      });
      expect(seen.data!.node).toMatchObject({
        title: FORM.title,
        assessment: { notes: 'Strong claims; check the ASCO poster.' },
      });
    }
    const own = await researcher.gql<{ node: { title: string; assessment: unknown } }>(NODE, { id: sent.id });
    expect(own.data!.node).toMatchObject({ title: FORM.title, assessment: null });
    const refused = await researcher.gql(
      'mutation($id: ID!) { assessDisclosure(input: { id: $id, notes: "mine" }) { errors { code } } }',
      { id: sent.id },
    );
    expect(refused.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    const list = await researcher.gql<{ disclosures: { edges: { node: { id: string } }[] } }>(LIST);
    expect(list.data!.disclosures.edges.map((e) => e.node.id)).toContain(sent.id);
    const officerList = await officer.gql<{ disclosures: { edges: { node: { id: string } }[] } }>(LIST);
    expect(officerList.data!.disclosures.edges.map((e) => e.node.id)).toContain(sent.id);
    // Unknown ids look exactly like someone else's.
    expect((await buyer.gql<{ node: unknown }>(NODE, { id: toGlobalId('Disclosure', 999_999) })).data!.node).toBeNull();
  });

  it('the pipeline filters by assignee on the server: mine, unassigned, an officer; counts follow', async () => {
    const sent = await submitted();
    const assigned = await officer.gql<{ assignDisclosure: Payload }>(
      'mutation($id: ID!, $a: ID) { assignDisclosure(input: { id: $id, assigneeId: $a }) { errors { code } } }',
      {
        id: sent.id,
        a: (await officer.gql<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }')).data!.viewer.user.id,
      },
    );
    expect(assigned.data!.assignDisclosure.errors).toEqual([]);
    const unassigned = await submitted();
    const FILTERED = `query($assignee: String) { disclosures(first: 100, filter: { assigneeId: $assignee }) {
      totalCount statusCounts { status count } edges { node { id assignee { id } } } } }`;
    type Listed = {
      disclosures: {
        totalCount: number;
        statusCounts: { count: number }[];
        edges: { node: { id: string; assignee: { id: string } | null } }[];
      };
    };
    const mine = (await officer.gql<Listed>(FILTERED, { assignee: 'mine' })).data!.disclosures;
    expect(mine.edges.map((edge) => edge.node.id)).toContain(sent.id);
    expect(mine.edges.map((edge) => edge.node.id)).not.toContain(unassigned.id);
    expect(mine.edges.every((edge) => edge.node.assignee !== null)).toBe(true);
    expect(mine.statusCounts.reduce((sum, entry) => sum + entry.count, 0)).toBe(mine.totalCount);
    const none = (await officer.gql<Listed>(FILTERED, { assignee: 'none' })).data!.disclosures;
    expect(none.edges.map((edge) => edge.node.id)).toContain(unassigned.id);
    expect(none.edges.every((edge) => edge.node.assignee === null)).toBe(true);
    const everyone = (await officer.gql<Listed>(FILTERED, { assignee: null })).data!.disclosures;
    expect(everyone.totalCount).toBeGreaterThanOrEqual(mine.totalCount + none.totalCount);
    const bad = await officer.gql<Listed>(FILTERED, { assignee: 'somebody' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_ID');
  });

  it('assignment goes only to an officer of the institute; the thread mails the other side', async () => {
    const sent = await submitted();
    const [other] = await server.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from app_user where email = 'officer.int@tt.demo'`);
    const wrong = await officer.gql<{ assignDisclosure: Payload }>(
      'mutation($id: ID!, $a: ID) { assignDisclosure(input: { id: $id, assigneeId: $a }) { errors { code } } }',
      { id: sent.id, a: toGlobalId('User', other!.id) },
    );
    expect(wrong.data!.assignDisclosure.errors[0]!.code).toBe('DISCLOSURE_ASSIGNEE_INVALID');
    const start = (await mails()).length;
    const posted = await officer.gql<{ postDisclosureMessage: Payload }>(
      'mutation($id: ID!) { postDisclosureMessage(input: { id: $id, body: "Could you add the raw data?" }) { errors { code } } }',
      { id: sent.id },
    );
    expect(posted.data!.postDisclosureMessage.errors).toEqual([]);
    expect((await mails()).slice(start).map((m) => m.recipient)).toEqual(['researcher.irst@tt.demo']);
    // More messages within 10 minutes are in the thread the e-mail links to, not e-mailed again.
    for (const body of ['And the protocol?', 'And the lab notebook pages?']) {
      const again = await officer.gql<{ postDisclosureMessage: Payload }>(
        'mutation($id: ID!, $body: String!) { postDisclosureMessage(input: { id: $id, body: $body }) { errors { code } } }',
        { id: sent.id, body },
      );
      expect(again.data!.postDisclosureMessage.errors).toEqual([]);
    }
    expect((await mails()).slice(start).map((m) => m.recipient)).toEqual(['researcher.irst@tt.demo']);
    const [thread] = await server.orm.em.fork().execute<{ count: string }[]>(
      `select count(*) from disclosure_message m join disclosure d on d.id = m.disclosure_id
         where m.body in ('And the protocol?', 'And the lab notebook pages?')`,
    );
    expect(Number(thread!.count)).toBe(2);
  });
});

describe('the language texts are written in', () => {
  const READ = `query($id: ID!) { node(id: $id) { ... on Disclosure {
    language assessment { notes notesLanguage } history { to reason reasonLanguage } messages { body language } } } }`;
  interface Read {
    node: {
      language: string;
      assessment: { notes: string | null; notesLanguage: string | null } | null;
      history: { to: string; reason: string | null; reasonLanguage: string | null }[];
      messages: { body: string; language: string }[];
    };
  }
  const languageOf = async (id: string) => (await researcher.gql<Read>(READ, { id })).data!.node.language;

  it('a draft is written in the language of the page its researchers last changed its texts on', async () => {
    const italian = inLanguage(server, researcher, 'it');
    const english = inLanguage(server, researcher, 'en');
    const created = await draft(italian, disclosureForm('Pannello di biopsia liquida per la recidiva precoce'));
    expect(await languageOf(created.id)).toBe('IT');
    // Saved again from an English page with its texts as they were (the TRL changed): still Italian.
    const unchanged = await save(english, {
      ...disclosureForm('Pannello di biopsia liquida per la recidiva precoce', { trl: 4 }),
      id: created.id,
      expectedVersion: created.version,
    });
    expect(unchanged.data!.saveDisclosureDraft.errors).toEqual([]);
    expect(await languageOf(created.id)).toBe('IT');
    // Rewritten in English: English.
    const rewritten = await save(english, {
      ...disclosureForm('Liquid biopsy panel for early relapse', { trl: 4 }),
      id: created.id,
      expectedVersion: unchanged.data!.saveDisclosureDraft.disclosure!.version,
    });
    expect(rewritten.data!.saveDisclosureDraft.errors).toEqual([]);
    expect(await languageOf(created.id)).toBe('EN');
  });

  it("each message, reason and assessment note in its writer's language", async () => {
    const sent = await submitted();
    const office = inLanguage(server, officer, 'it');
    await inLanguage(server, officer, 'en').gql(TRANSITION, { input: { id: sent.id, to: 'UNDER_REVIEW' } });
    await office.gql(TRANSITION, {
      input: { id: sent.id, to: 'INFO_REQUESTED', reason: 'Può allegare i dati grezzi?' },
    });
    await inLanguage(server, researcher, 'en').gql(
      'mutation($id: ID!) { postDisclosureMessage(input: { id: $id, body: "The raw data are attached." }) { errors { code } } }',
      { id: sent.id },
    );
    const ASSESS =
      'mutation($id: ID!, $notes: String) { assessDisclosure(input: { id: $id, notes: $notes }) { errors { code } } }';
    await office.gql(ASSESS, { id: sent.id, notes: 'Brevettabilità da verificare' });
    const read = (await officer.gql<Read>(READ, { id: sent.id })).data!.node;
    expect(read.messages.map((message) => [message.body, message.language])).toEqual([
      ['Può allegare i dati grezzi?', 'IT'],
      ['The raw data are attached.', 'EN'],
    ]);
    expect(read.history.map((entry) => [entry.to, entry.reasonLanguage])).toEqual([
      ['DRAFT', null],
      ['SUBMITTED', null],
      ['UNDER_REVIEW', null],
      ['INFO_REQUESTED', 'IT'],
    ]);
    expect(read.assessment).toEqual({ notes: 'Brevettabilità da verificare', notesLanguage: 'IT' });
    // The same notes saved from an English page stay Italian; other notes are English; none, no language.
    const english = inLanguage(server, officer, 'en');
    await english.gql(ASSESS, { id: sent.id, notes: 'Brevettabilità da verificare' });
    expect((await officer.gql<Read>(READ, { id: sent.id })).data!.node.assessment?.notesLanguage).toBe('IT');
    await english.gql(ASSESS, { id: sent.id, notes: 'Patentability to be checked' });
    expect((await officer.gql<Read>(READ, { id: sent.id })).data!.node.assessment?.notesLanguage).toBe('EN');
    await english.gql(ASSESS, { id: sent.id, notes: null });
    expect((await officer.gql<Read>(READ, { id: sent.id })).data!.node.assessment).toEqual({
      notes: null,
      notesLanguage: null,
    });
  });
});
