import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import type { TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// A service listing's request form (its own or its platform kind's default) and "Request this service": a
// SERVICE_REQUEST carrying its answers, checked against the form and stored with the labels as sent.

const server = useTestServer();
let buyer: TestClient;
let officer: TestClient;
let ids: Record<string, string>;

const FORM = `query($id: ID!) { node(id: $id) { ... on Asset { serviceRequestForm { isDefault
  fields { key kind labelEn labelIt required min max options { key labelEn labelIt } } } } } }`;
const SAVE = `mutation($input: SaveServiceRequestFormInput!) { saveServiceRequestForm(input: $input) {
  asset { serviceRequestForm { isDefault fields { key } } } errors { field code } } }`;
const RESET = `mutation($id: ID!) { resetServiceRequestForm(input: { assetId: $id }) {
  asset { serviceRequestForm { isDefault } } errors { code } } }`;
const SUBMIT = `mutation($input: SubmitExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) {
  expressionOfInterest { id interestType serviceDetails { key kind labelEn labelIt value valueLabelEn valueLabelIt } }
  errors { field code params } } }`;

interface Form {
  isDefault: boolean;
  fields: { key: string; kind: string; required: boolean; options: { key: string }[] }[];
}

beforeAll(async () => {
  [buyer, officer] = await Promise.all([server.logIn('buyer@medisense.demo'), server.logIn('officer.irst@tt.demo')]);
  const rows = await server.orm.em.fork().execute<{ id: number; slug: string }[]>('select id, slug from asset');
  ids = Object.fromEntries(rows.map((row) => [row.slug, toGlobalId('Asset', row.id)]));
});

async function formOf(slug: string): Promise<Form | null> {
  const read = await server.gql<{ node: { serviceRequestForm: Form | null } }>(FORM, { id: ids[slug] });
  return read.data!.node.serviceRequestForm;
}

describe('request forms', () => {
  it("a service uses its platform kind's default until its office saves one; others have none", async () => {
    const biobank = await formOf('irst-biobank-sample-access');
    expect(biobank!.isDefault).toBe(true);
    expect(biobank!.fields.map((field) => field.key)).toContain('tumour_type');
    expect(biobank!.fields.find((field) => field.kind === 'BUDGET_BAND')!.options.length).toBeGreaterThan(3);
    const customised = await formOf('irst-tumour-exome-panel-sequencing');
    expect(customised!.isDefault).toBe(false);
    expect(customised!.fields.map((field) => field.key)).toContain('matched_normal');
    const invention = (
      await server.orm.em.fork().execute<{ slug: string }[]>(`select slug from asset where kind = 'INVENTION' limit 1`)
    )[0]!.slug;
    expect(await formOf(invention)).toBeNull();
  });

  it('the office saves a form (checked, problems as codes) and resets it to the default', async () => {
    const id = ids['irst-flow-cytometry-immunophenotyping'];
    const bad = await officer.gql<{ saveServiceRequestForm: { errors: { field: string; code: string }[] } }>(SAVE, {
      input: {
        assetId: id,
        fields: [
          { key: 'panel', kind: 'CHOICE', labelEn: 'Panel', labelIt: '', required: true, options: [] },
          { key: 'panel', kind: 'TEXT', labelEn: 'Again', labelIt: 'Ancora', required: false },
        ],
      },
    });
    expect(bad.data!.saveServiceRequestForm.errors).toEqual([
      { field: 'fields.0.labelIt', code: 'SERVICE_FORM_LABEL_REQUIRED' },
      { field: 'fields.0.options', code: 'SERVICE_FORM_OPTIONS_TOO_FEW' },
      { field: 'fields.1.key', code: 'SERVICE_FORM_KEY_DUPLICATE' },
    ]);
    const saved = await officer.gql<{ saveServiceRequestForm: { asset: { serviceRequestForm: Form } } }>(SAVE, {
      input: {
        assetId: id,
        fields: [
          { key: 'markers', kind: 'LONG_TEXT', labelEn: 'Markers', labelIt: 'Marcatori', required: true },
          {
            key: 'sample_count',
            kind: 'INTEGER',
            labelEn: 'Samples',
            labelIt: 'Campioni',
            required: true,
            min: 1,
            max: 50,
          },
        ],
      },
    });
    expect(saved.data!.saveServiceRequestForm.asset.serviceRequestForm).toEqual({
      isDefault: false,
      fields: [{ key: 'markers' }, { key: 'sample_count' }],
    });
    const reset = await officer.gql<{ resetServiceRequestForm: { asset: { serviceRequestForm: Form } } }>(RESET, {
      id,
    });
    expect(reset.data!.resetServiceRequestForm.asset.serviceRequestForm.isDefault).toBe(true);
  });

  it('refuses the form of a listing that is not a service, and anyone but its office', async () => {
    const invention = (
      await server.orm.em
        .fork()
        .execute<{ id: number }[]>(
          `select a.id from asset a join institution i on i.id = a.institution_id where a.kind = 'INVENTION' and i.slug = 'irst' limit 1`,
        )
    )[0]!.id;
    const fields = [{ key: 'notes', kind: 'LONG_TEXT', labelEn: 'Notes', labelIt: 'Note', required: false }];
    const notService = await officer.gql<{ saveServiceRequestForm: { errors: { code: string }[] } }>(SAVE, {
      input: { assetId: toGlobalId('Asset', invention), fields },
    });
    expect(notService.data!.saveServiceRequestForm.errors.map((e) => e.code)).toEqual(['SERVICE_FORM_SERVICES_ONLY']);
    const company = await buyer.gql(SAVE, { input: { assetId: ids['irst-flow-cytometry-immunophenotyping'], fields } });
    expect(company.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    const otherInstitute = await officer.gql(SAVE, {
      input: { assetId: ids['int-rare-cancer-biobank-access'], fields },
    });
    expect(otherInstitute.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
  });
});

describe('Request this service', () => {
  const base = {
    interestType: 'SERVICE_REQUEST',
    message: 'We would like organoid drug-sensitivity testing for our new compound series.',
  };

  it('submits the answers, stored with the labels as sent', async () => {
    const id = ids['irst-organoid-drug-sensitivity-testing'];
    const sent = await buyer.gql<{
      submitExpressionOfInterest: {
        expressionOfInterest: { interestType: string; serviceDetails: Record<string, unknown>[] };
        errors: unknown[];
      };
    }>(SUBMIT, {
      input: {
        ...base,
        assetId: id,
        idempotencyKey: 'service-request-ok',
        serviceAnswers: [
          { key: 'assay', value: 'Dose–response on 12 compounds' },
          { key: 'sample_count', value: '24' },
          { key: 'turnaround', value: '' },
        ],
      },
    });
    expect(sent.data!.submitExpressionOfInterest.errors).toEqual([]);
    expect(sent.data!.submitExpressionOfInterest.expressionOfInterest.serviceDetails).toEqual([
      {
        key: 'assay',
        kind: 'TEXT',
        labelEn: 'Assay',
        labelIt: 'Analisi',
        value: 'Dose–response on 12 compounds',
        valueLabelEn: null,
        valueLabelIt: null,
      },
      {
        key: 'sample_count',
        kind: 'INTEGER',
        labelEn: 'Number of samples',
        labelIt: 'Numero di campioni',
        value: '24',
        valueLabelEn: null,
        valueLabelIt: null,
      },
    ]);
  });

  it('refuses invalid answers with codes, and answers to anything but a service request', async () => {
    const refused = await buyer.gql<{ submitExpressionOfInterest: { expressionOfInterest: null; errors: unknown[] } }>(
      SUBMIT,
      {
        input: {
          ...base,
          assetId: ids['irst-in-vivo-efficacy-xenograft-studies'],
          idempotencyKey: 'service-request-bad',
          serviceAnswers: [
            { key: 'model', value: 'ZEBRAFISH' },
            { key: 'animal_count', value: '0' },
          ],
        },
      },
    );
    expect(refused.data!.submitExpressionOfInterest.expressionOfInterest).toBeNull();
    expect(refused.data!.submitExpressionOfInterest.errors).toEqual([
      { field: 'serviceAnswers.model', code: 'SERVICE_ANSWER_OPTION_UNKNOWN', params: {} },
      { field: 'serviceAnswers.animal_count', code: 'SERVICE_ANSWER_OUT_OF_RANGE', params: { min: 1, max: 10000 } },
      { field: 'serviceAnswers.study_type', code: 'SERVICE_ANSWER_REQUIRED', params: {} },
    ]);
    const licence = await buyer.gql<{ submitExpressionOfInterest: { errors: { code: string }[] } }>(SUBMIT, {
      input: {
        ...base,
        interestType: 'LICENSE',
        assetId: ids['irst-in-vivo-efficacy-xenograft-studies'],
        idempotencyKey: 'service-request-licence',
        serviceAnswers: [{ key: 'model', value: 'PDX' }],
      },
    });
    expect(licence.data!.submitExpressionOfInterest.errors.map((e) => e.code)).toEqual([
      'SERVICE_ANSWERS_SERVICES_ONLY',
    ]);
  });

  it('the other company never reads the answers; the office and the platform manager do', async () => {
    const [row] = await server.orm.em
      .fork()
      .execute<{ id: number }[]>(
        `select id from expression_of_interest where idempotency_key = 'demo-service-request-1'`,
      );
    const id = toGlobalId('ExpressionOfInterest', row!.id);
    const query = 'query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { serviceDetails { key value } } } }';
    const other = await buyer.gql<{ node: unknown }>(query, { id });
    expect(other.data!.node).toBeNull();
    const manager = await server.logIn('platforms.irst@tt.demo');
    for (const client of [officer, manager, await server.logIn('buyer@oncopharm.demo')]) {
      const seen = await client.gql<{ node: { serviceDetails: { key: string; value: string }[] } }>(query, { id });
      expect(seen.data!.node.serviceDetails).toContainEqual({ key: 'sample_count', value: '96' });
    }
  });
});
