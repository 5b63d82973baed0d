import { beforeAll, describe, expect, it } from 'vitest';
import { inLanguage } from '../../test-support/client-in-language.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  CLOSE_REQUEST,
  inDays,
  PUBLISH_REQUEST,
  publishedListings,
  publishRequest,
  RESPOND,
  type RequestView,
  requestInput,
  sectorIdsBySlug,
  UPDATE_REQUEST,
  type UserErrorView,
} from '../../test-support/technology-request-fixtures.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const { buyer, otherBuyer, officer, researcher, admin, anonymous } = useDemoClients(server);
let sectors: string[];

beforeAll(async () => {
  sectors = await sectorIdsBySlug(server, 'liquid-biopsy', 'genomic-testing');
});

interface Payload {
  technologyRequest: RequestView | null;
  errors: UserErrorView[];
}
type PublishData = { publishTechnologyRequest: Payload };
type UpdateData = { updateTechnologyRequest: Payload };
type CloseData = { closeTechnologyRequest: Payload };

async function storedRequest(slug: string) {
  const [row] = await server.orm.em
    .fork()
    .execute<{ author_email: string; company: string; expiry_reminder_sent_at: string | null; language: string }[]>(
      `select u.email as author_email, c.slug as company, r.expiry_reminder_sent_at, r.language
       from technology_request r join app_user u on u.id = r.author_id join company c on c.id = r.company_id
       where r.slug = ?`,
      [slug],
    );
  return row!;
}

describe('publishing a technology request', () => {
  it('publishes one for the member’s company, open, with a slug from its title', async () => {
    const request = await publishRequest(
      buyer,
      requestInput(sectors, { title: 'Methylation panel for bladder cancer' }),
    );
    expect(request).toMatchObject({
      slug: 'methylation-panel-for-bladder-cancer',
      title: 'Methylation panel for bladder cancer',
      companyName: 'OncoPharm S.p.A.',
      language: 'EN',
      trlMin: 4,
      trlMax: 7,
      partneringModels: ['LICENSE_EXCLUSIVE', 'CO_DEVELOPMENT'],
      budgetBand: 'FROM_250K_TO_1M',
      visibility: 'PUBLIC',
      status: 'OPEN',
      closedAt: null,
      viewerIsRequester: true,
      viewerCanRespond: false,
    });
    expect(request.sectors.map((sector) => sector.slug).sort()).toEqual(['genomic-testing', 'liquid-biopsy']);
    expect(await storedRequest(request.slug)).toMatchObject({
      author_email: 'buyer@oncopharm.demo',
      company: 'oncopharm',
    });

    const twin = await publishRequest(
      otherBuyer,
      requestInput(sectors, { title: 'Methylation panel for bladder cancer' }),
    );
    expect(twin.slug).toBe('methylation-panel-for-bladder-cancer-2');
    expect(twin.companyName).not.toBe('OncoPharm S.p.A.');
  });

  it('records the language of the page it was written on', async () => {
    const italian = inLanguage(server, buyer, 'it');
    const request = await publishRequest(
      italian,
      requestInput(sectors, {
        title: 'Saggio di biopsia liquida per il tumore del polmone',
        description:
          'Cerchiamo un saggio su DNA circolante per il monitoraggio della malattia minima residua nel tumore del polmone, già validato su casistiche cliniche.',
        motivation: '',
      }),
    );
    expect(request.language).toBe('IT');
    expect(request.motivation).toBe('');
  });

  it('refuses what breaks the rules, field by field, and publishes nothing', async () => {
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ title: '  ' }, [['title', 'TITLE_REQUIRED']]],
      [{ title: 'Too short' }, [['title', 'TITLE_TOO_SHORT']]],
      [{ title: 'x'.repeat(201) }, [['title', 'TITLE_TOO_LONG']]],
      [{ description: 'Something, vaguely.' }, [['description', 'DESCRIPTION_TOO_SHORT']]],
      [{ motivation: 'y'.repeat(4001) }, [['motivation', 'TEXT_TOO_LONG']]],
      [{ sectorIds: [] }, [['sectorIds', 'SECTORS_REQUIRED']]],
      [{ sectorIds: [sectors[0], 'not-a-sector'] }, [['sectorIds.1', 'SECTOR_UNKNOWN']]],
      [{ trlMin: 0 }, [['trlMin', 'TRL_INVALID']]],
      [{ trlMin: 8, trlMax: 5 }, [['trlMin', 'REQUEST_TRL_INVERTED']]],
      [{ partneringModels: [] }, [['partneringModels', 'PARTNERING_MODELS_REQUIRED']]],
      [{ partneringModels: ['OPTION', 'OPTION'] }, [['partneringModels', 'PARTNERING_MODEL_DUPLICATE']]],
      [{ deadline: inDays(0) }, [['deadline', 'REQUEST_DEADLINE_PAST']]],
      [{ deadline: inDays(-3) }, [['deadline', 'REQUEST_DEADLINE_PAST']]],
      [{ deadline: inDays(600) }, [['deadline', 'REQUEST_DEADLINE_TOO_FAR']]],
      [{ deadline: '2027-02-30' }, [['deadline', 'DATE_INVALID']]],
      [
        { title: 'Short', sectorIds: [] },
        [
          ['title', 'TITLE_TOO_SHORT'],
          ['sectorIds', 'SECTORS_REQUIRED'],
        ],
      ],
    ];
    for (const [changes, expected] of cases) {
      const response = await buyer.gql<PublishData>(PUBLISH_REQUEST, { input: requestInput(sectors, changes) });
      const payload = response.data!.publishTechnologyRequest;
      expect(payload.technologyRequest, JSON.stringify(changes)).toBeNull();
      expect(payload.errors.map((error) => [error.field, error.code])).toEqual(expected);
    }
    const [counted] = await server.orm.em
      .fork()
      .execute<{ count: string }[]>(`select count(*) from technology_request where title in ('Short', 'Too short')`);
    expect(Number(counted?.count)).toBe(0);
  });

  it('checks the text at the edge: control characters are refused before any rule', async () => {
    const response = await buyer.gql(PUBLISH_REQUEST, {
      input: requestInput(sectors, { title: 'Assay\u0000 with a NUL' }),
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      category: 'BAD_USER_INPUT',
      code: 'TEXT_CONTROL_CHARACTER',
    });
  });

  it('is for company members only', async () => {
    for (const client of [officer, researcher, admin, anonymous]) {
      const response = await client.gql(PUBLISH_REQUEST, { input: requestInput(sectors) });
      expect(response.errors?.[0]?.extensions?.category).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    }
  });
});

describe('editing and closing a request', () => {
  it('lets its company save it as it is to be; nobody else', async () => {
    const request = await publishRequest(
      buyer,
      requestInput(sectors, { title: 'Organoid models of pancreatic cancer' }),
    );
    const changes = requestInput(sectors, {
      id: request.id,
      title: 'Organoid models of pancreatic and biliary cancers',
      trlMin: 2,
      trlMax: 4,
      visibility: 'OFFICES',
      budgetBand: null,
    });
    for (const client of [otherBuyer, officer, admin]) {
      const refused = await client.gql<UpdateData>(UPDATE_REQUEST, { input: changes });
      expect(refused.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    }
    const saved = await buyer.gql<UpdateData>(UPDATE_REQUEST, { input: changes });
    expect(saved.data!.updateTechnologyRequest.errors).toEqual([]);
    expect(saved.data!.updateTechnologyRequest.technologyRequest).toMatchObject({
      // The slug stays: links already sent keep working.
      slug: request.slug,
      title: 'Organoid models of pancreatic and biliary cancers',
      trlMin: 2,
      trlMax: 4,
      visibility: 'OFFICES',
      budgetBand: null,
    });
    const invalid = await buyer.gql<UpdateData>(UPDATE_REQUEST, { input: { ...changes, trlMin: 5 } });
    expect(invalid.data!.updateTechnologyRequest.errors).toEqual([{ field: 'trlMin', code: 'REQUEST_TRL_INVERTED' }]);
  });

  it('sends a new reminder before a new deadline, and none again for the same one', async () => {
    const request = await publishRequest(
      buyer,
      requestInput(sectors, { title: 'Companion diagnostic for KRAS inhibitors' }),
    );
    const em = server.orm.em.fork();
    await em.execute(`update technology_request set expiry_reminder_sent_at = now() where slug = ?`, [request.slug]);
    const same = requestInput(sectors, { id: request.id, title: request.title, deadline: request.deadline });
    await buyer.gql(UPDATE_REQUEST, { input: same });
    expect((await storedRequest(request.slug)).expiry_reminder_sent_at).not.toBeNull();
    await buyer.gql(UPDATE_REQUEST, { input: { ...same, deadline: inDays(90) } });
    expect((await storedRequest(request.slug)).expiry_reminder_sent_at).toBeNull();
  });

  it('records a new language only when the texts change', async () => {
    const request = await publishRequest(
      buyer,
      requestInput(sectors, { title: 'Digital pathology for sarcoma grading' }),
    );
    const italian = inLanguage(server, buyer, 'it');
    const same = requestInput(sectors, { id: request.id, title: request.title, trlMax: 6 });
    await italian.gql(UPDATE_REQUEST, { input: same });
    expect((await storedRequest(request.slug)).language).toBe('en');
    await italian.gql(UPDATE_REQUEST, { input: { ...same, title: 'Patologia digitale per il grading dei sarcomi' } });
    expect((await storedRequest(request.slug)).language).toBe('it');
  });

  it('closes it as fulfilled or closed, once; a closed request is neither edited nor answered', async () => {
    const request = await publishRequest(
      buyer,
      requestInput(sectors, { title: 'Radiolabelled antibody for PET imaging' }),
    );
    const refused = await otherBuyer.gql<CloseData>(CLOSE_REQUEST, { id: request.id, status: 'CLOSED' });
    expect(refused.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    const invalid = await buyer.gql<CloseData>(CLOSE_REQUEST, { id: request.id, status: 'EXPIRED' });
    expect(invalid.data!.closeTechnologyRequest.errors).toEqual([
      { field: 'status', code: 'REQUEST_CLOSE_NOT_ALLOWED' },
    ]);

    const closed = await buyer.gql<CloseData>(CLOSE_REQUEST, { id: request.id, status: 'FULFILLED' });
    expect(closed.data!.closeTechnologyRequest.technologyRequest).toMatchObject({ status: 'FULFILLED' });
    expect(closed.data!.closeTechnologyRequest.technologyRequest!.closedAt).not.toBeNull();
    const again = await buyer.gql<CloseData>(CLOSE_REQUEST, { id: request.id, status: 'CLOSED' });
    expect(again.data!.closeTechnologyRequest.errors).toEqual([{ field: 'status', code: 'REQUEST_CLOSE_NOT_ALLOWED' }]);

    const edit = await buyer.gql<UpdateData>(UPDATE_REQUEST, {
      input: requestInput(sectors, { id: request.id, title: request.title }),
    });
    expect(edit.data!.updateTechnologyRequest.errors).toEqual([{ field: null, code: 'REQUEST_NOT_OPEN' }]);
    const [listing] = await publishedListings(server, 'irst');
    const respond = await officer.gql<{ respondToTechnologyRequest: { errors: UserErrorView[] } }>(RESPOND, {
      input: {
        requestId: request.id,
        kind: 'LISTINGS',
        listingIds: [listing!.globalId],
        message: 'This listing would have been a good match for your request.',
      },
    });
    expect(respond.data!.respondToTechnologyRequest.errors).toEqual([{ field: 'requestId', code: 'REQUEST_NOT_OPEN' }]);
  });
});
