import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  archive,
  BY_ID,
  BY_SLUG,
  CREATE,
  completeFields,
  create,
  DISCLOSURE_FORM,
  disclosureIn,
  errorCategory,
  type Listing,
  numericId,
  publish,
  restore,
  sectorIds,
  UPDATE,
  unpublish,
  update,
} from '../../test-support/listing-fixtures.js';
import { type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';
import { useWebDistFixture } from '../../test-support/web-dist-fixture.js';

// The built web app's shape: a former slug's HTTP 301 is the server's page response.
const server = useTestServer({ webDistDir: useWebDistFixture() });
const { officer, otherOfficer, admin, researcher, otherResearcher, buyer, anonymous } = useDemoClients(server);
let sectors: string[];
let irst: { id: string; officerId: string; platformId: string };
let int: { id: string; officerId: string; platformId: string };

beforeAll(async () => {
  sectors = await sectorIds(server);
  const em = server.orm.em.fork();
  const ids = async (slug: string, officerEmail: string) => {
    const [row] = await em.execute<{ institution_id: number; officer_id: number; platform_id: number }[]>(
      `select i.id as institution_id, u.id as officer_id, (select min(p.id) from platform p where p.institution_id = i.id) as platform_id
       from institution i join app_user u on u.institution_id = i.id where i.slug = ? and u.email = ?`,
      [slug, officerEmail],
    );
    return {
      id: toGlobalId('Institution', row!.institution_id),
      officerId: toGlobalId('User', row!.officer_id),
      platformId: toGlobalId('Platform', row!.platform_id),
    };
  };
  irst = await ids('irst', 'officer.irst@tt.demo');
  int = await ids('int', 'officer.int@tt.demo');
});

let titles = 0;
/** A distinct title per draft, so slugs do not collide by accident. */
const uniqueTitle = (words = 'Urinary RNA signature for bladder cancer recurrence') => `${words} ${++titles}`;

async function draft(client: TestClient = officer, input: Record<string, unknown> = {}): Promise<Listing> {
  const payload = await create(client, { kind: 'INVENTION', title: uniqueTitle(), ...input });
  expect(payload.errors).toEqual([]);
  return payload.asset!;
}

async function completeDraft(client: TestClient = officer): Promise<Listing> {
  const created = await draft(client);
  const payload = await update(client, { id: created.id, ...completeFields(sectors) });
  expect(payload.errors).toEqual([]);
  return payload.asset!;
}

async function mails() {
  return server.orm.em
    .fork()
    .execute<{ recipient: string; data: { name: string; title: string; listingUrl: string } }[]>(
      `select recipient, data from outbox_message where template = 'listing-published' order by id`,
    );
}

describe('creating a listing', () => {
  it('an officer makes a draft of their institute: slug from the title, themselves as contact, issues listed', async () => {
    const payload = await create(officer, {
      kind: 'INVENTION',
      title: '  Spatial proteomics atlas for gastric tumours ',
    });
    expect(payload.errors).toEqual([]);
    const asset = payload.asset!;
    expect(asset).toMatchObject({
      status: 'DRAFT',
      title: 'Spatial proteomics atlas for gastric tumours',
      slug: 'spatial-proteomics-atlas-for-gastric-tumours',
      institution: { id: irst.id },
      contactOfficerUser: { id: irst.officerId },
      trl: 1,
      ipStatus: 'NONE',
      developmentStage: 'DISCOVERY',
      publishedAt: null,
      viewerCanEdit: true,
      allowedTransitions: ['PUBLISHED', 'ARCHIVED'],
      sourceDisclosure: null,
    });
    expect(asset.publicationIssues.map((issue) => issue.field).sort()).toEqual(
      ['benefits', 'description', 'partneringModels', 'problem', 'sectorIds', 'summary'].sort(),
    );
    // The same title again: a slug of its own.
    const twin = await create(officer, { kind: 'PROTOTYPE', title: 'Spatial proteomics atlas for gastric tumours' });
    expect(twin.asset!.slug).toBe('spatial-proteomics-atlas-for-gastric-tumours-2');
  });

  it('a service starts in service; an admin names the institute; a title is required', async () => {
    const missing = await create(admin, { kind: 'SERVICE', title: uniqueTitle('Biobank sample access') });
    expect(missing.errors).toEqual([
      expect.objectContaining({ field: 'institutionId', code: 'LISTING_INSTITUTE_REQUIRED' }),
    ]);
    const unknown = await create(admin, {
      kind: 'SERVICE',
      title: 'x',
      institutionId: toGlobalId('Institution', 99_999),
    });
    expect(unknown.errors).toEqual([expect.objectContaining({ field: 'institutionId', code: 'INSTITUTE_NOT_FOUND' })]);
    const made = await create(admin, {
      kind: 'SERVICE',
      title: uniqueTitle('Biobank sample access'),
      institutionId: int.id,
    });
    expect(made.errors).toEqual([]);
    expect(made.asset).toMatchObject({ kind: 'SERVICE', developmentStage: 'IN_SERVICE', institution: { id: int.id } });
    expect(made.asset!.contactOfficerUser).toBeNull();
    expect(made.asset!.publicationIssues.map((issue) => issue.field)).toEqual(
      expect.arrayContaining(['turnaround', 'pricingModel']),
    );
    const blank = await create(officer, { kind: 'INVENTION', title: '   ' });
    expect(blank.errors).toEqual([expect.objectContaining({ field: 'title', code: 'TITLE_REQUIRED' })]);
  });

  it('only the office creates, and an officer only for their own institute', async () => {
    const input = { kind: 'INVENTION', title: 'Not theirs to make' };
    for (const client of [researcher, buyer])
      expect(errorCategory(await client.gql(CREATE, { input }))).toBe('FORBIDDEN');
    expect(errorCategory(await anonymous.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCategory(await officer.gql(CREATE, { input: { ...input, institutionId: int.id } }))).toBe('FORBIDDEN');
  });
});

describe('creating a listing from a disclosure', () => {
  it('pre-fills it from an accepted disclosure, links both ways and links the researcher as inventor', async () => {
    const disclosureId = await disclosureIn(researcher, officer);
    await officer.gql(
      'mutation($id: ID!) { assessDisclosure(input: { id: $id, recommendation: FILE_PATENT }) { errors { code } } }',
      {
        id: disclosureId,
      },
    );
    const payload = await create(officer, { kind: 'INVENTION', title: '', fromDisclosureId: disclosureId });
    expect(payload.errors).toEqual([]);
    const asset = payload.asset!;
    expect(asset).toMatchObject({
      status: 'DRAFT',
      title: DISCLOSURE_FORM.title,
      description: DISCLOSURE_FORM.solution,
      problem: DISCLOSURE_FORM.problem,
      benefits: DISCLOSURE_FORM.novelty,
      applications: ['Relapse monitoring', 'Companion diagnostics'],
      trl: 4,
      ipStatus: 'PATENT_PENDING',
      sourceDisclosure: { id: disclosureId },
      inventors: [
        expect.objectContaining({ name: 'Giulia Zanetti', affiliation: 'IRST IRCCS' }),
        expect.objectContaining({ name: 'Bruno Neri', affiliation: 'OncoPharm S.p.A.' }),
      ],
    });
    // The abstract, cut after the last whole sentence that fits the 400 characters.
    expect(asset.summary.length).toBeLessThanOrEqual(400);
    expect(asset.summary.length).toBeGreaterThan(300);
    expect(DISCLOSURE_FORM.abstract.startsWith(asset.summary)).toBe(true);
    expect(asset.summary.endsWith('.')).toBe(true);

    const em = server.orm.em.fork();
    const inventors = await em.execute<{ name: string; email: string | null }[]>(
      `select i.name, u.email from asset_inventor x join inventor i on i.id = x.inventor_id
       left join app_user u on u.id = i.user_id where x.asset_id = ? order by x.position`,
      [numericId(asset.id)],
    );
    expect(inventors).toEqual([
      { name: 'Giulia Zanetti', email: 'researcher.irst@tt.demo' },
      { name: 'Bruno Neri', email: null },
    ]);
    // The link from the disclosure: the office sees it, its researcher does not.
    const LINK = 'query($id: ID!) { node(id: $id) { ... on Disclosure { status listing { id status } } } }';
    const seen = await officer.gql<{ node: { listing: { id: string } | null } }>(LINK, { id: disclosureId });
    expect(seen.data!.node).toEqual({ status: 'ACCEPTED', listing: { id: asset.id, status: 'DRAFT' } });
    const hidden = await researcher.gql<{ node: { listing: unknown } }>(LINK, { id: disclosureId });
    expect(hidden.data!.node).toEqual({ status: 'ACCEPTED', listing: null });
  });

  it('a disclosure has one listing: a second attempt points to the existing one', async () => {
    const disclosureId = await disclosureIn(researcher, officer);
    const first = await create(officer, { kind: 'INVENTION', title: 'First listing', fromDisclosureId: disclosureId });
    expect(first.errors).toEqual([]);
    for (const client of [officer, admin]) {
      const second = await create(client, {
        kind: 'PROTOTYPE',
        title: 'Second listing',
        fromDisclosureId: disclosureId,
      });
      expect(second.errors).toEqual([expect.objectContaining({ field: 'fromDisclosureId', code: 'LISTING_EXISTS' })]);
      expect(second.asset?.id).toBe(first.asset!.id);
    }
    // Even concurrently: one listing.
    const another = await disclosureIn(researcher, officer);
    const results = await Promise.all(
      [1, 2, 3].map((n) => create(officer, { kind: 'INVENTION', title: `Race ${n}`, fromDisclosureId: another })),
    );
    expect(results.filter((result) => result.errors.length === 0)).toHaveLength(1);
    const [{ count }] = (await server.orm.em
      .fork()
      .execute<{ count: number }[]>(`select count(*)::int as count from asset where title like 'Race %'`)) as [
      { count: number },
    ];
    expect(count).toBe(1);
  });

  it('refuses a disclosure that is not accepted, or not of the institute', async () => {
    const submitted = await disclosureIn(researcher, officer, 'SUBMITTED');
    const underReview = await disclosureIn(researcher, officer, 'UNDER_REVIEW');
    for (const id of [submitted, underReview]) {
      const refused = await create(officer, { kind: 'INVENTION', title: 'Too early', fromDisclosureId: id });
      expect(refused.errors).toEqual([
        expect.objectContaining({ field: 'fromDisclosureId', code: 'DISCLOSURE_NOT_ACCEPTED' }),
      ]);
      expect(refused.asset).toBeNull();
    }
    const accepted = await disclosureIn(researcher, officer);
    // An officer of another institute learns nothing: the same answer as for a disclosure that does not exist.
    const foreign = await create(otherOfficer, { kind: 'INVENTION', title: 'Not ours', fromDisclosureId: accepted });
    const missing = await create(otherOfficer, {
      kind: 'INVENTION',
      title: 'Not ours',
      fromDisclosureId: toGlobalId('Disclosure', 99_999),
    });
    expect(foreign.errors).toEqual([
      expect.objectContaining({ field: 'fromDisclosureId', code: 'DISCLOSURE_NOT_FOUND_IN_INSTITUTE' }),
    ]);
    expect(missing.errors).toEqual(foreign.errors);
    // An admin naming the wrong institute.
    const mismatch = await create(admin, {
      kind: 'INVENTION',
      title: 'Wrong institute',
      fromDisclosureId: accepted,
      institutionId: int.id,
    });
    expect(mismatch.errors).toEqual([
      expect.objectContaining({ field: 'institutionId', code: 'LISTING_INSTITUTE_MISMATCH' }),
    ]);
    // Researchers, even its own, do not make listings.
    expect(
      errorCategory(
        await researcher.gql(CREATE, { input: { kind: 'INVENTION', title: 'x', fromDisclosureId: accepted } }),
      ),
    ).toBe('FORBIDDEN');
    // Nothing was linked by the refusals.
    const [row] = await server.orm.em
      .fork()
      .execute<{ asset_id: number | null }[]>(`select asset_id from disclosure where id = ?`, [numericId(accepted)]);
    expect(row!.asset_id).toBeNull();
  });
});

describe('editing a listing', () => {
  it('saves the fields given and leaves the others', async () => {
    const created = await draft();
    const payload = await update(officer, {
      id: created.id,
      ...completeFields(sectors),
      inventors: [
        { name: 'Elisa Montanari', affiliation: 'IRST IRCCS, Bioscience Laboratory' },
        { name: 'New Person', affiliation: 'Università di Bologna' },
      ],
      platformId: irst.platformId,
      contactOfficerId: irst.officerId,
    });
    expect(payload.errors).toEqual([]);
    const { sectorIds: _, ...fields } = completeFields(sectors);
    expect(payload.asset).toMatchObject({
      ...fields,
      sectors: sectors.map((id) => ({ id })),
      platform: { id: irst.platformId },
      inventors: [
        expect.objectContaining({ name: 'Elisa Montanari' }),
        expect.objectContaining({ name: 'New Person', affiliation: 'Università di Bologna' }),
      ],
      publicationIssues: [],
      title: created.title,
    });
    // An existing public profile is reused, not copied.
    const [{ count }] = (await server.orm.em
      .fork()
      .execute<{ count: number }[]>(`select count(*)::int as count from inventor where name = 'Elisa Montanari'`)) as [
      { count: number },
    ];
    expect(count).toBe(1);
    const partial = await update(officer, { id: created.id, keywords: ['only this'], platformId: null });
    expect(partial.asset).toMatchObject({
      keywords: ['only this'],
      platform: null,
      summary: completeFields(sectors).summary,
    });
  });

  it('refuses values out of bounds, with the field of each, and changes nothing', async () => {
    const created = await draft();
    const payload = await update(officer, {
      id: created.id,
      title: 'Changed title that must not be saved',
      summary: 'x'.repeat(401),
      trl: 12,
      keywords: ['ok', 'k'.repeat(61)],
      sectorIds: [sectors[0], toGlobalId('Sector', 99_999), 'garbage'],
      platformId: int.platformId,
      contactOfficerId: int.officerId,
      inventors: [{ name: 'X', affiliation: '' }],
    });
    expect(payload.errors.map((error) => [error.field, error.code]).sort()).toEqual(
      [
        ['summary', 'SUMMARY_TOO_LONG'],
        ['trl', 'TRL_INVALID'],
        ['keywords.1', 'KEYWORD_TOO_LONG'],
        ['sectorIds.1', 'SECTOR_UNKNOWN'],
        ['sectorIds.2', 'SECTOR_UNKNOWN'],
        ['platformId', 'PLATFORM_INVALID'],
        ['contactOfficerId', 'CONTACT_OFFICER_INVALID'],
        ['inventors.0.name', 'INVENTOR_NAME_REQUIRED'],
        ['inventors.0.affiliation', 'INVENTOR_AFFILIATION_REQUIRED'],
      ].sort(),
    );
    expect(payload.asset).toMatchObject({
      title: created.title,
      slug: created.slug,
      trl: 1,
      updatedAt: created.updatedAt,
    });
  });

  it('a stale expectedUpdatedAt is a VERSION_CONFLICT with the current listing; the current one saves', async () => {
    const created = await draft();
    const first = await update(officer, {
      id: created.id,
      expectedUpdatedAt: created.updatedAt,
      summary: 'From the first tab',
    });
    expect(first.errors).toEqual([]);
    expect(first.asset!.updatedAt).not.toBe(created.updatedAt);
    const stale = await update(officer, {
      id: created.id,
      expectedUpdatedAt: created.updatedAt,
      summary: 'From the second tab',
    });
    expect(stale.errors).toEqual([expect.objectContaining({ field: 'expectedUpdatedAt', code: 'VERSION_CONFLICT' })]);
    expect(stale.asset).toMatchObject({ summary: 'From the first tab', updatedAt: first.asset!.updatedAt });
    const fresh = await update(officer, {
      id: created.id,
      expectedUpdatedAt: first.asset!.updatedAt,
      summary: 'From the second tab, reloaded',
    });
    expect(fresh.errors).toEqual([]);
    // Concurrent saves of one version: exactly one wins.
    const version = fresh.asset!.updatedAt;
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        update(officer, { id: created.id, expectedUpdatedAt: version, summary: `Concurrent ${n}` }),
      ),
    );
    expect(results.filter((result) => result.errors.length === 0)).toHaveLength(1);
  });

  it('a published listing stays complete; an archived one is restored before it is edited', async () => {
    const listing = await completeDraft();
    expect((await publish(officer, listing.id)).errors).toEqual([]);
    const emptied = await update(officer, { id: listing.id, summary: '', sectorIds: [] });
    expect(emptied.errors.map((error) => [error.field, error.code]).sort()).toEqual([
      ['sectorIds', 'SECTORS_REQUIRED'],
      ['summary', 'SUMMARY_REQUIRED'],
    ]);
    expect(emptied.asset!.summary).toBe(listing.summary);
    expect((await update(officer, { id: listing.id, keywords: ['still fine'] })).errors).toEqual([]);
    expect((await archive(officer, listing.id)).asset!.status).toBe('ARCHIVED');
    const archived = await update(officer, { id: listing.id, keywords: ['no'] });
    expect(archived.errors).toEqual([expect.objectContaining({ field: 'id', code: 'LISTING_ARCHIVED_NOT_EDITABLE' })]);
    const restored = await restore(officer, listing.id);
    expect(restored.asset).toMatchObject({ status: 'DRAFT', allowedTransitions: ['PUBLISHED', 'ARCHIVED'] });
    expect((await update(officer, { id: listing.id, keywords: ['yes'] })).errors).toEqual([]);
  });

  it('nobody outside the office edits, and the refusal is the same for drafts, published and missing listings', async () => {
    const hidden = await draft();
    const published = await completeDraft();
    await publish(officer, published.id);
    const missing = toGlobalId('Asset', 99_999);
    for (const client of [otherOfficer, researcher, otherResearcher, buyer]) {
      const messages = new Set<string>();
      for (const id of [hidden.id, published.id, missing]) {
        const response = await client.gql(UPDATE, { input: { id, summary: 'Hijacked' } });
        expect(errorCategory(response)).toBe('FORBIDDEN');
        messages.add(response.errors![0]!.message);
        for (const mutation of ['publishListing', 'unpublishListing', 'archiveListing', 'restoreListing']) {
          const moved = await client.gql(`mutation($id: ID!) { ${mutation}(input: { id: $id }) { errors { code } } }`, {
            id,
          });
          expect(errorCategory(moved), mutation).toBe('FORBIDDEN');
        }
      }
      expect(messages.size).toBe(1);
    }
    expect(errorCategory(await anonymous.gql(UPDATE, { input: { id: hidden.id, summary: 'x' } }))).toBe(
      'UNAUTHENTICATED',
    );
    const unchanged = await officer.gql<{ node: Listing }>(BY_ID, { id: published.id });
    expect(unchanged.data!.node.summary).toBe(published.summary);
  });
});

describe('the Italian text', () => {
  const ITALIAN = {
    titleIt: 'Firma di RNA urinario per la recidiva del tumore della vescica',
    summaryIt: 'Un test non invasivo sulle urine che segnala la recidiva del tumore della vescica mesi prima.',
    descriptionIt: 'Un pannello di marcatori di RNA urinario, misurati in RT-qPCR su un semplice campione. '
      .repeat(3)
      .trim(),
    problemIt: 'Le cistoscopie di controllo sono invasive, costose e spesso negative.',
    benefitsIt: 'Meno cistoscopie, diagnosi più precoce e un semplice campione di urina.',
    applicationsIt: ['Sorveglianza del tumore della vescica non muscolo-invasivo'],
    keywordsIt: ['urine', 'RNA', 'recidiva'],
  };
  /** The Italian text as texts(language: IT) reads it back. */
  const STORED = {
    language: 'IT',
    title: ITALIAN.titleIt,
    summary: ITALIAN.summaryIt,
    description: ITALIAN.descriptionIt,
    problem: ITALIAN.problemIt,
    benefits: ITALIAN.benefitsIt,
    applications: ITALIAN.applicationsIt,
    keywords: ITALIAN.keywordsIt,
    turnaround: null,
  };
  const EDITOR = `query($id: ID!) { node(id: $id) { ... on Asset {
    title textLanguage publicationWarnings { field code }
    en: texts(language: EN) { language title summary keywords }
    it: texts(language: IT) { language title summary description problem benefits applications keywords turnaround }
  } } }`;
  type Editor = {
    title: string;
    textLanguage: string;
    publicationWarnings: { field: string; code: string }[];
    en: Record<string, unknown>;
    it: Record<string, unknown>;
  };
  const editor = async (client: TestClient, id: string, language?: string) => {
    const headers = language ? { 'accept-language': language } : undefined;
    const response = await server.gql<{ node: Editor }>(EDITOR, { id }, { cookie: client.cookie, headers });
    expect(response.errors).toBeUndefined();
    return response.data!.node;
  };

  it('is edited beside the English one, read back as stored in either language, and warned about until complete', async () => {
    const listing = await completeDraft();
    const before = await editor(officer, listing.id, 'it');
    // Not translated yet: shown in English even to an Italian reader, each missing text a warning.
    expect(before).toMatchObject({ title: listing.title, textLanguage: 'EN' });
    expect(before.publicationWarnings.map((warning) => warning.field)).toEqual([
      'titleIt',
      'summaryIt',
      'descriptionIt',
      'problemIt',
      'benefitsIt',
      'applicationsIt',
      'keywordsIt',
    ]);
    expect(before.it).toMatchObject({ language: 'IT', title: '', keywords: [], turnaround: null });
    // Warnings do not keep it from being published.
    expect((await publish(officer, listing.id)).errors).toEqual([]);

    const { keywordsIt: _, ...withoutKeywords } = ITALIAN;
    const saved = await update(officer, { id: listing.id, ...withoutKeywords, titleIt: `  ${ITALIAN.titleIt} ` });
    expect(saved.errors).toEqual([]);
    expect(saved.asset!.title).toBe(listing.title);
    const partly = await editor(officer, listing.id, 'it');
    expect(partly.publicationWarnings).toEqual([{ field: 'keywordsIt', code: 'TRANSLATION_MISSING' }]);
    expect(partly.textLanguage).toBe('EN');
    expect(partly.it.title).toBe(ITALIAN.titleIt);

    expect((await update(officer, { id: listing.id, keywordsIt: ITALIAN.keywordsIt })).errors).toEqual([]);
    const complete = await editor(officer, listing.id, 'it');
    expect(complete).toMatchObject({ title: ITALIAN.titleIt, textLanguage: 'IT', publicationWarnings: [] });
    expect(complete.en).toEqual({
      language: 'EN',
      title: listing.title,
      summary: listing.summary,
      keywords: listing.keywords,
    });
    expect(complete.it).toEqual(STORED);
    // English readers still get the English text; the editor's texts are the same whatever the request's language.
    const inEnglish = await editor(officer, listing.id, 'en');
    expect(inEnglish).toMatchObject({ title: listing.title, textLanguage: 'EN', it: complete.it, en: complete.en });
    // Anyone who sees the listing reads its texts; only the office is warned.
    const seen = await editor(buyer, listing.id, 'it');
    expect(seen).toMatchObject({ title: ITALIAN.titleIt, textLanguage: 'IT', publicationWarnings: [] });
  });

  it('has the English limits, and a published listing may lose its Italian text', async () => {
    const listing = await completeDraft();
    const refused = await update(officer, {
      id: listing.id,
      titleIt: 'x'.repeat(201),
      keywordsIt: ['ok', ' '],
      turnaroundIt: 'y'.repeat(201),
    });
    expect(refused.errors.map((error) => [error.field, error.code])).toEqual([
      ['titleIt', 'TITLE_TOO_LONG'],
      ['turnaroundIt', 'TURNAROUND_TOO_LONG'],
      ['keywordsIt.1', 'KEYWORD_REQUIRED'],
    ]);
    expect((await editor(officer, listing.id)).it.title).toBe('');
    await update(officer, { id: listing.id, ...ITALIAN });
    await publish(officer, listing.id);
    expect((await update(officer, { id: listing.id, titleIt: '', summaryIt: null })).errors).toEqual([]);
    const emptied = await editor(officer, listing.id, 'it');
    expect(emptied).toMatchObject({ textLanguage: 'EN', title: listing.title });
    expect(emptied.it).toMatchObject({ title: '', summary: '', description: ITALIAN.descriptionIt });
  });

  it('names the listing by its Italian title in the publication e-mail to someone who reads Italian', async () => {
    const people = server.orm.em.fork();
    await people.execute(`update app_user set language = 'it' where email = 'researcher.irst@tt.demo'`);
    try {
      const disclosureId = await disclosureIn(researcher, officer);
      const listing = (await create(officer, { kind: 'INVENTION', title: '', fromDisclosureId: disclosureId })).asset!;
      expect((await update(officer, { id: listing.id, ...completeFields(sectors), ...ITALIAN })).errors).toEqual([]);
      const before = (await mails()).length;
      expect((await publish(officer, listing.id)).errors).toEqual([]);
      const sent = (await mails()).slice(before);
      expect(sent.map((mail) => [mail.recipient, mail.data.title])).toEqual([
        ['researcher.irst@tt.demo', ITALIAN.titleIt],
      ]);
      expect(new URL(sent[0]!.data.listingUrl).pathname).toMatch(/^\/it\/assets\//);
    } finally {
      await people.execute(`update app_user set language = 'en' where email = 'researcher.irst@tt.demo'`);
    }
  });
});

describe('publishing', () => {
  it('each missing piece blocks publication with its own field', async () => {
    const listing = await completeDraft();
    const cases: [Record<string, unknown>, string][] = [
      [{ summary: '' }, 'summary'],
      [{ summary: 'Too short to tell a buyer anything.' }, 'summary'],
      [{ description: '' }, 'description'],
      [{ problem: '' }, 'problem'],
      [{ benefits: '' }, 'benefits'],
      [{ sectorIds: [] }, 'sectorIds'],
      [{ partneringModels: [] }, 'partneringModels'],
      [{ patentNumbers: [] }, 'patentNumbers'],
      [{ kind: 'SERVICE', ipStatus: 'KNOW_HOW' }, 'turnaround'],
    ];
    const complete = completeFields(sectors);
    for (const [change, field] of cases) {
      expect((await update(officer, { id: listing.id, ...complete, kind: 'INVENTION', ...change })).errors).toEqual([]);
      const refused = await publish(officer, listing.id);
      expect(
        refused.errors.map((error) => error.field),
        JSON.stringify(change),
      ).toContain(field);
      expect(refused.asset!.status).toBe('DRAFT');
      expect(refused.asset!.publicationIssues).toEqual(refused.errors);
    }
    const service = await update(officer, { id: listing.id, ...complete, kind: 'SERVICE', ipStatus: 'KNOW_HOW' });
    expect(service.asset!.publicationIssues.map((issue) => issue.field).sort()).toEqual(['pricingModel', 'turnaround']);
    await update(officer, { id: listing.id, turnaround: '3 weeks', pricingModel: 'PER_SAMPLE' });
    expect((await publish(officer, listing.id)).errors).toEqual([]);
  });

  it('publishing a listing from a disclosure: dated, disclosure PUBLISHED with history, e-mail with the public link', async () => {
    const disclosureId = await disclosureIn(researcher, officer);
    const created = await create(officer, { kind: 'INVENTION', title: '', fromDisclosureId: disclosureId });
    const listing = created.asset!;
    expect((await update(officer, { id: listing.id, ...completeFields(sectors) })).errors).toEqual([]);
    const before = (await mails()).length;
    const published = await publish(officer, listing.id);
    expect(published.errors).toEqual([]);
    expect(published.asset).toMatchObject({ status: 'PUBLISHED', allowedTransitions: ['DRAFT', 'ARCHIVED'] });
    expect(Date.now() - Date.parse(published.asset!.publishedAt!)).toBeLessThan(60_000);

    const disclosure = await officer.gql<{
      node: { status: string; history: { from: string; to: string; actorName: string }[] };
    }>('query($id: ID!) { node(id: $id) { ... on Disclosure { status history { from to actorName } } } }', {
      id: disclosureId,
    });
    expect(disclosure.data!.node.status).toBe('PUBLISHED');
    expect(disclosure.data!.node.history.at(-1)).toMatchObject({ from: 'ACCEPTED', to: 'PUBLISHED' });

    const sent = (await mails()).slice(before);
    expect(sent).toEqual([
      {
        recipient: 'researcher.irst@tt.demo',
        data: expect.objectContaining({
          name: 'Giulia Zanetti',
          title: DISCLOSURE_FORM.title,
          listingUrl: expect.stringMatching(new RegExp(`/assets/${published.asset!.slug}$`)),
        }),
      },
    ]);
    // The public finds it, by search too.
    const found = await anonymous.gql<{ assets: { edges: { node: { id: string } }[] } }>(
      'query($q: String) { assets(query: $q, first: 50) { edges { node { id } } } }',
      { q: '"Liquid biopsy panel for early relapse detection"' },
    );
    expect(found.data!.assets.edges.map((edge) => edge.node.id)).toContain(listing.id);

    // Unpublished and published again: back to DRAFT in between, the first date kept, no second e-mail.
    const unpublished = await unpublish(officer, listing.id);
    expect(unpublished.asset).toMatchObject({ status: 'DRAFT', publishedAt: published.asset!.publishedAt });
    expect((await unpublish(officer, listing.id)).errors).toEqual([
      expect.objectContaining({ code: 'LISTING_ALREADY_DRAFT' }),
    ]);
    expect((await restore(officer, listing.id)).errors).toEqual([
      expect.objectContaining({ code: 'LISTING_ALREADY_DRAFT' }),
    ]);
    const again = await publish(officer, listing.id);
    expect(again.asset).toMatchObject({ status: 'PUBLISHED', publishedAt: published.asset!.publishedAt });
    expect((await mails()).length).toBe(before + 1);
  });

  it('the admin publishes too; an archived listing is restored as a draft, never published straight away', async () => {
    const listing = await completeDraft();
    expect((await archive(admin, listing.id)).asset!.status).toBe('ARCHIVED');
    expect((await publish(admin, listing.id)).errors).toEqual([
      expect.objectContaining({ code: 'LISTING_TRANSITION_NOT_ALLOWED' }),
    ]);
    expect((await restore(admin, listing.id)).asset!.status).toBe('DRAFT');
    expect((await publish(admin, listing.id)).asset!.status).toBe('PUBLISHED');
  });
});

describe('slugs', () => {
  it('follow the title; a published listing keeps its former slugs as redirects (GraphQL and HTTP 301)', async () => {
    const listing = await completeDraft();
    // Before publication the slug simply follows the title.
    const renamedDraft = await update(officer, { id: listing.id, title: 'Urine test for bladder cancer follow-up' });
    expect(renamedDraft.asset!.slug).toBe('urine-test-for-bladder-cancer-follow-up');
    const draftTrail = await officer.gql<{ asset: unknown }>(BY_SLUG, { slug: listing.slug });
    expect(draftTrail.data!.asset).toBeNull();

    await publish(officer, listing.id);
    const oldSlug = 'urine-test-for-bladder-cancer-follow-up';
    // Saving the same title changes nothing.
    expect(
      (await update(officer, { id: listing.id, title: 'Urine test for bladder cancer follow-up' })).asset!.slug,
    ).toBe(oldSlug);
    const renamed = await update(officer, { id: listing.id, title: 'Urinary RNA test for bladder cancer follow-up' });
    const newSlug = 'urinary-rna-test-for-bladder-cancer-follow-up';
    expect(renamed.asset!.slug).toBe(newSlug);

    for (const client of [anonymous, buyer]) {
      const viaOld = await client.gql<{ asset: { id: string; slug: string } | null }>(BY_SLUG, { slug: oldSlug });
      expect(viaOld.data!.asset).toMatchObject({ id: listing.id, slug: newSlug });
    }
    const redirect = await fetch(`${server.url}/assets/${oldSlug}?ref=mail`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`/assets/${newSlug}?ref=mail`);
    const current = await fetch(`${server.url}/assets/${newSlug}`, { redirect: 'manual' });
    expect(current.status).not.toBe(301);

    // Another listing cannot take a former slug: old links never land elsewhere.
    const other = await create(officer, { kind: 'INVENTION', title: 'Urine test for bladder cancer follow-up' });
    expect(other.asset!.slug).toBe(`${oldSlug}-2`);

    // The old title again: the listing takes its slug back, and the one in between redirects.
    const back = await update(officer, { id: listing.id, title: 'Urine test for bladder cancer follow-up' });
    expect(back.asset!.slug).toBe(oldSlug);
    const viaMiddle = await anonymous.gql<{ asset: { slug: string } | null }>(BY_SLUG, { slug: newSlug });
    expect(viaMiddle.data!.asset).toMatchObject({ slug: oldSlug });

    // Unpublished: no redirect reveals it, neither over HTTP nor through GraphQL.
    await unpublish(officer, listing.id);
    expect((await fetch(`${server.url}/assets/${newSlug}`, { redirect: 'manual' })).status).not.toBe(301);
    expect((await anonymous.gql<{ asset: unknown }>(BY_SLUG, { slug: newSlug })).data!.asset).toBeNull();
    expect((await officer.gql<{ asset: { id: string } }>(BY_SLUG, { slug: newSlug })).data!.asset).toMatchObject({
      id: listing.id,
    });
  });
});

describe('the office list', () => {
  const LIST = `query($filter: OfficeListingFilter, $first: Int, $after: String) {
    officeListings(filter: $filter, first: $first, after: $after) {
      totalCount statusCounts { status count } pageInfo { hasNextPage endCursor }
      edges { cursor node { id status updatedAt institution { slug } } } } }`;
  interface Page {
    officeListings: {
      totalCount: number;
      statusCounts: { status: string; count: number }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; status: string; updatedAt: string; institution: { slug: string } } }[];
    };
  }

  async function all(client: TestClient, filter: Record<string, unknown> = {}) {
    const nodes: Page['officeListings']['edges'][number]['node'][] = [];
    let after: string | null = null;
    let first: Page['officeListings'] | null = null;
    do {
      const response: { data?: Page; errors?: unknown } = await client.gql<Page>(LIST, { filter, first: 7, after });
      expect(response.errors).toBeUndefined();
      first ??= response.data!.officeListings;
      nodes.push(...response.data!.officeListings.edges.map((edge) => edge.node));
      after = response.data!.officeListings.pageInfo.hasNextPage
        ? response.data!.officeListings.pageInfo.endCursor
        : null;
    } while (after);
    return { nodes, totalCount: first!.totalCount, statusCounts: first!.statusCounts };
  }

  it("an officer sees their institute's listings in every status, last changed first, with counts", async () => {
    const fresh = await draft();
    const { nodes, totalCount, statusCounts } = await all(officer);
    const rows = await server.orm.em.fork().execute<{ status: string; count: number }[]>(
      `select a.status, count(*)::int as count from asset a join institution i on i.id = a.institution_id
       where i.slug = 'irst' group by a.status`,
    );
    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(totalCount);
    expect(nodes.every((node) => node.institution.slug === 'irst')).toBe(true);
    expect(nodes[0]!.id).toBe(fresh.id);
    const times = nodes.map((node) => Date.parse(node.updatedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const row of rows) expect(statusCounts).toContainEqual({ status: row.status, count: row.count });
    expect(new Set(nodes.map((node) => node.status))).toEqual(new Set(['DRAFT', 'PUBLISHED', 'ARCHIVED']));
  });

  it('filters by status and by words of the title', async () => {
    const drafts = await all(officer, { statuses: ['DRAFT', 'ARCHIVED'] });
    expect(drafts.nodes.every((node) => node.status !== 'PUBLISHED')).toBe(true);
    expect(drafts.statusCounts.find((count) => count.status === 'PUBLISHED')!.count).toBeGreaterThan(0);
    const named = await draft(officer, { title: uniqueTitle('Zebrafish xenograft 100%_screen') });
    const found = await all(officer, { query: 'xenograft 100%_' });
    expect(found.nodes.map((node) => node.id)).toEqual([named.id]);
  });

  it('an admin sees every institute; researchers and companies are refused', async () => {
    const { nodes } = await all(admin);
    expect(new Set(nodes.map((node) => node.institution.slug))).toEqual(new Set(['irst', 'int']));
    for (const client of [researcher, buyer]) expect(errorCategory(await client.gql(LIST, {}))).toBe('FORBIDDEN');
    expect(errorCategory(await anonymous.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });
});

describe("a researcher's listings", () => {
  const MINE = `query($first: Int, $after: String) { myListings(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status title interestSummary { total open byType { interestType count } } } } } }`;
  interface Mine {
    myListings: {
      totalCount: number;
      edges: { node: { id: string; status: string; interestSummary: { total: number; open: number } } }[];
    };
  }

  it('the published listings they are an inventor of, with the interest they draw; not drafts', async () => {
    const before = await researcher.gql<Mine>(MINE, { first: 100 });
    expect(before.errors).toBeUndefined();
    const count = before.data!.myListings.totalCount;
    expect(before.data!.myListings.edges.every((edge) => edge.node.status === 'PUBLISHED')).toBe(true);

    const disclosureId = await disclosureIn(researcher, officer);
    const listing = (await create(officer, { kind: 'INVENTION', title: '', fromDisclosureId: disclosureId })).asset!;
    await update(officer, { id: listing.id, ...completeFields(sectors) });
    const asDraft = await researcher.gql<Mine>(MINE, { first: 100 });
    expect(asDraft.data!.myListings.edges.map((edge) => edge.node.id)).not.toContain(listing.id);

    await publish(officer, listing.id);
    await buyer.gql(
      `mutation($id: ID!) { submitExpressionOfInterest(input: { assetId: $id, interestType: LICENSE,
        message: "We would like to evaluate this test in our diagnostics pipeline.", idempotencyKey: "my-listings-1" }) { errors { code } } }`,
      { id: listing.id },
    );
    const after = await researcher.gql<Mine>(MINE, { first: 100 });
    expect(after.data!.myListings.totalCount).toBe(count + 1);
    const mine = after.data!.myListings.edges.find((edge) => edge.node.id === listing.id);
    expect(mine!.node.interestSummary).toMatchObject({ total: 1, open: 1 });
    // Not someone else's: the INT researcher is no inventor of it.
    const others = await otherResearcher.gql<Mine>(MINE, { first: 100 });
    expect(others.data!.myListings.edges.map((edge) => edge.node.id)).not.toContain(listing.id);
    // Paging covers them all once.
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: {
        data?: {
          myListings: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] };
        };
      } = await researcher.gql(MINE, { first: 1, after: cursor });
      ids.push(...page.data!.myListings.edges.map((edge) => edge.node.id));
      cursor = page.data!.myListings.pageInfo.hasNextPage ? page.data!.myListings.pageInfo.endCursor : null;
    } while (cursor);
    expect(ids).toHaveLength(count + 1);
    expect(new Set(ids).size).toBe(count + 1);
  });

  it('only researchers have them', async () => {
    for (const client of [officer, admin, buyer]) expect(errorCategory(await client.gql(MINE, {}))).toBe('FORBIDDEN');
    expect(errorCategory(await anonymous.gql(MINE, {}))).toBe('UNAUTHENTICATED');
  });
});
