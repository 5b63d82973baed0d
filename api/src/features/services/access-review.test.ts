import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { type DemoAccount, useDemoClients } from '../../test-support/demo-accounts.js';
import { requiredServiceAnswers } from '../../test-support/service-answers.js';
import type { GraphQLResponse } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const clients = useDemoClients(server);
const { officer, buyer, otherBuyer } = clients;

const PATH = /* GraphQL */ `
  accessPath {
    ended currentStep usualDurationMinWeeks usualDurationMaxWeeks viewerCanState viewerCanDecide viewerCanStartAgreement
    statement { material projectTitle projectSummary }
    steps { step outcome decidedAt note decidedByName }
  }
`;
const READ = `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { id ${PATH} agreements { type status title } } } }`;
const STATE = `mutation($input: StateAccessRequestInput!) { stateAccessRequest(input: $input) {
  expressionOfInterest { id } errors { code field } } }`;
const DECIDE = `mutation($input: DecideAccessReviewStepInput!) { decideAccessReviewStep(input: $input) {
  expressionOfInterest { ${PATH} } errors { code field } } }`;
const START = `mutation($input: StartAccessAgreementInput!) { startAccessAgreement(input: $input) {
  expressionOfInterest { ${PATH} agreements { type status title } } errors { code } } }`;

const STATEMENT = {
  material: 'SAMPLES',
  projectTitle: 'HER3 expression in colorectal cancer',
  projectSummary: 'We will stain 60 FFPE blocks for HER3 to confirm target expression before nominating a candidate.',
};

type AccessPath = {
  ended: boolean;
  currentStep: string | null;
  viewerCanState: boolean;
  viewerCanDecide: boolean;
  viewerCanStartAgreement: boolean;
  steps: { step: string; outcome: string; note: string; decidedByName: string | null }[];
};

function category(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.category ?? response.errors?.[0]?.extensions?.code;
}

function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code as string | undefined;
}

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(text, params);
}

async function assetId(slug: string): Promise<string> {
  const [row] = await sql<{ id: number }>('select id from asset where slug = ?', [slug]);
  return toGlobalId('Asset', row!.id);
}

/** A service request by OncoPharm (or `company`) on a listing, moved by the office to `to`. */
async function serviceRequest(
  slug: string,
  key: string,
  to: string[] = ['IN_REVIEW'],
  company: typeof buyer = buyer,
): Promise<string> {
  const submitted = await company.gql<{ submitExpressionOfInterest: { expressionOfInterest: { id: string } } }>(
    `mutation($assetId: ID!, $key: String!, $answers: [ServiceAnswerInput!]) { submitExpressionOfInterest(input: {
      assetId: $assetId, interestType: SERVICE_REQUEST, intendedUse: "IHC staining for target expression, research use only.",
      message: "We would like to source annotated samples for a target-validation study.", idempotencyKey: $key,
      serviceAnswers: $answers }) { expressionOfInterest { id } errors { code } } }`,
    { assetId: await assetId(slug), key, answers: await requiredServiceAnswers(company.gql, { slug }) },
  );
  if (!submitted.data?.submitExpressionOfInterest.expressionOfInterest)
    throw new Error(`The service request on ${slug} was refused: ${JSON.stringify(submitted)}`);
  const id = submitted.data.submitExpressionOfInterest.expressionOfInterest.id;
  for (const status of to) {
    await officer.gql(
      'mutation($id: ID!, $to: EoiStatus!) { transitionExpressionOfInterest(input: { id: $id, to: $to }) { errors { code } } }',
      { id, to: status },
    );
  }
  return id;
}

async function pathAs(role: DemoAccount | 'anonymous', id: string): Promise<AccessPath | null | undefined> {
  const response = await clients[role].gql<{ node: { accessPath: AccessPath } | null }>(READ, { id });
  return response.data?.node?.accessPath ?? (response.data?.node === null ? undefined : null);
}

let biobankEoi: string;
let genomicsEoi: string;

beforeAll(async () => {
  biobankEoi = await serviceRequest('irst-prospective-sample-collection', 'access-path');
  genomicsEoi = await serviceRequest('irst-organoid-drug-sensitivity-testing', 'no-access-path');
});

describe('the access path of a biobank request', () => {
  it('is only for biobank requests, and seen by the two sides alone', async () => {
    expect(await pathAs('officer', genomicsEoi)).toBeNull();
    const asOffice = await pathAs('officer', biobankEoi);
    expect(asOffice).toMatchObject({
      ended: false,
      currentStep: 'SCIENTIFIC_REVIEW',
      viewerCanState: false,
      viewerCanDecide: false, // nothing stated yet
      steps: [
        { step: 'SCIENTIFIC_REVIEW', outcome: 'PENDING' },
        { step: 'ETHICS_REVIEW', outcome: 'PENDING' },
        { step: 'AGREEMENT', outcome: 'PENDING' },
      ],
    });
    expect(await pathAs('buyer', biobankEoi)).toMatchObject({ viewerCanState: true, viewerCanDecide: false });
    // Everyone else does not see the EoI at all.
    for (const role of ['otherBuyer', 'otherOfficer', 'researcher', 'anonymous'] as const)
      expect(await pathAs(role, biobankEoi)).toBeUndefined();
  });

  it('the company states its request; nobody else may', async () => {
    for (const role of ['officer', 'admin'] as const)
      expect(errorCode(await clients[role].gql(STATE, { input: { eoiId: biobankEoi, ...STATEMENT } }))).toBe(
        'SERVICE_REQUEST_COMPANY_ONLY',
      );
    for (const role of ['otherBuyer', 'otherOfficer', 'researcher'] as const)
      expect(errorCode(await clients[role].gql(STATE, { input: { eoiId: biobankEoi, ...STATEMENT } }))).toBe(
        'EOI_NOT_VISIBLE',
      );
    expect(category(await clients.anonymous.gql(STATE, { input: { eoiId: biobankEoi, ...STATEMENT } }))).toBe(
      'UNAUTHENTICATED',
    );
    const invalid = await buyer.gql<{ stateAccessRequest: { errors: { code: string }[] } }>(STATE, {
      input: { eoiId: biobankEoi, material: 'DATA', projectTitle: 'x', projectSummary: 'too short' },
    });
    expect(invalid.data!.stateAccessRequest.errors.map((e) => e.code)).toEqual([
      'ACCESS_PROJECT_TITLE_INVALID',
      'ACCESS_PROJECT_SUMMARY_TOO_SHORT',
    ]);
    const onGenomics = await buyer.gql(STATE, { input: { eoiId: genomicsEoi, ...STATEMENT } });
    expect(errorCode(onGenomics)).toBe('ACCESS_PATH_NOT_APPLICABLE');
    const stated = await buyer.gql<{ stateAccessRequest: { errors: unknown[] } }>(STATE, {
      input: { eoiId: biobankEoi, ...STATEMENT },
    });
    expect(stated.data!.stateAccessRequest.errors).toEqual([]);
    expect(await pathAs('officer', biobankEoi)).toMatchObject({ viewerCanDecide: true, statement: STATEMENT });
  });

  it('refuses an ethics outcome before the scientific approval, and the MTA before the ethics approval', async () => {
    const ethics = await officer.gql<{ decideAccessReviewStep: { errors: { code: string }[] } }>(DECIDE, {
      input: { eoiId: biobankEoi, step: 'ETHICS_REVIEW', outcome: 'APPROVED' },
    });
    expect(ethics.data!.decideAccessReviewStep.errors.map((e) => e.code)).toEqual(['ACCESS_STEP_OUT_OF_ORDER']);
    const early = await officer.gql<{ startAccessAgreement: { errors: { code: string }[] } }>(START, {
      input: { eoiId: biobankEoi },
    });
    expect(early.data!.startAccessAgreement.errors.map((e) => e.code)).toEqual(['ACCESS_AGREEMENT_BEFORE_ETHICS']);
  });

  it('only the office decides steps: the company, another company, the other institute, a researcher are refused', async () => {
    const input = { eoiId: biobankEoi, step: 'SCIENTIFIC_REVIEW', outcome: 'APPROVED' };
    expect(errorCode(await buyer.gql(DECIDE, { input }))).toBe('SERVICE_REQUEST_OFFICE_ONLY');
    for (const role of ['otherBuyer', 'otherOfficer', 'researcher'] as const)
      expect(errorCode(await clients[role].gql(DECIDE, { input }))).toBe('EOI_NOT_VISIBLE');
    expect(category(await clients.anonymous.gql(DECIDE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await buyer.gql(START, { input: { eoiId: biobankEoi } }))).toBe('SERVICE_REQUEST_OFFICE_ONLY');
    for (const role of ['otherBuyer', 'otherOfficer', 'researcher'] as const)
      expect(errorCode(await clients[role].gql(START, { input: { eoiId: biobankEoi } }))).toBe('EOI_NOT_VISIBLE');
  });

  it('goes in order: changes requested, approval, ethics approval, then the MTA drafted through the agreements', async () => {
    const decide = (step: string, outcome: string, note = '') =>
      officer.gql<{ decideAccessReviewStep: { expressionOfInterest: { accessPath: AccessPath }; errors: unknown[] } }>(
        DECIDE,
        { input: { eoiId: biobankEoi, step, outcome, note } },
      );
    const changes = await decide('SCIENTIFIC_REVIEW', 'CHANGES_REQUESTED', 'Please add the statistical power.');
    expect(changes.data!.decideAccessReviewStep.expressionOfInterest.accessPath.currentStep).toBe('SCIENTIFIC_REVIEW');
    // The company may still revise its statement, then the committee approves.
    expect((await pathAs('buyer', biobankEoi))?.viewerCanState).toBe(true);
    expect(
      (await decide('SCIENTIFIC_REVIEW', 'APPROVED', 'Sound design.')).data!.decideAccessReviewStep.errors,
    ).toEqual([]);
    expect((await pathAs('buyer', biobankEoi))?.viewerCanState).toBe(false);
    const locked = await buyer.gql<{ stateAccessRequest: { errors: { code: string }[] } }>(STATE, {
      input: { eoiId: biobankEoi, ...STATEMENT },
    });
    expect(locked.data!.stateAccessRequest.errors.map((e) => e.code)).toEqual(['ACCESS_STATEMENT_LOCKED']);
    const again = await decide('SCIENTIFIC_REVIEW', 'REJECTED');
    expect(again.data!.decideAccessReviewStep.errors).toEqual([{ code: 'ACCESS_STEP_ALREADY_DECIDED', field: 'step' }]);
    expect((await decide('ETHICS_REVIEW', 'APPROVED')).data!.decideAccessReviewStep.errors).toEqual([]);

    const started = await officer.gql<{
      startAccessAgreement: {
        expressionOfInterest: { accessPath: AccessPath; agreements: { type: string; status: string; title: string }[] };
      };
    }>(START, { input: { eoiId: biobankEoi } });
    const eoi = started.data!.startAccessAgreement.expressionOfInterest;
    expect(eoi.agreements).toEqual([
      { type: 'MTA', status: 'DRAFTING', title: 'Material transfer agreement — HER3 expression in colorectal cancer' },
    ]);
    expect(eoi.accessPath).toMatchObject({ currentStep: null, viewerCanStartAgreement: false });
    const twice = await officer.gql<{ startAccessAgreement: { errors: { code: string }[] } }>(START, {
      input: { eoiId: biobankEoi },
    });
    expect(twice.data!.startAccessAgreement.errors.map((e) => e.code)).toEqual(['ACCESS_AGREEMENT_ALREADY_STARTED']);
  });

  it('the company reads outcomes, dates and notes, never who decided', async () => {
    const asCompany = await pathAs('buyer', biobankEoi);
    expect(asCompany?.steps[0]).toMatchObject({ outcome: 'APPROVED', note: 'Sound design.', decidedByName: null });
    const asOffice = await pathAs('officer', biobankEoi);
    expect(asOffice?.steps[0]?.decidedByName).toEqual(expect.any(String));
  });

  it('a rejection ends the path', async () => {
    // MediSense's: the demo data has OncoPharm's open request on this listing.
    const other = await serviceRequest(
      'irst-prospective-sample-collection',
      'rejected-path',
      ['IN_REVIEW'],
      otherBuyer,
    );
    await otherBuyer.gql(STATE, { input: { eoiId: other, ...STATEMENT, material: 'DATA' } });
    await officer.gql(DECIDE, { input: { eoiId: other, step: 'SCIENTIFIC_REVIEW', outcome: 'REJECTED' } });
    const path = await pathAs('officer', other);
    expect(path).toMatchObject({
      ended: true,
      currentStep: null,
      viewerCanDecide: false,
      viewerCanStartAgreement: false,
    });
    const after = await officer.gql<{ decideAccessReviewStep: { errors: { code: string }[] } }>(DECIDE, {
      input: { eoiId: other, step: 'ETHICS_REVIEW', outcome: 'APPROVED' },
    });
    expect(after.data!.decideAccessReviewStep.errors.map((e) => e.code)).toEqual(['ACCESS_PATH_ENDED']);
    const start = await officer.gql<{ startAccessAgreement: { errors: { code: string }[] } }>(START, {
      input: { eoiId: other },
    });
    expect(start.data!.startAccessAgreement.errors.map((e) => e.code)).toEqual(['ACCESS_PATH_ENDED']);
    // The office then declines the EoI as usual.
    const declined = await officer.gql<{ transitionExpressionOfInterest: { errors: unknown[] } }>(
      `mutation($id: ID!) { transitionExpressionOfInterest(input: { id: $id, to: DECLINED, declineReason: OTHER,
        message: "The scientific committee did not approve the project." }) { errors { code } } }`,
      { id: other },
    );
    expect(declined.data?.transitionExpressionOfInterest.errors ?? declined.errors).toEqual([]);
  });
});
