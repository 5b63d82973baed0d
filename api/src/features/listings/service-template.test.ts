import { LISTING_LIMITS } from '@tt/shared/listing-rules';
import { describe, expect, it } from 'vitest';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { create, update } from '../../test-support/listing-fixtures.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// A service's template: what is delivered, its samples and throughput (in English and Italian) and its
// accreditations, edited by its office and read by everyone who sees the listing.

const server = useTestServer();
const { officer, anonymous } = useDemoClients(server);

const TEMPLATE = `deliverables throughput accreditations textLanguage
  publicationWarnings { field code }
  en: texts(language: EN) { deliverables throughput }
  it: texts(language: IT) { deliverables throughput }`;
const BY_ID = `query($id: ID!) { node(id: $id) { ... on Asset { ${TEMPLATE} } } }`;

interface Template {
  deliverables: string | null;
  throughput: string | null;
  accreditations: string[];
  textLanguage: string;
  publicationWarnings: { field: string; code: string }[];
  en: { deliverables: string | null; throughput: string | null };
  it: { deliverables: string | null; throughput: string | null };
}

async function read(id: string, language = 'en'): Promise<Template> {
  const response = await server.gql<{ node: Template }>(
    BY_ID,
    { id },
    { cookie: officer.cookie, headers: { 'accept-language': language } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.node;
}

describe('the service template', () => {
  it('is saved in both languages, trimmed, and cleared with null; the Italian is warned about until there', async () => {
    const created = await create(officer, { kind: 'SERVICE', title: 'Whole-genome sequencing of tumour samples' });
    expect(created.errors).toEqual([]);
    const id = created.asset!.id;
    const saved = await update(officer, {
      id,
      deliverables: '  FASTQ, BAM and an annotated variant report.  ',
      throughput: 'From 50 ng of DNA; up to 96 samples per run',
      accreditations: [' ISO 15189 ', 'ISO 9001:2015'],
    });
    expect(saved.errors).toEqual([]);
    const english = await read(id);
    expect(english).toMatchObject({
      deliverables: 'FASTQ, BAM and an annotated variant report.',
      throughput: 'From 50 ng of DNA; up to 96 samples per run',
      accreditations: ['ISO 15189', 'ISO 9001:2015'],
      it: { deliverables: null, throughput: null },
    });
    expect(english.publicationWarnings).toEqual(
      expect.arrayContaining([
        { field: 'deliverablesIt', code: 'TRANSLATION_MISSING' },
        { field: 'throughputIt', code: 'TRANSLATION_MISSING' },
      ]),
    );

    await update(officer, {
      id,
      deliverablesIt: 'FASTQ, BAM e un rapporto delle varianti annotate.',
      throughputIt: 'Da 50 ng di DNA; fino a 96 campioni per corsa',
    });
    const both = await read(id);
    expect(both.it).toEqual({
      deliverables: 'FASTQ, BAM e un rapporto delle varianti annotate.',
      throughput: 'Da 50 ng di DNA; fino a 96 campioni per corsa',
    });
    expect(both.publicationWarnings.map((warning) => warning.field)).not.toContain('deliverablesIt');

    expect((await update(officer, { id, deliverables: null, throughputIt: '  ', accreditations: [] })).errors).toEqual(
      [],
    );
    expect(await read(id)).toMatchObject({
      deliverables: null,
      accreditations: [],
      it: { deliverables: 'FASTQ, BAM e un rapporto delle varianti annotate.', throughput: null },
    });
  });

  it('refuses texts and lists over their limits, each with its field, and changes nothing', async () => {
    const created = await create(officer, { kind: 'SERVICE', title: 'Flow cytometry of trial samples' });
    const id = created.asset!.id;
    const refused = await update(officer, {
      id,
      deliverables: 'd'.repeat(LISTING_LIMITS.deliverablesMax + 1),
      throughputIt: 't'.repeat(LISTING_LIMITS.throughputMax + 1),
      accreditations: ['ISO 15189', ' ', 'a'.repeat(LISTING_LIMITS.accreditationMax + 1)],
    });
    expect(refused.errors.map((error) => [error.field, error.code])).toEqual(
      expect.arrayContaining([
        ['deliverables', 'DELIVERABLES_TOO_LONG'],
        ['throughputIt', 'THROUGHPUT_TOO_LONG'],
        ['accreditations.1', 'ACCREDITATION_REQUIRED'],
        ['accreditations.2', 'ACCREDITATION_TOO_LONG'],
      ]),
    );
    const tooMany = await update(officer, {
      id,
      accreditations: Array.from({ length: LISTING_LIMITS.maxAccreditations + 1 }, (_, n) => `ISO ${n}`),
    });
    expect(tooMany.errors.map((error) => error.code)).toEqual(['TOO_MANY_ACCREDITATIONS']);
    expect(await read(id)).toMatchObject({ deliverables: null, throughput: null, accreditations: [] });
  });

  it("is public on a published service, in the reader's language", async () => {
    const query = `{ asset(slug: "irst-biobank-sample-access") { kind textLanguage deliverables throughput accreditations } }`;
    const english = await anonymous.gql<{ asset: Record<string, unknown> }>(query);
    expect(english.data!.asset).toMatchObject({ kind: 'SERVICE', textLanguage: 'EN' });
    expect(english.data!.asset.deliverables).toMatch(/dry ice/);
    expect(english.data!.asset.accreditations).toContain('ISO 9001:2015');
    const italian = await server.gql<{ asset: Record<string, unknown> }>(
      query,
      {},
      {
        headers: { 'accept-language': 'it' },
      },
    );
    expect(italian.data!.asset).toMatchObject({ textLanguage: 'IT' });
    expect(italian.data!.asset.deliverables).toMatch(/ghiaccio secco/);
    expect(italian.data!.asset.throughput).toMatch(/campioni/);
  });
});
