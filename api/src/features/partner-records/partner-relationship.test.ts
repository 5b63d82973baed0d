import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { type DemoAccount, useDemoClients } from '../../test-support/demo-accounts.js';
import type { GraphQLResponse } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const clients = useDemoClients(server);
const { officer, otherOfficer, admin, buyer, otherBuyer } = clients;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(text, params);
}
const idOf = async (table: string, column: string, value: string) =>
  (await sql<{ id: number }>(`select id from ${table} where ${column} = ?`, [value]))[0]!.id;

const LIST = `query($query: String, $filter: PartnerRelationshipFilter, $first: Int, $after: String) {
  partnerRelationships(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status notes company { name } institution { slug } owner { name } } } } }`;
const ONE = `query($companyId: ID!, $institutionId: ID) { partnerRelationship(companyId: $companyId, institutionId: $institutionId) {
  id status notes owner { id name } updatedByName institution { slug } company { name contactPreferences { note people { name email phone } } }
  contacts { id name role email phone notes }
  history { eoiCount agreementCount latestEois { id listingTitle status } latestAgreements { id title status } } } }`;
const CREATE = `mutation($input: CreatePartnerRelationshipInput!) { createPartnerRelationship(input: $input) {
  partnerRelationship { id status notes owner { name } institution { slug } } errors { code field } } }`;
const UPDATE = `mutation($input: UpdatePartnerRelationshipInput!) { updatePartnerRelationship(input: $input) {
  partnerRelationship { id status notes owner { name } } errors { code field } } }`;
const ADD_CONTACT = `mutation($input: AddPartnerContactInput!) { addPartnerContact(input: $input) {
  partnerRelationship { contacts { id name role email phone notes } } errors { code field } } }`;
const UPDATE_CONTACT = `mutation($input: UpdatePartnerContactInput!) { updatePartnerContact(input: $input) {
  partnerRelationship { contacts { id name role email } } errors { code field } } }`;
const REMOVE_CONTACT = `mutation($input: RemovePartnerContactInput!) { removePartnerContact(input: $input) {
  partnerRelationship { contacts { id } } errors { code field } } }`;

function category(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.category ?? response.errors?.[0]?.extensions?.code;
}

let oncopharm: string;
let rnaForge: string;
let irst: string;
let int: string;
let irstRecordId: string;
let secondIrstOfficer: string;
let intOfficer: string;

beforeAll(async () => {
  oncopharm = toGlobalId('Company', await idOf('company', 'slug', 'oncopharm'));
  rnaForge = toGlobalId('Company', await idOf('company', 'slug', 'rna-forge'));
  irst = toGlobalId('Institution', await idOf('institution', 'slug', 'irst'));
  int = toGlobalId('Institution', await idOf('institution', 'slug', 'int'));
  secondIrstOfficer = toGlobalId('User', await idOf('app_user', 'email', 'officer2.irst@tt.demo'));
  intOfficer = toGlobalId('User', await idOf('app_user', 'email', 'officer.int@tt.demo'));
  const record = await officer.gql<{ partnerRelationship: { id: string } }>(ONE, { companyId: oncopharm });
  irstRecordId = record.data!.partnerRelationship.id;
});

describe("an institute's partner records", () => {
  it("lists the officer's institute's records by company name, with counts, search and server-side filters", async () => {
    const all = await officer.gql<{
      partnerRelationships: {
        totalCount: number;
        edges: { node: { company: { name: string }; institution: { slug: string } } }[];
      };
    }>(LIST, {});
    expect(all.errors).toBeUndefined();
    const records = all.data!.partnerRelationships;
    expect(records.totalCount).toBe(records.edges.length);
    expect(records.totalCount).toBeGreaterThanOrEqual(4);
    expect(new Set(records.edges.map((edge) => edge.node.institution.slug))).toEqual(new Set(['irst']));
    const names = records.edges.map((edge) => edge.node.company.name.toLowerCase());
    expect(names).toEqual([...names].sort());

    const searched = await officer.gql<{ partnerRelationships: { totalCount: number } }>(LIST, { query: 'ONCOPH' });
    expect(searched.data!.partnerRelationships.totalCount).toBe(1);
    const partners = await officer.gql<{ partnerRelationships: { edges: { node: { status: string } }[] } }>(LIST, {
      filter: { statuses: ['PARTNER'] },
    });
    expect(partners.data!.partnerRelationships.edges.map((edge) => edge.node.status)).toEqual(
      expect.arrayContaining(['PARTNER']),
    );
    expect(partners.data!.partnerRelationships.edges.every((edge) => edge.node.status === 'PARTNER')).toBe(true);
    const owned = await officer.gql<{ partnerRelationships: { edges: { node: { owner: { name: string } } }[] } }>(
      LIST,
      {
        filter: { ownerId: secondIrstOfficer },
      },
    );
    const ownerNames = new Set(owned.data!.partnerRelationships.edges.map((edge) => edge.node.owner.name));
    expect(ownerNames.size).toBe(1);

    // Paging: two at a time reaches every record once.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse<{
        partnerRelationships: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      }> = await officer.gql(LIST, { first: 2, after });
      seen.push(...page.data!.partnerRelationships.edges.map((edge) => edge.node.id));
      after = page.data!.partnerRelationships.pageInfo.hasNextPage
        ? page.data!.partnerRelationships.pageInfo.endCursor
        : null;
    } while (after);
    expect(new Set(seen).size).toBe(records.totalCount);
  });

  it('shows admins every institute, with the institute on each record, and filters by institute', async () => {
    const all = await admin.gql<{ partnerRelationships: { edges: { node: { institution: { slug: string } } }[] } }>(
      LIST,
      { first: 100 },
    );
    expect(new Set(all.data!.partnerRelationships.edges.map((edge) => edge.node.institution.slug))).toEqual(
      new Set(['irst', 'int']),
    );
    const intOnly = await admin.gql<{ partnerRelationships: { edges: { node: { institution: { slug: string } } }[] } }>(
      LIST,
      { filter: { institutionId: int } },
    );
    expect(new Set(intOnly.data!.partnerRelationships.edges.map((edge) => edge.node.institution.slug))).toEqual(
      new Set(['int']),
    );
    const record = await admin.gql<{ partnerRelationship: { institution: { slug: string } } | null }>(ONE, {
      companyId: oncopharm,
      institutionId: int,
    });
    expect(record.data!.partnerRelationship!.institution.slug).toBe('int');
  });

  it("reads a record with its contacts, the company's contact preferences and its history with the institute", async () => {
    const response = await officer.gql<{
      partnerRelationship: {
        status: string;
        contacts: { name: string }[];
        company: { contactPreferences: { note: string; people: { email: string | null }[] } };
        history: { eoiCount: number; agreementCount: number; latestEois: unknown[]; latestAgreements: unknown[] };
      };
    }>(ONE, { companyId: oncopharm });
    expect(response.errors).toBeUndefined();
    const record = response.data!.partnerRelationship;
    expect(record.status).toBe('PARTNER');
    expect(record.contacts.length).toBeGreaterThan(0);
    expect(record.company.contactPreferences.note).not.toBe('');
    expect(record.company.contactPreferences.people[0]!.email).toBe('buyer@oncopharm.demo');
    const [counts] = await sql<{ eois: string; agreements: string }>(
      `select (select count(*) from expression_of_interest e join asset a on a.id = e.asset_id
                join institution i on i.id = a.institution_id join company c on c.id = e.company_id
                where i.slug = 'irst' and c.slug = 'oncopharm') as eois,
              (select count(*) from agreement g join institution i on i.id = g.institution_id
                join company c on c.id = g.company_id where i.slug = 'irst' and c.slug = 'oncopharm') as agreements`,
    );
    expect(record.history.eoiCount).toBe(Number(counts!.eois));
    expect(record.history.agreementCount).toBe(Number(counts!.agreements));
    expect(record.history.latestEois.length).toBe(Math.min(5, Number(counts!.eois)));
    expect(record.history.latestAgreements.length).toBe(Math.min(5, Number(counts!.agreements)));
  });

  it('creates and changes a record and its contacts, checking owner, e-mail and phone', async () => {
    const foreignOwner = await officer.gql<{ createPartnerRelationship: { errors: { code: string }[] } }>(CREATE, {
      input: { companyId: rnaForge, status: 'PROSPECT', ownerId: intOfficer },
    });
    expect(foreignOwner.data!.createPartnerRelationship.errors.map((error) => error.code)).toEqual([
      'PARTNER_OWNER_INVALID',
    ]);
    const created = await officer.gql<{
      createPartnerRelationship: {
        partnerRelationship: { id: string; institution: { slug: string } };
        errors: unknown[];
      };
    }>(CREATE, {
      input: { companyId: rnaForge, status: 'PROSPECT', ownerId: secondIrstOfficer, notes: ' First call in May. ' },
    });
    expect(created.data!.createPartnerRelationship.errors).toEqual([]);
    const id = created.data!.createPartnerRelationship.partnerRelationship.id;
    expect(created.data!.createPartnerRelationship.partnerRelationship.institution.slug).toBe('irst');
    const again = await officer.gql<{ createPartnerRelationship: { errors: { code: string }[] } }>(CREATE, {
      input: { companyId: rnaForge, status: 'PARTNER' },
    });
    expect(again.data!.createPartnerRelationship.errors.map((error) => error.code)).toEqual(['PARTNER_RECORD_EXISTS']);

    const updated = await officer.gql<{
      updatePartnerRelationship: { partnerRelationship: { status: string; notes: string; owner: null } };
    }>(UPDATE, { input: { id, status: 'IN_CONTACT', ownerId: null, notes: 'Met them at BIO.' } });
    expect(updated.data!.updatePartnerRelationship.partnerRelationship).toMatchObject({
      status: 'IN_CONTACT',
      notes: 'Met them at BIO.',
      owner: null,
    });

    const bad = await officer.gql<{ addPartnerContact: { errors: { code: string }[] } }>(ADD_CONTACT, {
      input: { relationshipId: id, contact: { name: ' ', email: 'not-an-address', phone: 'call me' } },
    });
    expect(bad.data!.addPartnerContact.errors.map((error) => error.code)).toEqual([
      'PARTNER_CONTACT_NAME_REQUIRED',
      'PARTNER_CONTACT_EMAIL_INVALID',
      'PARTNER_CONTACT_PHONE_INVALID',
    ]);
    // Checked at the edge: control characters and lengths.
    const control = await officer.gql(ADD_CONTACT, { input: { relationshipId: id, contact: { name: 'A\u0007B' } } });
    expect(category(control)).toBe('BAD_USER_INPUT');
    const long = await officer.gql(ADD_CONTACT, { input: { relationshipId: id, contact: { name: 'x'.repeat(161) } } });
    expect(category(long)).toBe('BAD_USER_INPUT');

    const added = await officer.gql<{
      addPartnerContact: { partnerRelationship: { contacts: { id: string; email: string }[] }; errors: unknown[] };
    }>(ADD_CONTACT, {
      input: {
        relationshipId: id,
        contact: { name: 'Ada Rossi', role: 'CSO', email: 'Ada@RNA-forge.demo', phone: '+39 051 123 456' },
      },
    });
    expect(added.data!.addPartnerContact.errors).toEqual([]);
    const contact = added.data!.addPartnerContact.partnerRelationship.contacts[0]!;
    expect(contact.email).toBe('ada@rna-forge.demo');
    const edited = await officer.gql<{
      updatePartnerContact: { partnerRelationship: { contacts: { role: string }[] } };
    }>(UPDATE_CONTACT, { input: { id: contact.id, contact: { name: 'Ada Rossi', role: 'Chief Scientific Officer' } } });
    expect(edited.data!.updatePartnerContact.partnerRelationship.contacts[0]!.role).toBe('Chief Scientific Officer');
    const removed = await officer.gql<{ removePartnerContact: { partnerRelationship: { contacts: unknown[] } } }>(
      REMOVE_CONTACT,
      { input: { id: contact.id } },
    );
    expect(removed.data!.removePartnerContact.partnerRelationship.contacts).toEqual([]);
  });
});

describe('partner records are the office’s alone', () => {
  const outsiders: (DemoAccount | 'anonymous')[] = ['researcher', 'buyer', 'otherBuyer', 'anonymous'];

  it('the other institute’s officer reads their own record of the company, never this one, and cannot change it', async () => {
    const theirs = await otherOfficer.gql<{ partnerRelationship: { id: string; institution: { slug: string } } }>(ONE, {
      companyId: oncopharm,
      institutionId: irst,
    });
    expect(theirs.data!.partnerRelationship.institution.slug).toBe('int');
    expect(theirs.data!.partnerRelationship.id).not.toBe(irstRecordId);
    const node = await otherOfficer.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, {
      id: irstRecordId,
    });
    expect(node.data!.node).toBeNull();
    const list = await otherOfficer.gql<{ partnerRelationships: { edges: { node: { id: string } }[] } }>(LIST, {
      first: 100,
      filter: { institutionId: irst },
    });
    expect(list.data!.partnerRelationships.edges.map((edge) => edge.node.id)).not.toContain(irstRecordId);
    const update = await otherOfficer.gql(UPDATE, { input: { id: irstRecordId, notes: 'mine now' } });
    expect(category(update)).toBe('FORBIDDEN');
    const contact = await otherOfficer.gql(ADD_CONTACT, {
      input: { relationshipId: irstRecordId, contact: { name: 'Spy' } },
    });
    expect(category(contact)).toBe('FORBIDDEN');
    const create = await otherOfficer.gql(CREATE, {
      input: { companyId: rnaForge, institutionId: irst, status: 'PARTNER' },
    });
    expect(category(create)).toBe('FORBIDDEN');
  });

  it('researchers, company members (the company itself too) and visitors see nothing and change nothing', async () => {
    for (const name of outsiders) {
      const client = clients[name];
      const list = await client.gql(LIST, {});
      expect(['FORBIDDEN', 'UNAUTHENTICATED'], name).toContain(category(list));
      const one = await client.gql<{ partnerRelationship: unknown }>(ONE, {
        companyId: oncopharm,
        institutionId: irst,
      });
      expect(one.data?.partnerRelationship ?? null, name).toBeNull();
      const node = await client.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, {
        id: irstRecordId,
      });
      expect(node.data?.node ?? null, name).toBeNull();
      for (const [query, input] of [
        [UPDATE, { id: irstRecordId, notes: 'x' }],
        [CREATE, { companyId: oncopharm, institutionId: irst, status: 'PARTNER' }],
        [ADD_CONTACT, { relationshipId: irstRecordId, contact: { name: 'x' } }],
      ] as const) {
        expect(['FORBIDDEN', 'UNAUTHENTICATED'], name).toContain(category(await client.gql(query, { input })));
      }
    }
    const notes = await sql<{ notes: string }>('select notes from partner_relationship where id = ?', [
      Number(Buffer.from(irstRecordId, 'base64url').toString().split(':')[1]),
    ]);
    expect(notes[0]!.notes).not.toBe('x');
  });

  it('the public directory shows no relationship label', async () => {
    const response = await clients.anonymous.gql('{ partner(slug: "oncopharm") { partnershipLevel } }');
    expect(response.errors?.[0]?.message).toMatch(/partnershipLevel/);
  });
});

describe("a company's contact preferences", () => {
  const PREFS = '{ partner(slug: "oncopharm") { contactPreferences { note people { name email phone } } } }';
  const SET = `mutation($input: SetCompanyContactPreferencesInput!) { setCompanyContactPreferences(input: $input) {
    company { contactPreferences { note people { userId email phone } } } errors { code field } } }`;

  it('its members keep them; officers and admins read them; other companies and visitors do not', async () => {
    const buyerId = toGlobalId('User', await idOf('app_user', 'email', 'buyer@oncopharm.demo'));
    const otherBuyerId = toGlobalId('User', await idOf('app_user', 'email', 'buyer@medisense.demo'));
    const notMine = await buyer.gql<{ setCompanyContactPreferences: { errors: { code: string }[] } }>(SET, {
      input: { note: 'x', people: [{ userId: otherBuyerId, byEmail: true }] },
    });
    expect(notMine.data!.setCompanyContactPreferences.errors.map((error) => error.code)).toEqual([
      'CONTACT_PERSON_NOT_MEMBER',
    ]);
    const noChannel = await buyer.gql<{ setCompanyContactPreferences: { errors: { code: string }[] } }>(SET, {
      input: { note: 'x', people: [{ userId: buyerId, byEmail: false }] },
    });
    expect(noChannel.data!.setCompanyContactPreferences.errors.map((error) => error.code)).toEqual([
      'CONTACT_PERSON_CHANNEL_REQUIRED',
    ]);
    const set = await buyer.gql<{
      setCompanyContactPreferences: {
        company: { contactPreferences: { people: { email: string | null; phone: string }[] } };
      };
    }>(SET, {
      input: { note: 'Call mornings.', people: [{ userId: buyerId, byEmail: false, phone: '+39 02 555 0100' }] },
    });
    expect(set.data!.setCompanyContactPreferences.company.contactPreferences.people).toEqual([
      { userId: buyerId, email: null, phone: '+39 02 555 0100' },
    ]);
    for (const client of [officer, otherOfficer, admin]) {
      const read = await client.gql<{ partner: { contactPreferences: { note: string } } }>(PREFS);
      expect(read.data!.partner.contactPreferences.note).toBe('Call mornings.');
    }
    for (const client of [otherBuyer, clients.researcher, clients.anonymous]) {
      const read = await client.gql<{ partner: { contactPreferences: unknown } }>(PREFS);
      expect(read.data!.partner.contactPreferences).toBeNull();
    }
    const officerSets = await officer.gql(SET, { input: { note: 'x', people: [] } });
    expect(category(officerSets)).toBe('FORBIDDEN');
  });
});
