import { EMBED_ORIGINS_MAX } from '@tt/shared/embed-origins';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import type { TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const { admin, officer, otherOfficer, researcher, buyer, anonymous } = useDemoClients(server);

const LIST = 'query($id: ID!) { institutionEmbedOrigins(institutionId: $id) }';
const ADD = `mutation($input: EmbedOriginInput!) { addEmbedOrigin(input: $input) { origins errors { field code } } }`;
const REMOVE = `mutation($input: EmbedOriginInput!) { removeEmbedOrigin(input: $input) { origins errors { field code } } }`;

let irst: string;
let int: string;

async function institutionId(slug: string): Promise<string> {
  const response = await anonymous.gql<{ institution: { id: string } }>(
    'query($slug: String!) { institution(slug: $slug) { id } }',
    { slug },
  );
  return response.data!.institution.id;
}

async function add(client: TestClient, institution: string, origin: string) {
  const response = await client.gql<{ addEmbedOrigin: { origins: string[] | null; errors: { code: string }[] } }>(ADD, {
    input: { institutionId: institution, origin },
  });
  return { response, payload: response.data?.addEmbedOrigin };
}

beforeAll(async () => {
  irst = await institutionId('irst');
  int = await institutionId('int');
});

describe('an institute’s embedding sites', () => {
  it('are added by its officers as normalised https origins, once each, and removed', async () => {
    const first = await add(officer, irst, 'https://WWW.irst.example/ricerca/tecnologie');
    expect(first.payload).toEqual({ origins: ['https://www.irst.example'], errors: [] });
    const again = await add(officer, irst, 'https://www.irst.example/');
    expect(again.payload?.origins).toEqual(['https://www.irst.example']);
    const listed = await officer.gql<{ institutionEmbedOrigins: string[] }>(LIST, { id: irst });
    expect(listed.data?.institutionEmbedOrigins).toEqual(['https://www.irst.example']);
    const removed = await officer.gql<{ removeEmbedOrigin: { origins: string[] } }>(REMOVE, {
      input: { institutionId: irst, origin: 'https://www.irst.example' },
    });
    expect(removed.data?.removeEmbedOrigin.origins).toEqual([]);
  });

  it('refuse what is not an https site, and more than the maximum', async () => {
    for (const origin of [
      'http://www.irst.example',
      'www.irst.example',
      'https://*.irst.example',
      "https://a.it 'self'",
    ]) {
      const { payload } = await add(officer, irst, origin);
      expect(payload, origin).toEqual({ origins: null, errors: [{ field: 'origin', code: 'EMBED_ORIGIN_INVALID' }] });
    }
    // The test server is not production: a local test page may be allowed over http.
    expect((await add(officer, irst, 'http://localhost:4999')).payload?.errors).toEqual([]);
    for (let index = 1; index < EMBED_ORIGINS_MAX; index++) {
      expect((await add(admin, irst, `https://site${index}.example`)).payload?.errors).toEqual([]);
    }
    const over = await add(officer, irst, 'https://one-too-many.example');
    expect(over.payload?.errors).toEqual([{ field: 'origin', code: 'TOO_MANY_EMBED_ORIGINS' }]);
    // A control character or an overlong address is refused at the edge.
    const control = await add(officer, irst, 'https://a.example\u0000');
    expect(control.response.errors?.[0]?.extensions?.category).toBe('BAD_USER_INPUT');
    const long = await add(officer, irst, `https://${'a'.repeat(400)}.example`);
    expect(long.response.errors?.[0]?.extensions?.category).toBe('BAD_USER_INPUT');
    for (let index = 1; index < EMBED_ORIGINS_MAX; index++) {
      await admin.gql(REMOVE, { input: { institutionId: irst, origin: `https://site${index}.example` } });
    }
    await admin.gql(REMOVE, { input: { institutionId: irst, origin: 'http://localhost:4999' } });
  });

  it('belong to the institute’s office and administrators only', async () => {
    expect((await add(admin, int, 'https://www.int.example')).payload?.errors).toEqual([]);
    expect(
      (await admin.gql<{ institutionEmbedOrigins: string[] }>(LIST, { id: int })).data?.institutionEmbedOrigins,
    ).toEqual(['https://www.int.example']);
    for (const client of [officer, researcher, buyer]) {
      const listed = await client.gql(LIST, { id: int });
      expect(listed.errors?.[0]?.extensions?.code).toBe('EMBED_SITES_OFFICE_ONLY');
      const added = await add(client, int, 'https://evil.example');
      expect(added.response.errors?.[0]?.extensions?.code).toBe('EMBED_SITES_OFFICE_ONLY');
      const removed = await client.gql(REMOVE, { input: { institutionId: int, origin: 'https://www.int.example' } });
      expect(removed.errors?.[0]?.extensions?.code).toBe('EMBED_SITES_OFFICE_ONLY');
    }
    const signedOut = await anonymous.gql(LIST, { id: int });
    expect(signedOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await otherOfficer.gql<{ institutionEmbedOrigins: string[] }>(LIST, { id: int })).data?.institutionEmbedOrigins,
    ).toEqual(['https://www.int.example']);
    await otherOfficer.gql(REMOVE, { input: { institutionId: int, origin: 'https://www.int.example' } });
  });
});
