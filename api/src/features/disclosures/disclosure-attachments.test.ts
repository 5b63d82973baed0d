import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_DISCLOSURE_MAX } from '@tt/shared/limits';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { disclosureForm } from '../../test-support/disclosure-form.js';
import { officeDocument, storedZip } from '../../test-support/office-documents.js';
import { countStatements, installSqlCounter } from '../../test-support/sql-counter.js';
import { type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const { researcher, otherResearcher, officer, otherOfficer, admin, buyer } = useDemoClients(server);
const anonymous = (): TestClient => server.anonymous();

beforeAll(async () => {
  installSqlCounter();
});

const FORM = disclosureForm('Organoid assay for drug response');

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 3), Buffer.from([0xff, 0xd9])]);

async function draft(): Promise<string> {
  const response = await researcher.gql<{ saveDisclosureDraft: { disclosure: { id: string } } }>(
    `mutation($input: SaveDisclosureDraftInput!) { saveDisclosureDraft(input: $input) { disclosure { id } errors { code } } }`,
    { input: FORM },
  );
  return response.data!.saveDisclosureDraft.disclosure.id;
}

async function submit(id: string): Promise<void> {
  const response = await researcher.gql<{ submitDisclosure: { errors: unknown[] } }>(
    'mutation($id: ID!) { submitDisclosure(input: { id: $id }) { errors { code } } }',
    { id },
  );
  expect(response.data!.submitDisclosure.errors).toEqual([]);
}

interface Uploaded {
  status: number;
  body: {
    attachment?: {
      id: string;
      fileName: string;
      contentType: string;
      byteSize: number;
      createdAt: string;
      downloadUrl: string;
    };
    error?: { code: string; message: string };
  };
}

async function upload(
  client: TestClient | null,
  disclosureId: string,
  bytes: Buffer | ReadableStream<Uint8Array>,
  options: { name?: string | null; headers?: Record<string, string | null> } = {},
): Promise<Uploaded> {
  const headers: Record<string, string> = { 'x-requested-with': 'tt-web', 'content-type': 'application/octet-stream' };
  if (client?.cookie) headers.cookie = client.cookie;
  const name = options.name === undefined ? 'drawing.pdf' : options.name;
  if (name !== null) headers['x-file-name'] = encodeURIComponent(name);
  for (const [key, value] of Object.entries(options.headers ?? {})) {
    if (value === null) delete headers[key];
    else headers[key] = value;
  }
  const response = await fetch(`${server.url}/uploads/disclosures/${disclosureId}/attachments`, {
    method: 'POST',
    headers,
    body: bytes,
    ...(bytes instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as Uploaded['body'] };
}

async function download(client: TestClient | null, attachmentId: string) {
  const response = await fetch(`${server.url}/uploads/attachments/${attachmentId}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

function numericId(globalId: string): number {
  return Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
}

async function rowsOf(disclosureId: string) {
  return server.orm.em
    .fork()
    .execute<{ file_name: string; content_type: string; byte_size: number; storage_key: string }[]>(
      'select file_name, content_type, byte_size, storage_key from disclosure_attachment where disclosure_id = ? order by id',
      [numericId(disclosureId)],
    );
}

/** Every stored file has its row and every row its file; nothing half-written is left. */
async function expectStorageMatchesRows() {
  const files = (await readdir(server.attachmentsDir)).filter((name) => name !== '.incoming').sort();
  const incoming = await readdir(path.join(server.attachmentsDir, '.incoming'));
  const keys = await server.orm.em
    .fork()
    .execute<{ storage_key: string }[]>('select storage_key from disclosure_attachment order by storage_key');
  expect(incoming).toEqual([]);
  expect(files).toEqual(keys.map((row) => row.storage_key).sort());
}

const ATTACHMENTS = `query($id: ID!) { node(id: $id) { ... on Disclosure { canManageAttachments
  attachments { id fileName contentType byteSize createdAt downloadUrl uploadedByName } } } }`;

describe('uploading', () => {
  it('accepts PDF, PNG and JPEG, typed from the content whatever the name', async () => {
    const id = await draft();
    const pdf = await upload(researcher, id, PDF, { name: 'Schéma n°1 (draft).pdf' });
    expect(pdf.status).toBe(201);
    expect(pdf.body.attachment).toMatchObject({
      fileName: 'Schéma n°1 (draft).pdf',
      contentType: 'application/pdf',
      byteSize: PDF.length,
    });
    expect(pdf.body.attachment!.downloadUrl).toBe(`/uploads/attachments/${pdf.body.attachment!.id}`);
    expect(new Date(pdf.body.attachment!.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const png = await upload(researcher, id, PNG, { name: 'figure.png' });
    const jpeg = await upload(researcher, id, JPEG, { name: 'photo.jpeg' });
    // Named .pdf, content PNG: it is a PNG.
    const disguised = await upload(researcher, id, PNG, { name: 'C:\\fakepath\\really-a-picture.pdf' });
    expect([png.status, jpeg.status, disguised.status]).toEqual([201, 201, 201]);
    expect(png.body.attachment!.contentType).toBe('image/png');
    expect(jpeg.body.attachment!.contentType).toBe('image/jpeg');
    expect(disguised.body.attachment).toMatchObject({ fileName: 'really-a-picture.pdf', contentType: 'image/png' });

    const listed = await researcher.gql<{
      node: { canManageAttachments: boolean; attachments: { fileName: string; uploadedByName: string }[] };
    }>(ATTACHMENTS, { id });
    expect(listed.data!.node.canManageAttachments).toBe(true);
    expect(listed.data!.node.attachments.map((a) => a.fileName)).toEqual([
      'Schéma n°1 (draft).pdf',
      'figure.png',
      'photo.jpeg',
      'really-a-picture.pdf',
    ]);
    expect(listed.data!.node.attachments[0]!.uploadedByName).toBeTruthy();
    expect((await rowsOf(id)).map((row) => row.content_type)).toEqual([
      'application/pdf',
      'image/png',
      'image/jpeg',
      'image/png',
    ]);
    await expectStorageMatchesRows();
  });

  it('accepts Word, Excel and PowerPoint files, served as downloads of their type; refuses a renamed executable', async () => {
    const id = await draft();
    const types = {
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    } as const;
    for (const [kind, type] of Object.entries(types) as [keyof typeof types, string][]) {
      const bytes = officeDocument(kind);
      const uploaded = await upload(researcher, id, bytes, { name: `Invention notes.${kind}` });
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.attachment).toMatchObject({ contentType: type, byteSize: bytes.length });
      const served = await download(researcher, uploaded.body.attachment!.id);
      expect(served.bytes.equals(bytes)).toBe(true);
      expect(served.headers.get('content-type')).toBe(type);
      expect(served.headers.get('content-disposition')).toMatch(/^attachment; /);
    }
    // A Windows executable named .docx, and a ZIP that is no Office file (an executable inside): refused.
    const executable = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(2048, 0x41)]);
    expect((await upload(researcher, id, executable, { name: 'report.docx' })).status).toBe(415);
    const zipped = storedZip({ 'setup.exe': 'MZ not really', 'word/readme.txt': 'Run setup.exe' });
    expect((await upload(researcher, id, zipped, { name: 'report.docx' })).status).toBe(415);
    expect((await rowsOf(id)).map((row) => row.content_type)).toEqual(Object.values(types));
    await expectStorageMatchesRows();
  });

  it('refuses a text file named x.pdf with 415, and keeps nothing', async () => {
    const id = await draft();
    const text = await upload(researcher, id, Buffer.from('Just some notes, not a PDF at all.'), { name: 'x.pdf' });
    expect(text.status).toBe(415);
    expect(text.body.error).toEqual({
      code: 'ATTACHMENT_TYPE_UNSUPPORTED',
      message: 'Only PDF, PNG, JPEG, Word, Excel and PowerPoint files can be attached.',
      params: {},
    });
    // Three bytes that start like a PNG are not one.
    expect((await upload(researcher, id, Buffer.from([0x89, 0x50, 0x4e]))).status).toBe(415);
    // The Content-Type header is ignored either way.
    const html = await upload(researcher, id, Buffer.from('<html><script>alert(1)</script></html>'), {
      name: 'page.pdf',
      headers: { 'content-type': 'application/pdf' },
    });
    expect(html.status).toBe(415);
    expect(await rowsOf(id)).toEqual([]);
    await expectStorageMatchesRows();
  });

  it('accepts exactly 10 MB; refuses 10 MB + 1 byte with 413, declared or streamed, and keeps nothing', async () => {
    const id = await draft();
    const exact = Buffer.concat([PDF, Buffer.alloc(ATTACHMENT_MAX_BYTES - PDF.length, 0x20)]);
    expect((await upload(researcher, id, exact, { name: 'exact.pdf' })).status).toBe(201);
    const over = Buffer.concat([exact, Buffer.from([0x20])]);
    const declared = await upload(researcher, id, over, { name: 'over.pdf' });
    expect(declared.status).toBe(413);
    expect(declared.body.error).toEqual({
      code: 'ATTACHMENT_TOO_LARGE',
      message: 'A file can be at most 10 MB.',
      params: { max: 10 },
    });

    // Without a Content-Length the stream is cut at the first byte over the limit: even one that never
    // ends is answered (it would never be, were the whole body read first).
    let first = true;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(first ? PDF : Buffer.alloc(1024 * 1024, 0x20));
        first = false;
      },
    });
    const streamed = await upload(researcher, id, endless, { name: 'streamed.pdf' });
    expect(streamed.status).toBe(413);
    expect(streamed.body.error!.code).toBe('ATTACHMENT_TOO_LARGE');

    expect((await rowsOf(id)).map((row) => [row.file_name, row.byte_size])).toEqual([
      ['exact.pdf', ATTACHMENT_MAX_BYTES],
    ]);
    await expectStorageMatchesRows();
    // The connection is still usable afterwards.
    expect((await upload(researcher, id, PNG)).status).toBe(201);
  });

  it(`refuses file ${ATTACHMENTS_PER_DISCLOSURE_MAX + 1} with 409, also when uploads race`, async () => {
    const id = await draft();
    for (let i = 0; i < ATTACHMENTS_PER_DISCLOSURE_MAX - 3; i += 1) {
      expect((await upload(researcher, id, PNG, { name: `figure-${i}.png` })).status).toBe(201);
    }
    const racing = await Promise.all(
      Array.from({ length: 8 }, (_, i) => upload(researcher, id, PDF, { name: `race-${i}.pdf` })),
    );
    const statuses = racing.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 201, 201, 409, 409, 409, 409, 409]);
    const refused = racing.find((response) => response.status === 409)!;
    expect(refused.body.error!.code).toBe('ATTACHMENTS_TOO_MANY');
    expect(refused.body.error!.message).toContain(`at most ${ATTACHMENTS_PER_DISCLOSURE_MAX} files`);
    expect(await rowsOf(id)).toHaveLength(ATTACHMENTS_PER_DISCLOSURE_MAX);
    expect((await upload(researcher, id, JPEG)).status).toBe(409);
    await expectStorageMatchesRows();
  });

  it('needs the CSRF header, a same-site origin, a name, some bytes and a session', async () => {
    const id = await draft();
    const noHeader = await upload(researcher, id, PDF, { headers: { 'x-requested-with': null } });
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.error!.code).toBe('UPLOAD_NOT_FROM_WEB_APP');
    const wrongHeader = await upload(researcher, id, PDF, { headers: { 'x-requested-with': 'XMLHttpRequest' } });
    expect(wrongHeader.status).toBe(400);
    const crossOrigin = await upload(researcher, id, PDF, { headers: { origin: 'https://evil.example' } });
    expect(crossOrigin.status).toBe(403);
    expect(crossOrigin.body.error!.code).toBe('UPLOAD_NOT_FROM_WEB_APP');
    expect((await upload(researcher, id, PDF, { headers: { origin: 'null' } })).status).toBe(403);
    expect((await upload(researcher, id, PDF, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const sameOrigin = await upload(researcher, id, PDF, {
      headers: { origin: server.url, 'sec-fetch-site': 'same-origin' },
    });
    expect(sameOrigin.status).toBe(201);

    const noName = await upload(researcher, id, PDF, { name: null });
    expect(noName.status).toBe(400);
    expect(noName.body.error!.message).toContain('X-File-Name');
    expect((await upload(researcher, id, PDF, { name: '../' })).status).toBe(400);
    expect((await upload(researcher, id, PDF, { headers: { 'x-file-name': '%E0%A4%A' } })).status).toBe(400);
    const longName = await upload(researcher, id, PDF, { name: `${'n'.repeat(197)}.pdf` });
    expect(longName.status).toBe(400);
    expect(longName.body.error!.message).toContain('200 characters');
    expect((await upload(researcher, id, PDF, { name: `folder/${'n'.repeat(196)}.pdf` })).status).toBe(201);
    const empty = await upload(researcher, id, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.error).toEqual({ code: 'ATTACHMENT_EMPTY', message: 'The file is empty.', params: {} });

    const anonymousUpload = await upload(null, id, PDF);
    expect(anonymousUpload.status).toBe(401);
    expect(anonymousUpload.body.error!.code).toBe('UNAUTHENTICATED');
    expect((await rowsOf(id)).map((row) => row.file_name)).toEqual(['drawing.pdf', `${'n'.repeat(196)}.pdf`]);
    await expectStorageMatchesRows();
  });

  it('is 404 for anyone who cannot see the disclosure, 403 for the office and once submitted', async () => {
    const id = await draft();
    // Until its first submission a draft is its researchers' only: the office does not see it either.
    for (const client of [otherResearcher, otherOfficer, buyer, officer, admin]) {
      const refused = await upload(client, id, PDF);
      expect(refused.status).toBe(404);
      expect(refused.body.error).toEqual({
        code: 'DISCLOSURE_NOT_VISIBLE',
        message: 'This disclosure does not exist or is not yours to see.',
        params: {},
      });
    }
    // A disclosure that does not exist, or an id of something else, looks the same.
    expect((await upload(researcher, toGlobalId('Disclosure', 999_999), PDF)).status).toBe(404);
    expect((await upload(researcher, toGlobalId('Asset', numericId(id)), PDF)).status).toBe(404);
    expect((await upload(researcher, 'not-an-id', PDF)).status).toBe(404);
    await submit(id);
    // The office downloads but does not add files.
    for (const client of [officer, admin]) {
      const refused = await upload(client, id, PDF);
      expect(refused.status).toBe(403);
      expect(refused.body.error!.message).toContain('only the researchers add them');
    }
    const locked = await upload(researcher, id, PDF);
    expect(locked.status).toBe(403);
    expect(locked.body.error!.message).toContain('draft or returned with questions');
    const listed = await researcher.gql<{ node: { canManageAttachments: boolean } }>(ATTACHMENTS, { id });
    expect(listed.data!.node.canManageAttachments).toBe(false);
    // Returned with questions: files can be added again.
    await server.orm.em.fork().execute(`update disclosure set status = 'INFO_REQUESTED' where id = ?`, [numericId(id)]);
    expect((await upload(researcher, id, PDF)).status).toBe(201);
    expect(await rowsOf(id)).toHaveLength(1);
    await expectStorageMatchesRows();
  });

  it('unknown paths under /uploads are JSON 404s, not the web app', async () => {
    const response = await fetch(`${server.url}/uploads/whatever`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('downloading', () => {
  let id: string;
  let attachmentId: string;
  beforeAll(async () => {
    id = await draft();
    const uploaded = await upload(researcher, id, PNG, { name: 'Figura è "1".pdf' });
    attachmentId = uploaded.body.attachment!.id;
    await submit(id);
  });

  it('serves the bytes as a download, typed as sniffed, to its researcher, its office and admins', async () => {
    for (const client of [researcher, officer, admin]) {
      const response = await download(client, attachmentId);
      expect(response.status).toBe(200);
      expect(response.bytes.equals(PNG)).toBe(true);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('content-length')).toBe(String(PNG.length));
      expect(response.headers.get('content-disposition')).toBe(
        "attachment; filename*=UTF-8''Figura%20%C3%A8%20%221%22.pdf",
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
  });

  it('is 404 for everyone else, exactly as for a file that does not exist', async () => {
    const missing = await download(researcher, toGlobalId('DisclosureAttachment', 999_999));
    expect(missing.status).toBe(404);
    for (const client of [otherResearcher, otherOfficer, buyer, null]) {
      const response = await download(client, attachmentId);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.bytes.toString()).toBe(missing.bytes.toString());
    }
    expect((await download(researcher, toGlobalId('Disclosure', numericId(id)))).status).toBe(404);
  });

  it('attachments and node(id) show only to those who see the disclosure', async () => {
    const NODE = `query($id: ID!) { node(id: $id) { id ... on DisclosureAttachment { fileName contentType byteSize
      downloadUrl uploadedByName } } }`;
    for (const client of [researcher, officer, admin]) {
      const response = await client.gql<{ node: { fileName: string } | null }>(NODE, { id: attachmentId });
      expect(response.errors).toBeUndefined();
      expect(response.data!.node).toMatchObject({ fileName: 'Figura è "1".pdf', contentType: 'image/png' });
      const listed = await client.gql<{ node: { attachments: { id: string }[] } }>(ATTACHMENTS, { id });
      expect(listed.data!.node.attachments.map((a) => a.id)).toEqual([attachmentId]);
    }
    for (const client of [otherResearcher, otherOfficer, buyer, anonymous()]) {
      const response = await client.gql<{ node: unknown }>(NODE, { id: attachmentId });
      expect(response.errors).toBeUndefined();
      expect(response.data!.node).toBeNull();
      const listed = await client.gql<{ node: unknown }>(ATTACHMENTS, { id });
      expect(listed.data!.node).toBeNull();
      const list = await client.gql<{ disclosures: { edges: unknown[] } }>(
        '{ disclosures(first: 100) { edges { node { attachments { id } } } } }',
      );
      expect(JSON.stringify(list.data ?? null)).not.toContain(attachmentId);
    }
  });
});

describe('removing', () => {
  const REMOVE = `mutation($id: ID!) { removeDisclosureAttachment(input: { id: $id }) {
    disclosure { id attachments { id } } errors { field code message } } }`;
  type Removed = {
    removeDisclosureAttachment: {
      disclosure: { attachments: { id: string }[] } | null;
      errors: { field: string; code: string }[];
    };
  };

  it('its researcher removes a file while editable: the row and the bytes go', async () => {
    const id = await draft();
    const kept = await upload(researcher, id, PDF, { name: 'kept.pdf' });
    const gone = await upload(researcher, id, JPEG, { name: 'gone.jpg' });
    const goneId = gone.body.attachment!.id;
    const [goneRow] = (await rowsOf(id)).filter((row) => row.file_name === 'gone.jpg');

    for (const client of [otherResearcher, otherOfficer, buyer, officer, admin]) {
      const refused = await client.gql<Removed>(REMOVE, { id: goneId });
      expect(refused.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    }
    expect((await anonymous().gql<Removed>(REMOVE, { id: goneId })).errors?.[0]?.extensions?.category).toBe(
      'UNAUTHENTICATED',
    );

    const removed = await researcher.gql<Removed>(REMOVE, { id: goneId });
    expect(removed.data!.removeDisclosureAttachment.errors).toEqual([]);
    expect(removed.data!.removeDisclosureAttachment.disclosure!.attachments.map((a) => a.id)).toEqual([
      kept.body.attachment!.id,
    ]);
    expect((await readdir(server.attachmentsDir)).includes(goneRow!.storage_key)).toBe(false);
    expect((await download(researcher, goneId)).status).toBe(404);
    expect(
      (await researcher.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id: goneId })).data!.node,
    ).toBeNull();
    // Once gone, it is gone for good.
    expect((await researcher.gql<Removed>(REMOVE, { id: goneId })).errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    await expectStorageMatchesRows();
  });

  it('not once the disclosure is with the office', async () => {
    const id = await draft();
    const file = await upload(researcher, id, PDF);
    await submit(id);
    const refused = await researcher.gql<Removed>(REMOVE, { id: file.body.attachment!.id });
    expect(refused.data!.removeDisclosureAttachment.errors[0]).toMatchObject({
      field: 'id',
      code: 'ATTACHMENT_REMOVE_NOT_EDITABLE',
    });
    expect(await rowsOf(id)).toHaveLength(1);
    await expectStorageMatchesRows();
  });
});

describe('deleting a draft', () => {
  const DELETE = 'mutation($id: ID!) { deleteDisclosureDraft(input: { id: $id }) { deletedId errors { field code } } }';
  type Deleted = { deleteDisclosureDraft: { deletedId: string | null; errors: { field: string; code: string }[] } };

  it('its creator deletes a draft never submitted: the disclosure, its files’ rows and bytes go', async () => {
    const id = await draft();
    await upload(researcher, id, PDF, { name: 'notes.pdf' });
    const keys = (await rowsOf(id)).map((row) => row.storage_key);
    expect(keys).toHaveLength(1);

    for (const client of [otherResearcher, otherOfficer, buyer, officer, admin]) {
      expect((await client.gql<Deleted>(DELETE, { id })).errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    }
    expect((await anonymous().gql<Deleted>(DELETE, { id })).errors?.[0]?.extensions?.category).toBe('UNAUTHENTICATED');

    const deleted = await researcher.gql<Deleted>(DELETE, { id });
    expect(deleted.data!.deleteDisclosureDraft).toEqual({ deletedId: id, errors: [] });
    expect(await rowsOf(id)).toEqual([]);
    expect((await readdir(server.attachmentsDir)).includes(keys[0]!)).toBe(false);
    expect(
      (await researcher.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id })).data!.node,
    ).toBeNull();
    await expectStorageMatchesRows();
  });

  it('not once submitted: that one can only be withdrawn; a draft is deleted, never withdrawn', async () => {
    const id = await draft();
    await upload(researcher, id, PDF);
    const withdrawn = await researcher.gql<{ transitionDisclosure: { errors: { code: string }[] } }>(
      'mutation($id: ID!) { transitionDisclosure(input: { id: $id, to: WITHDRAWN }) { errors { code } } }',
      { id },
    );
    expect(withdrawn.data!.transitionDisclosure.errors.map((error) => error.code)).toEqual([
      'DISCLOSURE_TRANSITION_NOT_ALLOWED',
    ]);
    await submit(id);
    const refused = await researcher.gql<Deleted>(DELETE, { id });
    expect(refused.data!.deleteDisclosureDraft).toEqual({
      deletedId: null,
      errors: [{ field: 'id', code: 'DISCLOSURE_NOT_DRAFT' }],
    });
    expect(await rowsOf(id)).toHaveLength(1);
    await expectStorageMatchesRows();
  });
});

describe('batching', () => {
  it('attachments and researchers of a page of disclosures cost the same statements for 1 or many', async () => {
    for (let i = 0; i < 3; i += 1) await upload(researcher, await draft(), PDF);
    const PAGE = `query($first: Int) { disclosures(first: $first) { edges { node { id
      attachments { id fileName uploadedByName } researchers { userId name } } } } }`;
    await officer.gql(PAGE, { first: 1 });
    let many: { data?: { disclosures: { edges: { node: { attachments: unknown[] } }[] } } } = {};
    const one = await countStatements(() => officer.gql(PAGE, { first: 1 }));
    const twenty = await countStatements(async () => {
      many = await officer.gql(PAGE, { first: 20 });
    });
    expect(many.data!.disclosures.edges.length).toBeGreaterThan(5);
    expect(many.data!.disclosures.edges.some((edge) => edge.node.attachments.length > 0)).toBe(true);
    expect(twenty).toBe(one);
  });
});
