// The authorization matrix: every query, mutation and non-public field of the schema, run as each
// demo role and as an officer of the other institute, must be allowed or denied as the table says.
// The table is checked against the schema itself, so a new operation or type without a row fails.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../schema/global-id.js';
import { disclosureForm } from '../test-support/disclosure-form.js';
import { requiredServiceAnswers } from '../test-support/service-answers.js';
import { type GraphQLResponse, type TestClient } from '../test-support/test-server.js';
import { useTestServer } from '../test-support/use-test-server.js';

const sdl = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql'), 'utf8');
const schema = buildSchema(sdl);

const ACTORS = [
  'anonymous',
  'admin',
  'officerIrst',
  'officerInt',
  'researcherIrst',
  'researcherInt',
  'buyerOncopharm',
  'buyerMedisense',
  'platformManagerIrst',
  'platformManagerInt',
] as const;
type Actor = (typeof ACTORS)[number];
const ACCOUNTS: Record<Exclude<Actor, 'anonymous'>, string> = {
  admin: 'admin@tt.demo',
  officerIrst: 'officer.irst@tt.demo',
  officerInt: 'officer.int@tt.demo',
  researcherIrst: 'researcher.irst@tt.demo',
  researcherInt: 'researcher.int@tt.demo',
  buyerOncopharm: 'buyer@oncopharm.demo',
  buyerMedisense: 'buyer@medisense.demo',
  // IRST's Genomic Facility and Biological Resource Centre; the INT Biobank.
  platformManagerIrst: 'platforms.irst@tt.demo',
  platformManagerInt: 'platforms.int@tt.demo',
};

type Outcome = 'allow' | 'deny';
const everyone = (outcome: Outcome) =>
  Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Record<Actor, Outcome>;
const only = (...allowed: Actor[]) =>
  Object.fromEntries(ACTORS.map((actor) => [actor, allowed.includes(actor) ? 'allow' : 'deny'])) as Record<
    Actor,
    Outcome
  >;
const signedIn = only(...ACTORS.filter((actor) => actor !== 'anonymous'));

interface Fixtures {
  eoiId: string;
  disclosureId: string;
  listedDisclosureId: string;
  irstDraftListingId: string;
  irstArchivedListingId: string;
  attachmentId: string;
  inventedAssetSlug: string;
  irstAssetId: string;
  irstInstitutionId: string;
  irstOfficerUserId: string;
  irstInvitationId: string;
  oncopharmId: string;
  missingUserId: string;
  missingInstitutionId: string;
  /** Saved searches of OncoPharm's buyer: one to change, one to delete. */
  buyerSavedSearchId: string;
  buyerDoomedSavedSearchId: string;
  officesRequestSlug: string;
  officesRequestId: string;
  proposalId: string;
  /** An IRST licence with OncoPharm, made from the matrix EoI, on a listing researcher.irst invented (terms not shared). */
  agreementId: string;
  milestoneId: string;
  agreementAttachmentId: string;
  /** One payment and one document for each actor to remove (each actor's run removes its own). */
  doomedMilestoneIds: string[];
  doomedAgreementAttachmentIds: string[];
  /** IRST's partner record of OncoPharm, one of its contacts, and one contact per actor to remove. */
  partnerRecordId: string;
  partnerContactId: string;
  doomedPartnerContactIds: string[];
  /** OncoPharm's service request (with its answers) on an IRST Genomic Facility or Biobank listing, and that listing. */
  serviceRequestId: string;
  managedServiceId: string;
  /** An IRST service on a platform no demo platform manager manages, and an INT Biobank service. */
  unmanagedIrstServiceId: string;
  intBiobankServiceId: string;
  /** OncoPharm's service request on an IRST listing: version 1 of its quote (superseded) and version 2 (sent). */
  serviceEoiId: string;
  supersededQuoteId: string;
  sentQuoteId: string;
  /** A biobank service request of OncoPharm at IRST, its quote accepted: stated, its science approved, a milestone reached. */
  deliveryEoiId: string;
  serviceFileId: string;
  doomedServiceFileIds: string[];
  /** An IRST platform to edit (with an empty name: refused in the payload) and one the first allowed actor retires. */
  irstPlatformId: string;
  doomedPlatformId: string;
}

interface Row {
  /** What the row covers: `Query.x`, `Mutation.x`, or `Type.field` of a non-public type. */
  covers: string[];
  query: string | ((f: Fixtures) => string);
  variables?: (f: Fixtures) => Record<string, unknown>;
  expect: Record<Actor, Outcome>;
  /** Where a null means "not visible to you" (a denial without an error). */
  nullIsDenied?: string;
  /** Runs each actor on a session of its own (for operations that end the session). */
  freshSession?: boolean;
}

/** Every field of a type, one level deep: scalars, and `id` of objects. */
function selectAll(typeName: string, except: string[] = []): { selection: string; covers: string[] } {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const fields = (Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]).filter(
    (field) => !except.includes(field.name),
  );
  const parts = fields
    .filter((field) => field.args.every((arg) => !String(arg.type).endsWith('!')))
    .map((field) => {
      const named = getNamedType(field.type);
      if (isScalarType(named) || isEnumType(named)) return field.name;
      const inner = Object.keys((named as GraphQLObjectType).getFields()).includes('id') ? 'id' : '__typename';
      return `${field.name} { ${inner} }`;
    });
  return { selection: `{ ${parts.join(' ')} }`, covers: fields.map((field) => `${typeName}.${field.name}`) };
}

const user = selectAll('User');
const viewer = selectAll('Viewer');
const session = selectAll('SessionInfo');
const invitation = selectAll('Invitation');
// The office's priority has a row of its own: the company that sent the EoI may not read it.
const eoi = selectAll('ExpressionOfInterest', ['priority']);
const eoiHistory = selectAll('EoiHistoryEntry');
const eoiMessage = selectAll('EoiMessage');
const officerRef = selectAll('OfficerRef');
const statusCount = selectAll('EoiStatusCount');
const disclosure = selectAll('Disclosure');
const disclosureStatusCount = selectAll('DisclosureStatusCount');
const disclosureParts = [
  ['inventors', selectAll('DisclosureInventor')],
  ['publicDisclosures', selectAll('PublicDisclosure')],
  ['fundingSources', selectAll('FundingSource')],
  ['history', selectAll('DisclosureHistoryEntry')],
  ['messages', selectAll('DisclosureMessage')],
  ['attachments', selectAll('DisclosureAttachment')],
  ['researchers', selectAll('DisclosureResearcher')],
] as const;
const disclosureAttachment = selectAll('DisclosureAttachment');
const disclosureAssessment = selectAll('DisclosureAssessment');
const listingStatusCount = selectAll('ListingStatusCount');
const savedSearch = selectAll('SavedSearch');
const savedSearchFilter = selectAll('SavedSearchFilter');
const recommendedListing = selectAll('RecommendedListing');
const recommendationReason = selectAll('RecommendationReason');
const recommendedCompany = selectAll('RecommendedCompany');
const listingFeedback = selectAll('ListingFeedback');
const feedbackReasonCount = selectAll('FeedbackReasonCount');
const requestResponse = selectAll('RequestResponse');
const dashboardParts = [
  ['eoisByMonth', 'EoiMonth'],
  ['eoiFunnel', 'EoiFunnelStage'],
  ['responseTime', 'EoiResponseTime'],
  ['declineReasons', 'DeclineReasonCount'],
  ['disclosuresByQuarter', 'DisclosureQuarter'],
  ['disclosureStateTimes', 'DisclosureStateTime'],
  ['agreementsSignedByType', 'AgreementTypeCount'],
  ['agreementMoneyByQuarter', 'AgreementMoneyQuarter'],
] as const;
const eoiMonthKinds = selectAll('ListingKindCount');
const listingInterest = selectAll('ListingInterest');
const dashboardListing = selectAll('DashboardListing');
const officeDashboard = {
  selection: `{ from to institution { id } ${dashboardParts.map(([field, type]) => `${field} ${selectAll(type).selection}`).join(' ')}
    eoisByMonth { byKind ${eoiMonthKinds.selection} byInterestType { interestType count } }
    listingInterest { withoutInterestCount top ${dashboardListing.selection} withoutInterest ${dashboardListing.selection} } }`,
  covers: [
    ...selectAll('OfficeDashboard').covers,
    ...dashboardParts.flatMap(([, type]) => selectAll(type).covers),
    ...eoiMonthKinds.covers,
    ...listingInterest.covers,
    ...dashboardListing.covers,
  ],
};
const requestExpert = selectAll('RequestExpert');
const requestProposal = selectAll('RequestProposal');
const agreementMilestone = selectAll('AgreementMilestone');
const agreementAttachment = selectAll('AgreementAttachment');
const partnerRecord = selectAll('PartnerRelationship', ['history', 'contacts', 'company']);
const partnerContact = selectAll('PartnerContact');
const partnerHistory = selectAll('PartnerHistory', ['latestEois', 'latestAgreements']);
const partnerHistoryEoi = selectAll('PartnerHistoryEoi');
const partnerHistoryAgreement = selectAll('PartnerHistoryAgreement');
const contactPreferences = selectAll('CompanyContactPreferences', ['people']);
const contactPerson = selectAll('CompanyContactPerson');
const serviceDetail = selectAll('ServiceDetail');
const serviceRequestForm = selectAll('ServiceRequestForm');
const formField = selectAll('FormField');
const formChoiceOption = selectAll('FormChoiceOption');
const quoteLine = selectAll('QuoteLine');
const quote = (() => {
  const own = selectAll('Quote', ['lines']);
  return {
    selection: own.selection.replace(/ }$/, ` lines ${quoteLine.selection} }`),
    covers: [...own.covers, 'Quote.lines'],
  };
})();
// A service request's access path, delivery and files: who decided, recorded or uploaded is the office's alone.
const accessPath = selectAll('AccessPath', ['steps', 'statement']);
const accessStep = selectAll('AccessReviewStepEntry', ['decidedByName']);
const accessStatement = selectAll('AccessRequestStatement');
const serviceDelivery = selectAll('ServiceDelivery', ['milestones']);
const deliveryMilestone = selectAll('DeliveryMilestoneEntry', ['recordedByName']);
const serviceFile = selectAll('ServiceFile', ['uploadedByName']);

const ROWS: Row[] = [
  // Public catalogue and directory.
  {
    covers: ['Query.assets'],
    query: '{ assets(first: 2) { totalCount edges { node { id } } } }',
    expect: everyone('allow'),
  },
  { covers: ['Query.asset'], query: '{ asset(slug: "x") { id } }', expect: everyone('allow') },
  { covers: ['Query.node'], query: (f) => `{ node(id: "${f.irstInstitutionId}") { id } }`, expect: everyone('allow') },
  { covers: ['Query.institutions'], query: '{ institutions { id } }', expect: everyone('allow') },
  { covers: ['Query.institution'], query: '{ institution(slug: "irst") { id } }', expect: everyone('allow') },
  { covers: ['Query.sectors'], query: '{ sectors { id } }', expect: everyone('allow') },
  { covers: ['Query.partners'], query: '{ partners(first: 2) { totalCount } }', expect: everyone('allow') },
  { covers: ['Query.partner'], query: '{ partner(slug: "oncopharm") { id } }', expect: everyone('allow') },
  {
    covers: ['Query.invitation'],
    query: `{ invitation(token: "${'A'.repeat(43)}") { email } }`,
    expect: everyone('allow'),
  },

  // The viewer and their own things.
  {
    covers: ['Query.viewer', ...viewer.covers],
    query: `{ viewer ${viewer.selection} }`,
    expect: signedIn,
    nullIsDenied: 'viewer',
  },
  {
    covers: [...user.covers],
    query: `{ viewer { user ${user.selection} } }`,
    expect: signedIn,
    nullIsDenied: 'viewer',
  },
  {
    covers: [...session.covers],
    query: `{ viewer { sessions ${session.selection} } }`,
    expect: signedIn,
    nullIsDenied: 'viewer',
  },

  // Saved searches: their owner's alone; unsubscribing needs only the e-mailed link.
  {
    covers: ['Query.savedSearches', ...savedSearch.covers, ...savedSearchFilter.covers],
    query: `{ savedSearches ${savedSearch.selection.replace('filter { __typename }', `filter ${savedSearchFilter.selection}`)} }`,
    expect: signedIn,
  },
  {
    covers: ['Mutation.saveSearch'],
    query: 'mutation { saveSearch(input: { name: "Matrix", query: "biopsy" }) { savedSearch { id } errors { code } } }',
    expect: signedIn,
  },
  {
    // A search of the Requests directory: the offices' (and administrators') alone.
    covers: ['Mutation.saveSearch'],
    query:
      'mutation { saveSearch(input: { name: "Matrix requests", scope: REQUESTS, query: "assay", requestFilter: { statuses: [OPEN] } }) { savedSearch { id } errors { code } } }',
    expect: only('admin', 'officerIrst', 'officerInt'),
    nullIsDenied: 'saveSearch.savedSearch',
  },
  {
    covers: ['Mutation.updateSavedSearch'],
    query:
      'mutation($id: ID!) { updateSavedSearch(input: { id: $id, alertFrequency: WEEKLY }) { savedSearch { id } errors { code } } }',
    variables: (f) => ({ id: f.buyerSavedSearchId }),
    expect: only('buyerOncopharm'),
    nullIsDenied: 'updateSavedSearch.savedSearch',
  },
  {
    covers: ['Mutation.deleteSavedSearch'],
    query: 'mutation($id: ID!) { deleteSavedSearch(input: { id: $id }) { deletedId errors { code } } }',
    variables: (f) => ({ id: f.buyerDoomedSavedSearchId }),
    expect: only('buyerOncopharm'),
    nullIsDenied: 'deleteSavedSearch.deletedId',
  },
  {
    covers: ['Mutation.unsubscribeAlerts'],
    query: 'mutation { unsubscribeAlerts(input: { token: "1-2.not-a-signature" }) { ok errors { code } } }',
    expect: everyone('allow'),
  },

  // People and invitations: scoped to institute, company, or admins.
  {
    covers: [
      'Query.users',
      'UserConnection.edges',
      'UserConnection.pageInfo',
      'UserConnection.totalCount',
      'UserEdge.cursor',
      'UserEdge.node',
    ],
    query: '{ users(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor node { id email } } } }',
    expect: only('admin', 'officerIrst', 'officerInt'),
  },
  {
    covers: ['Query.node (User)'],
    query: (f) => `{ node(id: "${f.irstOfficerUserId}") { id ... on User { email } } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'node',
  },
  {
    covers: ['Query.user'],
    query: (f) => `{ user(id: "${f.irstOfficerUserId}") { id email } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'user',
  },
  {
    covers: [
      'Query.invitations',
      'InvitationConnection.edges',
      'InvitationConnection.pageInfo',
      'InvitationConnection.totalCount',
      'InvitationEdge.cursor',
      'InvitationEdge.node',
      ...invitation.covers,
    ],
    query: `{ invitations(first: 50) { totalCount pageInfo { hasNextPage } edges { cursor node ${invitation.selection} } } }`,
    expect: only('admin', 'officerIrst', 'officerInt', 'buyerOncopharm', 'buyerMedisense'),
  },
  {
    covers: ['Company.members'],
    query: '{ partner(slug: "oncopharm") { id members { id email } } }',
    expect: only('admin', 'buyerOncopharm'),
    nullIsDenied: 'partner.members',
  },

  // Expressions of interest: the company that sent it and the office of the asset's institute.
  {
    covers: [
      'Query.expressionsOfInterest',
      'ExpressionOfInterestConnection.edges',
      'ExpressionOfInterestConnection.pageInfo',
      'ExpressionOfInterestConnection.totalCount',
      'ExpressionOfInterestConnection.statusCounts',
      'ExpressionOfInterestEdge.cursor',
      'ExpressionOfInterestEdge.node',
      ...statusCount.covers,
    ],
    query: `{ expressionsOfInterest(first: 5) { totalCount pageInfo { hasNextPage } statusCounts ${statusCount.selection} edges { cursor node { id } } } }`,
    // Platform managers list their platforms' EoIs only (platform-manager-access.test.ts).
    expect: only(
      'admin',
      'officerIrst',
      'officerInt',
      'buyerOncopharm',
      'buyerMedisense',
      'platformManagerIrst',
      'platformManagerInt',
    ),
  },
  {
    covers: ['Query.node (ExpressionOfInterest)', ...eoi.covers],
    query: (f) => `{ node(id: "${f.eoiId}") { ... on ExpressionOfInterest ${eoi.selection} } }`,
    expect: only('admin', 'officerIrst', 'buyerOncopharm'),
    nullIsDenied: 'node',
  },
  {
    covers: ['ExpressionOfInterest.priority'],
    query: (f) => `{ node(id: "${f.eoiId}") { ... on ExpressionOfInterest { id priority } } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'node.priority',
  },
  {
    covers: [...eoiHistory.covers, ...eoiMessage.covers, ...officerRef.covers],
    query: (f) =>
      `{ node(id: "${f.eoiId}") { ... on ExpressionOfInterest { history ${eoiHistory.selection} messages ${eoiMessage.selection} assignee ${officerRef.selection} } } }`,
    expect: only('admin', 'officerIrst', 'buyerOncopharm'),
    nullIsDenied: 'node',
  },
  {
    covers: [
      'Asset.interestSummary',
      'AssetInterestSummary.total',
      'AssetInterestSummary.open',
      'AssetInterestSummary.byType',
      'InterestTypeCount.interestType',
      'InterestTypeCount.count',
    ],
    query: (f) =>
      `{ asset(slug: "${f.inventedAssetSlug}") { id interestSummary { total open byType { interestType count } } } }`,
    expect: only('admin', 'officerIrst', 'researcherIrst'),
    nullIsDenied: 'asset.interestSummary',
  },
  {
    covers: ['Mutation.submitExpressionOfInterest'],
    query:
      'mutation($assetId: ID!) { submitExpressionOfInterest(input: { assetId: $assetId, interestType: LICENSE, message: "short", idempotencyKey: "matrix-key-1" }) { errors { code } } }',
    variables: (f) => ({ assetId: f.irstAssetId }),
    expect: only('buyerOncopharm', 'buyerMedisense'),
  },
  {
    covers: ['Mutation.transitionExpressionOfInterest'],
    query:
      'mutation($id: ID!) { transitionExpressionOfInterest(input: { id: $id, to: IN_REVIEW }) { errors { code } } }',
    variables: (f) => ({ id: f.eoiId }),
    expect: only('admin', 'officerIrst', 'buyerOncopharm'),
  },
  {
    covers: ['Mutation.postExpressionOfInterestMessage'],
    query: 'mutation($id: ID!) { postExpressionOfInterestMessage(input: { id: $id, body: "" }) { errors { code } } }',
    variables: (f) => ({ id: f.eoiId }),
    expect: only('admin', 'officerIrst', 'buyerOncopharm'),
  },
  {
    covers: ['Mutation.markExpressionOfInterestRead'],
    query: 'mutation($id: ID!) { markExpressionOfInterestRead(input: { id: $id }) { errors { code } } }',
    variables: (f) => ({ id: f.eoiId }),
    expect: only('admin', 'officerIrst', 'buyerOncopharm'),
  },
  {
    covers: ['Mutation.assignExpressionOfInterest'],
    query:
      'mutation($id: ID!) { assignExpressionOfInterest(input: { id: $id, assigneeId: "nobody" }) { errors { code } } }',
    variables: (f) => ({ id: f.eoiId }),
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.setExpressionOfInterestPriority'],
    query:
      'mutation($id: ID!) { setExpressionOfInterestPriority(input: { id: $id, priority: HIGH }) { errors { code } } }',
    variables: (f) => ({ id: f.eoiId }),
    expect: only('admin', 'officerIrst'),
  },

  // Invention disclosures: its researchers, the officers of its institute, admins; nobody else.
  {
    covers: [
      'Query.disclosures',
      'DisclosureConnection.edges',
      'DisclosureConnection.pageInfo',
      'DisclosureConnection.totalCount',
      'DisclosureConnection.statusCounts',
      'DisclosureEdge.cursor',
      'DisclosureEdge.node',
      ...disclosureStatusCount.covers,
    ],
    query: `{ disclosures(first: 5) { totalCount pageInfo { hasNextPage } statusCounts ${disclosureStatusCount.selection} edges { cursor node { id } } } }`,
    // Everyone signed in may ask; each sees only their own scope (nothing for companies: tested in disclosure.test.ts).
    expect: signedIn,
  },
  {
    covers: ['Query.node (Disclosure)', ...disclosure.covers],
    query: (f) => `{ node(id: "${f.disclosureId}") { ... on Disclosure ${disclosure.selection} } }`,
    expect: only('admin', 'officerIrst', 'researcherIrst'),
    nullIsDenied: 'node',
  },
  {
    covers: disclosureParts.flatMap(([, part]) => part.covers),
    query: (f) =>
      `{ node(id: "${f.disclosureId}") { ... on Disclosure { ${disclosureParts.map(([name, part]) => `${name} ${part.selection}`).join(' ')} } } }`,
    expect: only('admin', 'officerIrst', 'researcherIrst'),
    nullIsDenied: 'node',
  },
  {
    covers: [...disclosureAssessment.covers],
    query: (f) =>
      `{ node(id: "${f.disclosureId}") { ... on Disclosure { assessment ${disclosureAssessment.selection} } } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'node.assessment',
  },
  {
    covers: ['Query.node (DisclosureAttachment)'],
    query: (f) => `{ node(id: "${f.attachmentId}") { ... on DisclosureAttachment ${disclosureAttachment.selection} } }`,
    expect: only('admin', 'officerIrst', 'researcherIrst'),
    nullIsDenied: 'node',
  },
  {
    covers: ['Mutation.saveDisclosureDraft'],
    query:
      'mutation($id: ID!) { saveDisclosureDraft(input: { id: $id, expectedVersion: 0, title: "x" }) { errors { code } } }',
    variables: (f) => ({ id: f.disclosureId }),
    expect: only('researcherIrst'),
  },
  {
    covers: ['Mutation.saveDisclosureDraft (new draft)'],
    query: `mutation { saveDisclosureDraft(input: { title: "${'x'.repeat(201)}" }) { errors { code } } }`,
    expect: only('researcherIrst', 'researcherInt'),
  },
  {
    // The fixture is submitted: its creator is answered DISCLOSURE_NOT_DRAFT, everyone else refused outright.
    covers: ['Mutation.deleteDisclosureDraft'],
    query: 'mutation($id: ID!) { deleteDisclosureDraft(input: { id: $id }) { deletedId errors { code } } }',
    variables: (f) => ({ id: f.disclosureId }),
    expect: only('researcherIrst'),
  },
  {
    covers: ['Mutation.submitDisclosure'],
    query: 'mutation($id: ID!) { submitDisclosure(input: { id: $id }) { errors { code } } }',
    variables: (f) => ({ id: f.disclosureId }),
    expect: only('researcherIrst'),
  },
  {
    covers: ['Mutation.transitionDisclosure'],
    query: 'mutation($id: ID!) { transitionDisclosure(input: { id: $id, to: PUBLISHED }) { errors { code } } }',
    variables: (f) => ({ id: f.disclosureId }),
    expect: only('admin', 'officerIrst', 'researcherIrst'),
  },
  {
    covers: ['Mutation.assessDisclosure'],
    query:
      'mutation($id: ID!) { assessDisclosure(input: { id: $id, patentability: MEDIUM, notes: "matrix" }) { errors { code } } }',
    variables: (f) => ({ id: f.disclosureId }),
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.postDisclosureMessage'],
    query: 'mutation($id: ID!) { postDisclosureMessage(input: { id: $id, body: "" }) { errors { code } } }',
    variables: (f) => ({ id: f.disclosureId }),
    expect: only('admin', 'officerIrst', 'researcherIrst'),
  },
  {
    covers: ['Mutation.assignDisclosure'],
    query: 'mutation($id: ID!) { assignDisclosure(input: { id: $id, assigneeId: "nobody" }) { errors { code } } }',
    variables: (f) => ({ id: f.disclosureId }),
    expect: only('admin', 'officerIrst'),
  },
  {
    // The fixture is submitted: its researcher is answered NOT_EDITABLE; the office never removes files.
    covers: ['Mutation.removeDisclosureAttachment'],
    query: 'mutation($id: ID!) { removeDisclosureAttachment(input: { id: $id }) { errors { code } } }',
    variables: (f) => ({ id: f.attachmentId }),
    expect: only('researcherIrst'),
  },
  {
    covers: ['Mutation.addDisclosureResearcher'],
    query:
      'mutation($id: ID!) { addDisclosureResearcher(input: { disclosureId: $id, email: "nobody@nowhere.demo" }) { errors { code } } }',
    variables: (f) => ({ id: f.disclosureId }),
    expect: only('admin', 'officerIrst', 'researcherIrst'),
  },
  {
    covers: ['Mutation.removeDisclosureResearcher'],
    query:
      'mutation($id: ID!, $userId: ID!) { removeDisclosureResearcher(input: { disclosureId: $id, userId: $userId }) { errors { code } } }',
    variables: (f) => ({ id: f.disclosureId, userId: f.missingUserId }),
    expect: only('admin', 'officerIrst', 'researcherIrst'),
  },

  // The listing editor: the office of the listing's institute and admins; researchers see their own listings.
  {
    covers: [
      'Query.officeListings',
      'OfficeListingConnection.edges',
      'OfficeListingConnection.pageInfo',
      'OfficeListingConnection.totalCount',
      'OfficeListingConnection.statusCounts',
      'OfficeListingEdge.cursor',
      'OfficeListingEdge.node',
      ...listingStatusCount.covers,
    ],
    query: `{ officeListings(first: 5) { totalCount pageInfo { hasNextPage } statusCounts ${listingStatusCount.selection} edges { cursor node { id } } } }`,
    expect: only('admin', 'officerIrst', 'officerInt'),
  },
  {
    covers: [
      'Query.myListings',
      'MyListingConnection.edges',
      'MyListingConnection.pageInfo',
      'MyListingConnection.totalCount',
      'MyListingEdge.cursor',
      'MyListingEdge.node',
    ],
    query: '{ myListings(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor node { id } } } }',
    expect: only('researcherIrst', 'researcherInt'),
  },
  {
    // A draft: only its office sees it at all, and only the office sees the editor's fields.
    covers: [
      'Query.node (draft Asset)',
      'Asset.publicationIssues',
      'Asset.publicationWarnings',
      'Asset.allowedTransitions',
      'Asset.sourceDisclosure',
      'Asset.contactOfficerUser',
    ],
    query: (f) =>
      `{ node(id: "${f.irstDraftListingId}") { ... on Asset { publicationIssues { field code } publicationWarnings { field code } allowedTransitions sourceDisclosure { id } contactOfficerUser { id } } } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'node.sourceDisclosure',
  },
  {
    // A draft's texts in both languages, as the editor reads them: whoever sees the draft, its office only.
    covers: ['Asset.texts (of a draft)', 'ListingTexts (of a draft)'],
    query: (f) =>
      `{ node(id: "${f.irstDraftListingId}") { ... on Asset { en: texts(language: EN) { title } it: texts(language: IT) { title description } } } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'node',
  },
  {
    // Its expiry date and marker: the office's (null for everyone else, even on a published listing).
    covers: ['Asset.expiresOn', 'Asset.expiredAt'],
    query: (f) => `{ node(id: "${f.irstDraftListingId}") { ... on Asset { expiresOn expiredAt } } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'node',
  },
  {
    covers: ['Query.asset (contactOfficerUser of a published listing)'],
    query: (f) => `{ asset(slug: "${f.inventedAssetSlug}") { id contactOfficerUser { id } } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'asset.contactOfficerUser',
  },
  {
    // Its researcher sees the disclosure, but not which listing was made from it.
    covers: ['Disclosure.listing'],
    query: (f) => `{ node(id: "${f.listedDisclosureId}") { ... on Disclosure { listing { id } } } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'node.listing',
  },
  {
    // An empty title: answered with a UserError (officers: the title; admins: the institute too), nothing made.
    covers: ['Mutation.createListing'],
    query: 'mutation { createListing(input: { kind: INVENTION, title: "   " }) { errors { code } } }',
    expect: only('admin', 'officerIrst', 'officerInt'),
  },
  {
    covers: ['Mutation.updateListing'],
    query: `mutation($id: ID!) { updateListing(input: { id: $id, summary: "${'x'.repeat(401)}", titleIt: "${'x'.repeat(201)}" }) { errors { code } } }`,
    variables: (f) => ({ id: f.irstDraftListingId }),
    expect: only('admin', 'officerIrst'),
  },
  {
    // The draft is incomplete: publication is refused with its issues, nothing changes.
    covers: ['Mutation.publishListing'],
    query: 'mutation($id: ID!) { publishListing(input: { id: $id }) { errors { code } } }',
    variables: (f) => ({ id: f.irstDraftListingId }),
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.unpublishListing'],
    query: 'mutation($id: ID!) { unpublishListing(input: { id: $id }) { errors { code } } }',
    variables: (f) => ({ id: f.irstDraftListingId }),
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.restoreListing'],
    query: 'mutation($id: ID!) { restoreListing(input: { id: $id }) { errors { code } } }',
    variables: (f) => ({ id: f.irstDraftListingId }),
    expect: only('admin', 'officerIrst'),
  },
  {
    // A draft is not renewed: its office is answered LISTING_NOT_RENEWABLE, nothing changes.
    covers: ['Mutation.renewListing'],
    query: 'mutation($id: ID!) { renewListing(input: { id: $id, expiresOn: "2099-01-01" }) { errors { code } } }',
    variables: (f) => ({ id: f.irstDraftListingId }),
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.archiveListing'],
    query: 'mutation($id: ID!) { archiveListing(input: { id: $id }) { errors { code } } }',
    variables: (f) => ({ id: f.irstArchivedListingId }),
    expect: only('admin', 'officerIrst'),
  },

  // Accounts: open to all, or to the signed-in.
  {
    covers: ['Mutation.logIn'],
    query:
      'mutation { logIn(input: { email: "matrix@nowhere.demo", password: "not-the-password" }) { errors { code } } }',
    expect: everyone('allow'),
  },
  { covers: ['Mutation.logOut'], query: 'mutation { logOut { ok } }', expect: everyone('allow'), freshSession: true },
  {
    covers: ['Mutation.signUp'],
    query:
      'mutation { signUp(input: { email: "matrix@example.com", password: "x", name: "", company: { name: "", country: "", size: SME }, acceptedTermsVersion: 1 }) { errors { code } } }',
    expect: everyone('allow'),
  },
  {
    covers: ['Mutation.verifyEmail'],
    query: `mutation { verifyEmail(input: { token: "${'B'.repeat(43)}" }) { ok } }`,
    expect: everyone('allow'),
  },
  {
    covers: ['Mutation.resendVerificationEmail'],
    query: 'mutation { resendVerificationEmail { ok } }',
    expect: signedIn,
  },
  {
    covers: ['Mutation.requestPasswordReset'],
    query: 'mutation { requestPasswordReset(input: { email: "ghost@nowhere.demo" }) { ok } }',
    expect: everyone('allow'),
  },
  {
    covers: ['Mutation.resetPassword'],
    query: `mutation { resetPassword(input: { token: "${'C'.repeat(43)}", password: "whatever passphrase" }) { ok } }`,
    expect: everyone('allow'),
  },
  {
    covers: ['Mutation.changePassword'],
    query:
      'mutation { changePassword(input: { currentPassword: "wrong-one-123", newPassword: "whatever passphrase" }) { ok } }',
    expect: signedIn,
  },
  {
    covers: ['Mutation.updateProfile'],
    query: 'mutation { updateProfile(input: { name: "" }) { errors { code } } }',
    expect: signedIn,
  },
  {
    covers: ['Mutation.setLanguage'],
    query: 'mutation { setLanguage(input: { language: EN }) { viewer { language } errors { code } } }',
    expect: signedIn,
  },
  {
    covers: ['Mutation.revokeSession'],
    query: 'mutation { revokeSession(input: { id: "nope" }) { ok } }',
    expect: signedIn,
  },
  {
    covers: ['Mutation.acceptInvitation'],
    query: `mutation { acceptInvitation(input: { token: "${'D'.repeat(43)}", name: "X Y", password: "whatever passphrase", acceptedTermsVersion: 1 }) { errors { code } } }`,
    expect: everyone('allow'),
  },

  // The network's pages: anyone reads them, administrators write them.
  {
    covers: ['Query.sitePage'],
    query: '{ sitePage(key: TERMS, language: IT) { key language version markdown html updatedAt } }',
    expect: everyone('allow'),
  },
  {
    covers: ['Query.sitePagePreview'],
    query: '{ sitePagePreview(input: { markdown: "# Title" }) }',
    expect: only('admin'),
  },
  {
    covers: ['Mutation.saveSitePage'],
    // A stale expected version: allowed callers get VERSION_CONFLICT and nothing changes.
    query:
      'mutation { saveSitePage(input: { key: ABOUT, language: EN, markdown: "# About the network, again", expectedVersion: 0 }) { errors { code } } }',
    expect: only('admin'),
  },

  // Invitations to IRST: its officers and admins only.
  {
    covers: ['Mutation.inviteUser'],
    query:
      'mutation($institutionId: ID) { inviteUser(input: { email: "new.researcher@irst.demo", role: RESEARCHER, institutionId: $institutionId }) { errors { code } } }',
    variables: (f) => ({ institutionId: f.irstInstitutionId }),
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.resendInvitation'],
    query: 'mutation($id: ID!) { resendInvitation(input: { id: $id }) { errors { code } } }',
    variables: (f) => ({ id: f.irstInvitationId }),
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.revokeInvitation'],
    query: 'mutation($id: ID!) { revokeInvitation(input: { id: $id }) { errors { code } } }',
    variables: (f) => ({ id: f.irstInvitationId }),
    expect: only('admin', 'officerIrst'),
  },

  // Administration: admins only.
  {
    covers: ['Mutation.setUserRole'],
    query: 'mutation($id: ID!) { setUserRole(input: { userId: $id, role: RESEARCHER }) { errors { code } } }',
    variables: (f) => ({ id: f.missingUserId }),
    expect: only('admin'),
  },
  {
    covers: ['Mutation.setUserDisabled'],
    query: 'mutation($id: ID!) { setUserDisabled(input: { userId: $id, disabled: true }) { errors { code } } }',
    variables: (f) => ({ id: f.missingUserId }),
    expect: only('admin'),
  },
  {
    covers: ['Mutation.createInstitution'],
    query:
      'mutation { createInstitution(input: { slug: "", name: "", shortName: "", city: "", region: "", cityIt: "", regionIt: "", contactEmail: "" }) { errors { code } } }',
    expect: only('admin'),
  },
  {
    covers: ['Mutation.updateInstitution'],
    query:
      'mutation($id: ID!) { updateInstitution(input: { id: $id, name: "", descriptionIt: "", missionIt: "", cityIt: "", regionIt: "" }) { errors { code } } }',
    variables: (f) => ({ id: f.missingInstitutionId }),
    expect: only('admin'),
  },

  // A company's profile: its members and admins.
  {
    covers: ['Mutation.updateCompanyProfile'],
    query:
      'mutation($id: ID) { updateCompanyProfile(input: { companyId: $id, name: "", descriptionIt: "" }) { errors { code } } }',
    variables: (f) => ({ id: f.oncopharmId }),
    expect: only('admin', 'buyerOncopharm'),
  },

  // Matchmaking: a company's recommendations are its members'; a listing's companies to approach its office's.
  {
    covers: ['Query.recommendedListings', ...recommendedListing.covers, ...recommendationReason.covers],
    query: `{ recommendedListings(first: 3) { score listing { id } reasons ${recommendationReason.selection} } }`,
    expect: only('buyerOncopharm', 'buyerMedisense'),
  },
  {
    covers: ['Query.companiesToApproach', ...recommendedCompany.covers],
    query: `query($id: ID!) { companiesToApproach(assetId: $id, first: 3) ${recommendedCompany.selection} }`,
    variables: (f) => ({ id: f.irstAssetId }),
    expect: only('admin', 'officerIrst'),
  },
  {
    // A service of a platform: its managers set its capacity too.
    covers: ['Mutation.setServiceCapacity (a service of a managed platform)'],
    query:
      'mutation($id: ID!) { setServiceCapacity(input: { id: $id, status: ACCEPTING_REQUESTS }) { asset { id } errors { code } } }',
    variables: (f) => ({ id: f.managedServiceId }),
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
  },
  {
    covers: ['Mutation.dismissRecommendation'],
    query:
      'mutation($id: ID!) { dismissRecommendation(input: { assetId: $id, reason: OTHER }) { dismissed { assetId } errors { code } } }',
    variables: (f) => ({ id: f.irstAssetId }),
    expect: only('buyerOncopharm', 'buyerMedisense'),
  },
  {
    // The first allowed actor invites; the next one is answered ALREADY_INVITED_TO_LOOK (allowed, refused as input).
    covers: ['Mutation.inviteCompanyToLook'],
    query:
      'mutation($id: ID!, $company: ID!) { inviteCompanyToLook(input: { assetId: $id, companyId: $company }) { invitation { invitedAt recipientCount } errors { code } } }',
    variables: (f) => ({ id: f.irstAssetId, company: f.oncopharmId }),
    expect: only('admin', 'officerIrst'),
  },

  // A listing's availability: public; following it (to be e-mailed when it opens again) takes an account. The
  // fixture listing is open, so a signed-in actor is allowed and refused as input (AVAILABILITY_WATCH_LISTING_OPEN).
  {
    covers: ['Asset.availability', 'Asset.exclusiveScopes', 'Asset.viewerWatchesAvailability'],
    query: (f) =>
      `{ node(id: "${f.irstAssetId}") { ... on Asset { availability exclusiveScopes { fieldOfUse territory } viewerWatchesAvailability } } }`,
    expect: everyone('allow'),
  },
  {
    covers: ['Mutation.watchListingAvailability'],
    query:
      'mutation($id: ID!) { watchListingAvailability(input: { assetId: $id }) { watch { assetId watching } errors { code } } }',
    variables: (f) => ({ id: f.irstAssetId }),
    expect: signedIn,
  },
  {
    covers: ['Mutation.stopWatchingListingAvailability'],
    query:
      'mutation($id: ID!) { stopWatchingListingAvailability(input: { assetId: $id }) { watch { assetId watching } errors { code } } }',
    variables: (f) => ({ id: f.irstAssetId }),
    expect: signedIn,
  },

  // A service's capacity: public on every listing (null for other kinds); set by the listing's office only. The
  // fixture listing is no service, so its office is allowed and refused as input (CAPACITY_SERVICES_ONLY).
  {
    covers: ['Asset.capacity'],
    query: (f) =>
      `{ node(id: "${f.irstAssetId}") { ... on Asset { capacity { status fullyBookedUntil nextSlotOn turnaroundWeeksMin turnaroundWeeksMax } } } }`,
    expect: everyone('allow'),
  },
  {
    covers: ['Mutation.setServiceCapacity'],
    query:
      'mutation($id: ID!) { setServiceCapacity(input: { id: $id, status: ACCEPTING_REQUESTS }) { asset { id } errors { code } } }',
    variables: (f) => ({ id: f.irstAssetId }),
    expect: only('admin', 'officerIrst'),
  },

  // Companies' feedback: a listing's office (with the company) and its inventors (without); never a company.
  {
    covers: ['Asset.feedback', ...listingFeedback.covers],
    query: (f) => `{ asset(slug: "${f.inventedAssetSlug}") { id feedback ${listingFeedback.selection} } }`,
    expect: only('admin', 'officerIrst', 'researcherIrst'),
    nullIsDenied: 'asset.feedback',
  },
  {
    covers: ['Query.listingFeedbackCounts', ...feedbackReasonCount.covers],
    query: `{ listingFeedbackCounts ${feedbackReasonCount.selection} }`,
    expect: only('admin', 'officerIrst', 'officerInt'),
  },
  // The office's dashboard: an office its own institute's figures, admins any institute's or the network's.
  {
    covers: ['Query.officeDashboard', ...officeDashboard.covers],
    query: `{ officeDashboard ${officeDashboard.selection} }`,
    expect: only('admin', 'officerIrst', 'officerInt'),
  },
  {
    covers: ['Query.officeDashboard'],
    query: `query($id: ID) { officeDashboard(institutionId: $id) ${officeDashboard.selection} }`,
    variables: (f) => ({ id: f.irstInstitutionId }),
    expect: only('admin', 'officerIrst'),
  },
  // Technology requests: public ones for everyone, office-only ones for the institutes, admins and their company;
  // responses for the requesting company and the responding institute's office (the other office reads none).
  {
    covers: [
      'Query.technologyRequests',
      'TechnologyRequestConnection.edges',
      'TechnologyRequestConnection.pageInfo',
      'TechnologyRequestConnection.totalCount',
      'TechnologyRequestConnection.facets',
      'TechnologyRequestEdge.cursor',
      'TechnologyRequestEdge.node',
    ],
    query:
      '{ technologyRequests(first: 5) { totalCount pageInfo { hasNextPage } facets { sectors { value count } trl { value count } partneringModels { value count } statuses { value count } } edges { cursor node { id } } } }',
    expect: everyone('allow'),
  },
  {
    covers: ['Query.technologyRequest'],
    query: (f) => `{ technologyRequest(slug: "${f.officesRequestSlug}") { id title } }`,
    expect: only('admin', 'officerIrst', 'officerInt', 'researcherIrst', 'researcherInt', 'buyerOncopharm'),
    nullIsDenied: 'technologyRequest',
  },
  {
    covers: ['Query.node (TechnologyRequest)'],
    query: (f) => `{ node(id: "${f.officesRequestId}") { id ... on TechnologyRequest { title } } }`,
    expect: only('admin', 'officerIrst', 'officerInt', 'researcherIrst', 'researcherInt', 'buyerOncopharm'),
    nullIsDenied: 'node',
  },
  {
    // INT's officer is let through and reads an empty list: IRST's response is not theirs (visibility test).
    covers: [
      'TechnologyRequest.responses',
      ...requestResponse.covers,
      ...requestExpert.covers,
      ...requestProposal.covers,
    ],
    query: (f) =>
      `{ technologyRequest(slug: "${f.officesRequestSlug}") { id responses { ${requestResponse.selection.slice(1, -1)} expert ${requestExpert.selection} proposals ${requestProposal.selection} } } }`,
    expect: only('admin', 'officerIrst', 'officerInt', 'buyerOncopharm'),
    nullIsDenied: 'technologyRequest.responses',
  },
  {
    covers: ['Mutation.publishTechnologyRequest'],
    query:
      'mutation { publishTechnologyRequest(input: { title: "x", description: "", sectorIds: [], trlMin: 1, trlMax: 1, partneringModels: [], deadline: "2000-01-01", visibility: PUBLIC }) { errors { code } } }',
    expect: only('buyerOncopharm', 'buyerMedisense'),
  },
  {
    covers: ['Mutation.updateTechnologyRequest'],
    query: (f) =>
      `mutation { updateTechnologyRequest(input: { id: "${f.officesRequestId}", title: "x", description: "", sectorIds: [], trlMin: 1, trlMax: 1, partneringModels: [], deadline: "2000-01-01", visibility: PUBLIC }) { errors { code } } }`,
    expect: only('buyerOncopharm'),
  },
  {
    covers: ['Mutation.closeTechnologyRequest'],
    query: (f) =>
      `mutation { closeTechnologyRequest(input: { id: "${f.officesRequestId}", status: EXPIRED }) { errors { code } } }`,
    expect: only('buyerOncopharm'),
  },
  {
    covers: ['Mutation.respondToTechnologyRequest'],
    query: (f) =>
      `mutation { respondToTechnologyRequest(input: { requestId: "${f.officesRequestId}", kind: LISTINGS, listingIds: [], message: "" }) { errors { code } } }`,
    expect: only('officerIrst', 'officerInt'),
  },
  {
    covers: ['Mutation.expressInterestInProposal'],
    query: (f) =>
      `mutation { expressInterestInProposal(input: { proposalId: "${f.proposalId}", interestType: LICENSE, message: "short" }) { errors { code } } }`,
    expect: only('buyerOncopharm'),
  },
  {
    covers: ['Mutation.declineProposal'],
    query: (f) =>
      `mutation { declineProposal(input: { proposalId: "${f.proposalId}", reason: OTHER, comment: "${'x'.repeat(1001)}" }) { errors { code } } }`,
    expect: only('buyerOncopharm'),
  },

  // The public directory: a member asks to be listed, administrators and officers decide.
  {
    covers: ['Company.listingRequestedAt'],
    query: '{ partner(slug: "oncopharm") { id listingRequestedAt } }',
    expect: only('admin', 'officerIrst', 'officerInt', 'buyerOncopharm'),
    nullIsDenied: 'partner.listingRequestedAt',
  },
  {
    covers: ['Query.directoryListingRequests'],
    query: '{ directoryListingRequests { id listingRequestedAt } }',
    expect: only('admin', 'officerIrst', 'officerInt'),
  },
  {
    covers: ['Mutation.reviewDirectoryListing'],
    query:
      'mutation($id: ID!) { reviewDirectoryListing(input: { companyId: $id, approve: false }) { errors { code } } }',
    variables: () => ({ id: toGlobalId('Company', 999_999) }),
    expect: only('admin', 'officerIrst', 'officerInt'),
  },
  // Agreements: the office of their institute (and admins) reads and changes them; the company sees type and status
  // of one made from its EoI; an inventor of a covered listing its type and status (terms only when shared).
  {
    covers: [
      'Query.agreements',
      'AgreementConnection.edges',
      'AgreementConnection.pageInfo',
      'AgreementConnection.totalCount',
      'AgreementEdge.cursor',
      'AgreementEdge.node',
    ],
    query: '{ agreements(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor node { id type status } } } }',
    expect: signedIn,
  },
  {
    covers: [
      'Query.agreement',
      'Agreement.id',
      'Agreement.type',
      'Agreement.status',
      'Agreement.createdAt',
      'Agreement.updatedAt',
      'Agreement.institution',
      'Agreement.closesExpressionOfInterest',
      'Agreement.allowedTransitions',
      'Agreement.viewerCanEdit',
    ],
    query: (f) =>
      `{ agreement(id: "${f.agreementId}") { id type status createdAt updatedAt institution { id } closesExpressionOfInterest allowedTransitions viewerCanEdit } }`,
    expect: only('admin', 'officerIrst', 'buyerOncopharm', 'researcherIrst'),
    nullIsDenied: 'agreement',
  },
  {
    covers: ['Query.node (Agreement)'],
    query: (f) => `{ node(id: "${f.agreementId}") { id ... on Agreement { type status } } }`,
    expect: only('admin', 'officerIrst', 'buyerOncopharm', 'researcherIrst'),
    nullIsDenied: 'node',
  },
  {
    covers: [
      'Agreement.title',
      'Agreement.notes',
      'Agreement.exclusivity',
      'Agreement.fieldOfUse',
      'Agreement.territory',
      'Agreement.signatureDate',
      'Agreement.effectiveDate',
      'Agreement.expiryDate',
      'Agreement.termsSharedWithInventors',
      'Agreement.company',
      'Agreement.owner',
      'Agreement.expressionOfInterest',
      'Agreement.attachments',
      ...agreementAttachment.covers,
    ],
    query: (f) =>
      `{ agreement(id: "${f.agreementId}") { title notes exclusivity fieldOfUse territory signatureDate effectiveDate expiryDate termsSharedWithInventors company { id } owner { id } expressionOfInterest { id } attachments ${agreementAttachment.selection} } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'agreement.title',
  },
  {
    covers: [
      'Agreement.royaltyRateBasisPoints',
      'Agreement.royaltyReportingPeriod',
      'Agreement.milestones',
      ...agreementMilestone.covers,
    ],
    query: (f) =>
      `{ agreement(id: "${f.agreementId}") { royaltyRateBasisPoints royaltyReportingPeriod milestones ${agreementMilestone.selection} } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'agreement.milestones',
  },
  {
    covers: ['Agreement.listings'],
    query: (f) => `{ agreement(id: "${f.agreementId}") { listings { id } } }`,
    expect: only('admin', 'officerIrst', 'researcherIrst'),
    nullIsDenied: 'agreement.listings',
  },
  {
    covers: ['Query.node (AgreementMilestone)'],
    query: (f) => `{ node(id: "${f.milestoneId}") { id } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'node',
  },
  {
    covers: ['Query.node (AgreementAttachment)'],
    query: (f) => `{ node(id: "${f.agreementAttachmentId}") { id } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'node',
  },
  {
    covers: ['ExpressionOfInterest.agreements', 'ExpressionOfInterest.viewerCanCreateAgreement'],
    query: (f) =>
      `{ node(id: "${f.eoiId}") { ... on ExpressionOfInterest { agreements { id type status } viewerCanCreateAgreement } } }`,
    expect: only('admin', 'officerIrst', 'buyerOncopharm'),
    nullIsDenied: 'node',
  },
  {
    // Officers record agreements for their own institute, admins for any (this one names none: a user error).
    covers: ['Mutation.createAgreement'],
    query: (f) =>
      `mutation { createAgreement(input: { companyId: "${f.oncopharmId}", type: CDA, title: "x" }) { agreement { id } errors { code } } }`,
    expect: only('admin', 'officerIrst', 'officerInt'),
  },
  {
    covers: ['Mutation.updateAgreement'],
    query: (f) => `mutation { updateAgreement(input: { id: "${f.agreementId}", title: "x" }) { errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.transitionAgreement'],
    query: (f) =>
      `mutation { transitionAgreement(input: { id: "${f.agreementId}", to: EXPIRED }) { errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.addAgreementMilestone'],
    query: (f) =>
      `mutation { addAgreementMilestone(input: { agreementId: "${f.agreementId}", kind: MILESTONE, event: "x", amountCents: 100 }) { errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.updateAgreementMilestone'],
    query: (f) =>
      `mutation { updateAgreementMilestone(input: { id: "${f.milestoneId}", kind: MILESTONE, event: "x", amountCents: 100 }) { errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.removeAgreementMilestone'],
    query: 'mutation($id: ID!) { removeAgreementMilestone(input: { id: $id }) { agreement { id } errors { code } } }',
    variables: (f) => ({ id: f.doomedMilestoneIds.shift() }),
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: [
      'ExpressionOfInterest.accessPath',
      ...accessPath.covers,
      'AccessPath.steps',
      'AccessPath.statement',
      ...accessStep.covers,
      ...accessStatement.covers,
    ],
    query: (f) =>
      `{ node(id: "${f.deliveryEoiId}") { ... on ExpressionOfInterest { accessPath { ${accessPath.selection.slice(1, -1)} steps ${accessStep.selection} statement ${accessStatement.selection} } } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst', 'buyerOncopharm'),
    nullIsDenied: 'node.accessPath',
  },
  {
    covers: ['AccessReviewStepEntry.decidedByName'],
    query: (f) =>
      `{ node(id: "${f.deliveryEoiId}") { ... on ExpressionOfInterest { accessPath { steps { decidedByName } } } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
    nullIsDenied: 'node.accessPath.steps.0.decidedByName',
  },
  {
    covers: [
      'ExpressionOfInterest.delivery',
      ...serviceDelivery.covers,
      'ServiceDelivery.milestones',
      ...deliveryMilestone.covers,
    ],
    query: (f) =>
      `{ node(id: "${f.deliveryEoiId}") { ... on ExpressionOfInterest { delivery { ${serviceDelivery.selection.slice(1, -1)} milestones ${deliveryMilestone.selection} } } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst', 'buyerOncopharm'),
    nullIsDenied: 'node.delivery',
  },
  {
    covers: ['DeliveryMilestoneEntry.recordedByName'],
    query: (f) =>
      `{ node(id: "${f.deliveryEoiId}") { ... on ExpressionOfInterest { delivery { milestones { recordedByName } } } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
    nullIsDenied: 'node.delivery.milestones.0.recordedByName',
  },
  {
    covers: ['ExpressionOfInterest.serviceFiles', ...serviceFile.covers],
    query: (f) =>
      `{ node(id: "${f.deliveryEoiId}") { ... on ExpressionOfInterest { serviceFiles ${serviceFile.selection} } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst', 'buyerOncopharm'),
    nullIsDenied: 'node.serviceFiles',
  },
  {
    covers: ['ServiceFile.uploadedByName'],
    query: (f) => `{ node(id: "${f.serviceFileId}") { ... on ServiceFile { uploadedByName } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
    nullIsDenied: 'node.uploadedByName',
  },
  {
    covers: ['Query.node (ServiceFile)'],
    query: (f) => `{ node(id: "${f.serviceFileId}") { id } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst', 'buyerOncopharm'),
    nullIsDenied: 'node',
  },
  {
    // The company of the request alone (here refused as a user error: its science is approved, the statement locked).
    covers: ['Mutation.stateAccessRequest'],
    query: (f) =>
      `mutation { stateAccessRequest(input: { eoiId: "${f.deliveryEoiId}", material: DATA, projectTitle: "Matrix", projectSummary: "A summary long enough to pass." }) { errors { code } } }`,
    expect: only('buyerOncopharm'),
  },
  {
    covers: ['Mutation.decideAccessReviewStep'],
    query: (f) =>
      `mutation { decideAccessReviewStep(input: { eoiId: "${f.deliveryEoiId}", step: ETHICS_REVIEW, outcome: CHANGES_REQUESTED }) { errors { code } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
  },
  {
    covers: ['Mutation.startAccessAgreement'],
    query: (f) =>
      `mutation { startAccessAgreement(input: { eoiId: "${f.deliveryEoiId}" }) { expressionOfInterest { id } errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.recordDeliveryMilestone'],
    query: (f) =>
      `mutation { recordDeliveryMilestone(input: { eoiId: "${f.deliveryEoiId}", milestone: INVOICED }) { errors { code } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
  },
  {
    covers: ['Mutation.removeServiceFile'],
    query:
      'mutation($id: ID!) { removeServiceFile(input: { id: $id }) { expressionOfInterest { id } errors { code } } }',
    variables: (f) => ({ id: f.doomedServiceFileIds.shift() }),
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
  },
  {
    covers: ['Mutation.removeAgreementAttachment'],
    query: 'mutation($id: ID!) { removeAgreementAttachment(input: { id: $id }) { agreement { id } errors { code } } }',
    variables: (f) => ({ id: f.doomedAgreementAttachmentIds.shift() }),
    expect: only('admin', 'officerIrst'),
  },

  // Partner records: an institute's office (its officers, admins) alone; never the company, researchers, visitors.
  {
    covers: [
      'Query.partnerRelationships',
      'PartnerRelationshipConnection.edges',
      'PartnerRelationshipConnection.pageInfo',
      'PartnerRelationshipConnection.totalCount',
      'PartnerRelationshipEdge.cursor',
      'PartnerRelationshipEdge.node',
    ],
    query: '{ partnerRelationships(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor node { id } } } }',
    expect: only('admin', 'officerIrst', 'officerInt'),
  },
  {
    // The other institute's officer reads their own institute's record of the company (another one).
    covers: ['Query.partnerRelationship'],
    query: (f) =>
      `{ partnerRelationship(companyId: "${f.oncopharmId}", institutionId: "${f.irstInstitutionId}") { id } }`,
    expect: only('admin', 'officerIrst', 'officerInt'),
    nullIsDenied: 'partnerRelationship',
  },
  {
    covers: [
      'Query.node (PartnerRelationship)',
      ...partnerRecord.covers,
      'PartnerRelationship.company',
      'PartnerRelationship.contacts',
      ...partnerContact.covers,
      'PartnerRelationship.history',
      ...partnerHistory.covers,
      'PartnerHistory.latestEois',
      'PartnerHistory.latestAgreements',
      ...partnerHistoryEoi.covers,
      ...partnerHistoryAgreement.covers,
    ],
    query: (f) =>
      `{ node(id: "${f.partnerRecordId}") { ... on PartnerRelationship ${partnerRecord.selection.slice(0, -1)} company { id } contacts ${partnerContact.selection} history ${partnerHistory.selection.slice(0, -1)} latestEois ${partnerHistoryEoi.selection} latestAgreements ${partnerHistoryAgreement.selection} } } } }`,
    expect: only('admin', 'officerIrst'),
    nullIsDenied: 'node',
  },
  {
    // Contacts are read through their record only.
    covers: ['Query.node (PartnerContact)'],
    query: (f) => `{ node(id: "${f.partnerContactId}") { id } }`,
    expect: everyone('deny'),
    nullIsDenied: 'node',
  },
  {
    covers: ['Mutation.createPartnerRelationship'],
    query: (f) =>
      `mutation { createPartnerRelationship(input: { companyId: "${f.oncopharmId}", institutionId: "${f.irstInstitutionId}", status: PARTNER }) { errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.updatePartnerRelationship'],
    query: (f) =>
      `mutation { updatePartnerRelationship(input: { id: "${f.partnerRecordId}", notes: "Matrix" }) { errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.addPartnerContact'],
    query: (f) =>
      `mutation { addPartnerContact(input: { relationshipId: "${f.partnerRecordId}", contact: { name: " " } }) { errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.updatePartnerContact'],
    query: (f) =>
      `mutation { updatePartnerContact(input: { id: "${f.partnerContactId}", contact: { name: " " } }) { errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.removePartnerContact'],
    query: 'mutation($id: ID!) { removePartnerContact(input: { id: $id }) { errors { code } } }',
    variables: (f) => ({ id: f.doomedPartnerContactIds.shift() }),
    expect: only('admin', 'officerIrst'),
  },
  // What a company says about being contacted: its members, and the offices of every institute.
  {
    covers: [
      'Company.contactPreferences',
      ...contactPreferences.covers,
      'CompanyContactPreferences.people',
      ...contactPerson.covers,
    ],
    query: `{ partner(slug: "oncopharm") { contactPreferences ${contactPreferences.selection.slice(0, -1)} people ${contactPerson.selection} } } }`,
    expect: only('admin', 'officerIrst', 'officerInt', 'buyerOncopharm'),
    nullIsDenied: 'partner.contactPreferences',
  },
  {
    covers: ['Mutation.setCompanyContactPreferences'],
    query:
      'mutation { setCompanyContactPreferences(input: { note: "", people: [{ userId: "x", byEmail: true }] }) { errors { code } } }',
    expect: only('buyerOncopharm', 'buyerMedisense'),
  },
  // The administrator's companies.
  {
    covers: [
      'Query.companies',
      'CompanyConnection.edges',
      'CompanyConnection.pageInfo',
      'CompanyConnection.totalCount',
      'CompanyEdge.cursor',
      'CompanyEdge.node',
    ],
    query: '{ companies(first: 2) { totalCount pageInfo { hasNextPage } edges { cursor node { id } } } }',
    expect: only('admin'),
  },
  {
    covers: ['Company.memberCount', 'Company.eoiCount'],
    query: '{ partner(slug: "oncopharm") { memberCount eoiCount } }',
    expect: only('admin'),
    nullIsDenied: 'partner.memberCount',
  },
  {
    covers: ['Mutation.moveCompanyMember'],
    query: (f) =>
      `mutation { moveCompanyMember(input: { userId: "${f.missingUserId}", companyId: "${f.oncopharmId}" }) { errors { code } } }`,
    expect: only('admin'),
  },
  {
    covers: ['Mutation.mergeCompanies'],
    query: (f) =>
      `mutation { mergeCompanies(input: { sourceId: "${f.oncopharmId}", targetId: "${f.oncopharmId}" }) { errors { code } } }`,
    expect: only('admin'),
  },
  // The sector taxonomy (administrators) and each institute's research platforms (its office, administrators).
  {
    covers: ['Sector.usage', 'SectorUsage.listings', 'SectorUsage.companies', 'SectorUsage.requests'],
    query: '{ sectors(includeRetired: true) { usage { listings companies requests savedSearches children } } }',
    expect: only('admin'),
    nullIsDenied: 'sectors.0.usage',
  },
  {
    covers: ['SectorUsage.savedSearches', 'SectorUsage.children'],
    query: '{ sectors { usage { savedSearches children } } }',
    expect: only('admin'),
    nullIsDenied: 'sectors.0.usage',
  },
  {
    covers: ['Mutation.createSector'],
    query:
      'mutation { createSector(input: { kind: SECTOR, labelEn: " ", labelIt: "" }) { sector { id } errors { code } } }',
    expect: only('admin'),
  },
  {
    covers: ['Mutation.renameSector'],
    query: (f) =>
      `mutation { renameSector(input: { id: "${f.missingInstitutionId}", labelEn: "x", labelIt: "x" }) { errors { code } } }`,
    expect: only('admin'),
  },
  {
    covers: ['Mutation.retireSector'],
    query: (f) =>
      `mutation { retireSector(input: { id: "${f.missingInstitutionId}", replacementId: "${f.missingInstitutionId}" }) { errors { code } } }`,
    expect: only('admin'),
  },
  {
    covers: ['Query.institutionPlatforms'],
    query: (f) => `{ institutionPlatforms(institutionId: "${f.irstInstitutionId}") { id retiredAt } }`,
    expect: only('admin', 'officerIrst'),
  },
  // The sites allowed to frame an institute's listings widget: its office and administrators.
  {
    covers: ['Query.institutionEmbedOrigins'],
    query: (f) => `{ institutionEmbedOrigins(institutionId: "${f.irstInstitutionId}") }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.addEmbedOrigin'],
    // Not an https site: allowed callers get EMBED_ORIGIN_INVALID and nothing changes.
    query: (f) =>
      `mutation { addEmbedOrigin(input: { institutionId: "${f.irstInstitutionId}", origin: "ftp://x.example" }) { origins errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.removeEmbedOrigin'],
    query: (f) =>
      `mutation { removeEmbedOrigin(input: { institutionId: "${f.irstInstitutionId}", origin: "https://never-added.example" }) { origins errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.createPlatform'],
    query: (f) =>
      `mutation { createPlatform(input: { institutionId: "${f.irstInstitutionId}", name: "", kind: GENOMICS, description: "", descriptionIt: "", capabilities: [], capabilitiesIt: [] }) { platform { id } errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.updatePlatform'],
    query: (f) =>
      `mutation { updatePlatform(input: { id: "${f.irstPlatformId}", name: "", kind: GENOMICS, description: "", descriptionIt: "", capabilities: [], capabilitiesIt: [] }) { platform { id } errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.retirePlatform'],
    query: (f) =>
      `mutation { retirePlatform(input: { id: "${f.doomedPlatformId}" }) { platform { id } errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  // Service requests and request forms: a platform manager is on the office side of their platforms' EoIs only.
  {
    covers: ['Query.node (service request)', 'ExpressionOfInterest.serviceDetails', ...serviceDetail.covers],
    query: (f) =>
      `{ node(id: "${f.serviceRequestId}") { ... on ExpressionOfInterest { id serviceDetails ${serviceDetail.selection} } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst', 'buyerOncopharm'),
    nullIsDenied: 'node',
  },
  {
    covers: ['ExpressionOfInterest.priority (service request)'],
    query: (f) => `{ node(id: "${f.serviceRequestId}") { ... on ExpressionOfInterest { id priority } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
    nullIsDenied: 'node.priority',
  },
  {
    covers: ['Mutation.setExpressionOfInterestPriority (service request)'],
    query:
      'mutation($id: ID!) { setExpressionOfInterestPriority(input: { id: $id, priority: HIGH }) { errors { code } } }',
    variables: (f) => ({ id: f.serviceRequestId }),
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
  },
  {
    covers: ['Mutation.postExpressionOfInterestMessage (internal note on a service request)'],
    query:
      'mutation($id: ID!) { postExpressionOfInterestMessage(input: { id: $id, body: "Matrix note", internal: true }) { errors { code } } }',
    variables: (f) => ({ id: f.serviceRequestId }),
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
  },
  {
    covers: ['Asset.serviceRequestForm', ...serviceRequestForm.covers, ...formField.covers, ...formChoiceOption.covers],
    query: (f) =>
      `{ node(id: "${f.managedServiceId}") { ... on Asset { serviceRequestForm { isDefault updatedAt fields { key kind labelEn labelIt helpEn helpIt required min max options { key labelEn labelIt } } } } } }`,
    expect: everyone('allow'),
    nullIsDenied: 'node.serviceRequestForm',
  },
  {
    covers: ['Mutation.saveServiceRequestForm'],
    query: (f) =>
      `mutation { saveServiceRequestForm(input: { assetId: "${f.managedServiceId}", fields: [{ key: "sample_count", kind: INTEGER, labelEn: "Number of samples", labelIt: "Numero di campioni", required: true, min: 1, max: 500 }] }) { asset { id } errors { code } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
  },
  {
    covers: ['Mutation.saveServiceRequestForm (a service of another IRST platform)'],
    query: (f) =>
      `mutation { saveServiceRequestForm(input: { assetId: "${f.unmanagedIrstServiceId}", fields: [{ key: "notes", kind: LONG_TEXT, labelEn: "Notes", labelIt: "Note", required: false }] }) { asset { id } errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.saveServiceRequestForm (an INT Biobank service)'],
    query: (f) =>
      `mutation { saveServiceRequestForm(input: { assetId: "${f.intBiobankServiceId}", fields: [{ key: "notes", kind: LONG_TEXT, labelEn: "Notes", labelIt: "Note", required: false }] }) { asset { id } errors { code } } }`,
    expect: only('admin', 'officerInt', 'platformManagerInt'),
  },
  {
    covers: ['Mutation.resetServiceRequestForm'],
    query: (f) =>
      `mutation { resetServiceRequestForm(input: { assetId: "${f.managedServiceId}" }) { asset { id } errors { code } } }`,
    expect: only('admin', 'officerIrst', 'platformManagerIrst'),
  },
  // Quotes: the two sides of the service request read them (its office, the company that sent it). The office sends
  // and revises, the company accepts and declines; the moves on a superseded version are user errors for them.
  {
    covers: ['Query.quotes', 'QuoteConnection.edges', 'QuoteConnection.pageInfo', 'QuoteConnection.totalCount'],
    query: '{ quotes(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor node { id status } } } }',
    expect: signedIn,
  },
  {
    covers: ['Query.node (Quote)', ...quote.covers, ...quoteLine.covers, 'QuoteEdge.cursor', 'QuoteEdge.node'],
    query: (f) => `{ node(id: "${f.sentQuoteId}") { id ... on Quote ${quote.selection} } }`,
    expect: only('admin', 'officerIrst', 'buyerOncopharm'),
    nullIsDenied: 'node',
  },
  {
    covers: ['ExpressionOfInterest.quotes', 'ExpressionOfInterest.viewerCanSendQuote'],
    query: (f) =>
      `{ node(id: "${f.serviceEoiId}") { ... on ExpressionOfInterest { quotes { id version status lines { description } } viewerCanSendQuote } } }`,
    expect: only('admin', 'officerIrst', 'buyerOncopharm'),
    nullIsDenied: 'node',
  },
  {
    // An open quote exists: its office is told to revise it (a user error); nobody else may send one.
    covers: ['Mutation.sendQuote'],
    query: (f) =>
      `mutation { sendQuote(input: { eoiId: "${f.serviceEoiId}", validUntil: "2099-01-01", lines: [{ description: "Assay", quantityHundredths: 100, unit: "sample", unitPriceCents: 1000 }] }) { quote { id } errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.reviseQuote'],
    query: (f) =>
      `mutation { reviseQuote(input: { quoteId: "${f.supersededQuoteId}", validUntil: "2099-01-01", lines: [{ description: "Assay", quantityHundredths: 100, unit: "sample", unitPriceCents: 1000 }] }) { quote { id } errors { code } } }`,
    expect: only('admin', 'officerIrst'),
  },
  {
    covers: ['Mutation.acceptQuote'],
    query: (f) =>
      `mutation { acceptQuote(input: { quoteId: "${f.supersededQuoteId}" }) { quote { id } errors { code } } }`,
    expect: only('buyerOncopharm'),
  },
  {
    covers: ['Mutation.declineQuote'],
    query: (f) =>
      `mutation { declineQuote(input: { quoteId: "${f.supersededQuoteId}", reason: PRICE }) { quote { id } errors { code } } }`,
    expect: only('buyerOncopharm'),
  },
];

// Types whose every field anyone may read; anything else must be covered by rows above.
const PUBLIC_TYPES = new Set([
  'Query',
  'Mutation',
  'Subscription',
  'Asset',
  'AssetConnection',
  'AssetEdge',
  'AssetFacets',
  'FacetValue',
  'SnippetPart',
  'PageInfo',
  'Institution',
  'Platform',
  'Sector',
  'Inventor',
  'ContactOfficer',
  'Company',
  'PartnerConnection',
  'PartnerEdge',
  'InvitationPreview',
  // The stored texts of what one sees, in one language (whoever sees a listing, institute, platform or company).
  'ListingTexts',
  'InstitutionTexts',
  'PlatformTexts',
  'CompanyTexts',
  // Mutation payloads: what they carry is checked through the mutations' rows.
  'AuthPayload',
  'LogOutPayload',
  'OkPayload',
  'ViewerPayload',
  'UserError',
  'InvitationPayload',
  'UserPayload',
  'InstitutionPayload',
  'CompanyPayload',
  'ExpressionOfInterestPayload',
  'DisclosurePayload',
  'ListingPayload',
  'SavedSearchPayload',
  'DeleteSavedSearchPayload',
  'DeleteDisclosureDraftPayload',
  'UnsubscribeAlertsPayload',
  'DismissRecommendationPayload',
  'DismissedRecommendation',
  'InviteCompanyToLookPayload',
  'ListingInvitation',
  // Whoever sees a technology request sees its fields (but its responses, below); the directory's pages and counts.
  'TechnologyRequest',
  'TechnologyRequestConnection',
  'TechnologyRequestEdge',
  'TechnologyRequestFacets',
  'TechnologyRequestPayload',
  'RequestResponsePayload',
  'RequestProposalPayload',
  'AgreementPayload',
  'QuotePayload',
  'AccessReviewPayload',
  'DeliveryPayload',
  'ListingAvailabilityWatchPayload',
  'ListingAvailabilityWatch',
  // What a partly licensed listing shows everyone: a field of use and a territory, never a party or a term.
  'ExclusiveScope',
  'PartnerRelationshipPayload',
  // A service's capacity as its listing shows everyone (no office-internal data).
  'ServiceCapacity',
  'ServiceRequestFormPayload',
  'SectorPayload',
  'PlatformPayload',
  // The network's pages (about, privacy, terms, cookies) are public; saving one is checked through its row.
  'SitePage',
  'SitePagePayload',
  'EmbedOriginsPayload',
]);
// Subscriptions run over graphql-ws; their per-role delivery is tested in realtime/eoi-subscriptions.test.ts.
const COVERED_BY_SUBSCRIPTION_TESTS = new Set([
  'Subscription.expressionOfInterestEvents',
  'ExpressionOfInterestEvent.kind',
  'ExpressionOfInterestEvent.expressionOfInterest',
]);
// Fields of public types that are not public.
const PROTECTED_FIELDS_OF_PUBLIC_TYPES = new Set([
  'Company.members',
  'Company.listingRequestedAt',
  'Company.contactPreferences',
  'Company.memberCount',
  'Company.eoiCount',
  'Sector.usage',
  'Asset.interestSummary',
  'Asset.publicationIssues',
  'Asset.publicationWarnings',
  'Asset.allowedTransitions',
  'Asset.sourceDisclosure',
  'Asset.contactOfficerUser',
  'Asset.expiresOn',
  'Asset.expiredAt',
  'Asset.feedback',
  'TechnologyRequest.responses',
]);

const server = useTestServer();
const clients: Partial<Record<Actor, TestClient>> = {};
let fixtures: Fixtures;

beforeAll(async () => {
  for (const [actor, email] of Object.entries(ACCOUNTS)) clients[actor as Actor] = await server.logIn(email);
  const em = server.orm.em.fork();
  const [officer] = await em.execute<{ id: number; institution_id: number }[]>(
    `select id, institution_id from app_user where email = 'officer.irst@tt.demo'`,
  );
  const [company] = await em.execute<{ id: number }[]>(`select id from company where slug = 'oncopharm'`);
  // A request to be listed on a company everyone can reach: a state the service never leaves (a listed
  // company has nothing to ask), set here so that the Company.listingRequestedAt row tests the rule itself.
  await em.execute(`update company set listing_requested_at = now() where slug = 'oncopharm'`);
  const invite = await clients.officerIrst!.gql<{ inviteUser: { invitation: { id: string } } }>(
    'mutation { inviteUser(input: { email: "matrix.fixture@irst.demo", role: RESEARCHER }) { invitation { id } errors { code } } }',
  );
  const [asset] = await em.execute<{ id: number }[]>(
    `select a.id from asset a join institution i on i.id = a.institution_id where i.slug = 'irst' and a.status = 'PUBLISHED'
     and not exists (select 1 from expression_of_interest e where e.asset_id = a.id)
     and a.partnering_models && array['LICENSE_EXCLUSIVE', 'LICENSE_NON_EXCLUSIVE']::text[]
     and (a.platform_id is null or a.platform_id not in (select platform_id from platform_manager)) order by a.id limit 1`,
  );
  const irstAssetId = toGlobalId('Asset', asset!.id);
  const submitted = await clients.buyerOncopharm!.gql<{
    submitExpressionOfInterest: { expressionOfInterest: { id: string } };
  }>(
    `mutation($assetId: ID!) { submitExpressionOfInterest(input: { assetId: $assetId, interestType: LICENSE,
      message: "We would like to evaluate this for our pipeline.", idempotencyKey: "matrix-fixture" }) { expressionOfInterest { id } } }`,
    { assetId: irstAssetId },
  );
  const [invented] = await em.execute<{ slug: string }[]>(
    `select a.slug from asset a join asset_inventor x on x.asset_id = a.id join inventor i on i.id = x.inventor_id
     join app_user u on u.id = i.user_id where u.email = 'researcher.irst@tt.demo' and a.status = 'PUBLISHED' limit 1`,
  );
  const researcher = await server.logIn('researcher.irst@tt.demo');
  const drafted = await researcher.gql<{ saveDisclosureDraft: { disclosure: { id: string } } }>(
    `mutation($input: SaveDisclosureDraftInput!) { saveDisclosureDraft(input: $input) { disclosure { id } errors { code } } }`,
    {
      input: disclosureForm('Matrix fixture disclosure', {
        publicDisclosures: [{ kind: 'PAST', date: '2025-06-01', venue: 'ASCO 2025' }],
        fundingSources: [{ funder: 'AIRC', obligations: 'None' }],
      }),
    },
  );
  const disclosureId = drafted.data!.saveDisclosureDraft.disclosure.id;
  const uploaded = await fetch(`${server.url}/uploads/disclosures/${disclosureId}/attachments`, {
    method: 'POST',
    headers: { cookie: researcher.cookie, 'x-requested-with': 'tt-web', 'x-file-name': 'matrix.pdf' },
    body: Buffer.from('%PDF-1.7 matrix fixture'),
  });
  const attachmentId = ((await uploaded.json()) as { attachment: { id: string } }).attachment.id;
  await researcher.gql('mutation($id: ID!) { submitDisclosure(input: { id: $id }) { errors { code } } }', {
    id: disclosureId,
  });
  const listing = await listingFixtures(researcher, clients.officerIrst!);
  const saveSearch = async (name: string) => {
    const response = await clients.buyerOncopharm!.gql<{ saveSearch: { savedSearch: { id: string } } }>(
      'mutation($name: String!) { saveSearch(input: { name: $name }) { savedSearch { id } } }',
      { name },
    );
    return response.data!.saveSearch.savedSearch.id;
  };
  const requests = await requestFixtures(irstAssetId);
  const agreements = await agreementFixtures(
    submitted.data!.submitExpressionOfInterest.expressionOfInterest.id,
    toGlobalId('Company', company!.id),
    invented!.slug,
  );
  const delivery = await deliveryFixtures();
  fixtures = {
    ...delivery,
    disclosureId,
    ...listing,
    attachmentId,
    inventedAssetSlug: invented!.slug,
    eoiId: submitted.data!.submitExpressionOfInterest.expressionOfInterest.id,
    irstAssetId,
    irstInstitutionId: toGlobalId('Institution', officer!.institution_id),
    irstOfficerUserId: toGlobalId('User', officer!.id),
    irstInvitationId: invite.data!.inviteUser.invitation.id,
    oncopharmId: toGlobalId('Company', company!.id),
    missingUserId: toGlobalId('User', 999_999),
    missingInstitutionId: toGlobalId('Institution', 999_999),
    buyerSavedSearchId: await saveSearch('Matrix fixture'),
    buyerDoomedSavedSearchId: await saveSearch('Matrix fixture, deleted'),
    ...requests,
    ...agreements,
    ...(await partnerFixtures()),
    ...(await serviceFixtures()),
    ...(await quoteFixtures(toGlobalId('Company', company!.id))),
    ...(await platformFixtures(officer!.institution_id)),
  };
});

/** An IRST platform to try editing, and a new one to retire. */
async function platformFixtures(institutionId: number) {
  const em = server.orm.em.fork();
  const [platform] = await em.execute<{ id: number }[]>(
    'select id from platform where institution_id = ? order by id limit 1',
    [institutionId],
  );
  const [doomed] = await em.execute<{ id: number }[]>(
    `insert into platform (slug, institution_id, name, kind, description) values ('matrix-doomed', ?, 'Matrix platform', 'GENOMICS', 'To retire') returning id`,
    [institutionId],
  );
  return {
    irstPlatformId: toGlobalId('Platform', platform!.id),
    doomedPlatformId: toGlobalId('Platform', doomed!.id),
  };
}

/** IRST's demo record of OncoPharm, one of its contacts, and a contact per actor to remove. */
async function partnerFixtures() {
  const em = server.orm.em.fork();
  const [record] = await em.execute<{ id: number }[]>(
    `select r.id from partner_relationship r join institution i on i.id = r.institution_id
     join company c on c.id = r.company_id where i.slug = 'irst' and c.slug = 'oncopharm'`,
  );
  const contacts = await em.execute<{ id: number }[]>(
    `insert into partner_contact (relationship_id, name, created_at)
     select ?, 'Matrix contact ' || n, now() from generate_series(1, ?) n returning id`,
    [record!.id, ACTORS.length + 1],
  );
  const ids = contacts.map((contact) => toGlobalId('PartnerContact', contact.id));
  return {
    partnerRecordId: toGlobalId('PartnerRelationship', record!.id),
    partnerContactId: ids[0]!,
    doomedPartnerContactIds: ids.slice(1),
  };
}

/**
 * OncoPharm's service request on a published IRST service its platform manager manages, answered as the listing's
 * form asks (its required fields), and the services the form rows edit.
 */
async function serviceFixtures() {
  const em = server.orm.em.fork();
  const service = async (where: string) => {
    const [row] = await em.execute<{ id: number }[]>(
      `select a.id from asset a join institution i on i.id = a.institution_id where a.kind = 'SERVICE'
       and a.status = 'PUBLISHED' and ${where} order by a.id limit 1`,
    );
    return toGlobalId('Asset', row!.id);
  };
  const managed = `a.platform_id in (select pm.platform_id from platform_manager pm join app_user u on u.id = pm.user_id
    where u.email = 'platforms.irst@tt.demo')`;
  const managedServiceId = await service(
    `${managed} and not exists (select 1 from expression_of_interest e join company c on c.id = e.company_id
      where e.asset_id = a.id and c.slug = 'oncopharm' and e.status not in ('DECLINED', 'WITHDRAWN'))`,
  );
  const answers = await requiredServiceAnswers(server.gql, { id: managedServiceId });
  const submitted = await clients.buyerOncopharm!.gql<{
    submitExpressionOfInterest: { expressionOfInterest: { id: string } };
  }>(
    `mutation($assetId: ID!, $answers: [ServiceAnswerInput!]) { submitExpressionOfInterest(input: { assetId: $assetId,
      interestType: SERVICE_REQUEST, message: "We would like a quote for this service, please.", idempotencyKey: "matrix-service",
      serviceAnswers: $answers }) { expressionOfInterest { id } errors { code field } } }`,
    { assetId: managedServiceId, answers },
  );
  return {
    serviceRequestId: submitted.data!.submitExpressionOfInterest.expressionOfInterest.id,
    managedServiceId,
    unmanagedIrstServiceId: await service(`i.slug = 'irst' and not (${managed})`),
    intBiobankServiceId: await service(`a.platform_id in (select id from platform where slug = 'int-biobank')`),
  };
}

/** OncoPharm's service request on an IRST listing without EoIs, quoted by IRST's office, then revised. */
async function quoteFixtures(_oncopharmId: string) {
  const em = server.orm.em.fork();
  const [asset] = await em.execute<{ id: number; slug: string }[]>(
    `select a.id, a.slug from asset a join institution i on i.id = a.institution_id where i.slug = 'irst' and a.status = 'PUBLISHED'
     and a.availability = 'AVAILABLE' and not exists (select 1 from expression_of_interest e where e.asset_id = a.id)
     order by a.id desc limit 1`,
  );
  const submitted = await clients.buyerOncopharm!.gql<{
    submitExpressionOfInterest: { expressionOfInterest: { id: string } };
  }>(
    `mutation($assetId: ID!, $answers: [ServiceAnswerInput!]) { submitExpressionOfInterest(input: { assetId: $assetId,
      interestType: SERVICE_REQUEST, message: "We would like a quote for this service for 96 samples.",
      idempotencyKey: "matrix-quote", serviceAnswers: $answers }) { expressionOfInterest { id } errors { code } } }`,
    {
      assetId: toGlobalId('Asset', asset!.id),
      answers: await requiredServiceAnswers(clients.buyerOncopharm!.gql, { slug: asset!.slug }),
    },
  );
  const serviceEoiId = submitted.data!.submitExpressionOfInterest.expressionOfInterest.id;
  const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const lines = [
    { description: 'Whole-exome sequencing', quantityHundredths: 9600, unit: 'sample', unitPriceCents: 45000 },
  ];
  const sent = await clients.officerIrst!.gql<{ sendQuote: { quote: { id: string } } }>(
    `mutation($input: SendQuoteInput!) { sendQuote(input: $input) { quote { id } errors { code field } } }`,
    { input: { eoiId: serviceEoiId, validUntil, lines } },
  );
  const supersededQuoteId = sent.data!.sendQuote.quote.id;
  const revised = await clients.officerIrst!.gql<{ reviseQuote: { quote: { id: string } } }>(
    `mutation($input: ReviseQuoteInput!) { reviseQuote(input: $input) { quote { id } errors { code field } } }`,
    { input: { quoteId: supersededQuoteId, validUntil, lines, conditions: 'Half on acceptance' } },
  );
  return { serviceEoiId, supersededQuoteId, sentQuoteId: revised.data!.reviseQuote.quote.id };
}

/**
 * An IRST licence with OncoPharm covering a listing researcher.irst invented, made from the matrix EoI (linked in
 * the table: the EoI is still SUBMITTED), with a payment, a document, and one of each per actor to remove.
 */
async function agreementFixtures(eoiId: string, oncopharmId: string, inventedSlug: string) {
  const officer = clients.officerIrst!;
  const em = server.orm.em.fork();
  const [invented] = await em.execute<{ id: number }[]>(`select id from asset where slug = ?`, [inventedSlug]);
  const created = await officer.gql<{ createAgreement: { agreement: { id: string } } }>(
    `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } errors { code } } }`,
    {
      input: {
        companyId: oncopharmId,
        type: 'LICENSE',
        title: 'Matrix fixture licence',
        listingIds: [toGlobalId('Asset', invented!.id)],
        notes: 'The office only',
        royaltyRateBasisPoints: 300,
      },
    },
  );
  const agreementId = created.data!.createAgreement.agreement.id;
  const dbId = (global: string) => Number(Buffer.from(global, 'base64url').toString('utf8').split(':')[1]);
  await em.execute(
    `insert into eoi_agreement (eoi_id, agreement_id, closes_eoi, created_at) values (?, ?, false, now())`,
    [dbId(eoiId), dbId(agreementId)],
  );
  const addMilestone = async () => {
    const added = await officer.gql<{ addAgreementMilestone: { agreement: { milestones: { id: string }[] } } }>(
      `mutation($id: ID!) { addAgreementMilestone(input: { agreementId: $id, kind: MILESTONE, event: "Phase I start", dueDate: "2027-01-01", amountCents: 10000000 }) { agreement { milestones { id } } errors { code } } }`,
      { id: agreementId },
    );
    return added.data!.addAgreementMilestone.agreement.milestones.at(-1)!.id;
  };
  const upload = async () => {
    const response = await fetch(`${server.url}/uploads/agreements/${agreementId}/attachments`, {
      method: 'POST',
      headers: { cookie: officer.cookie, 'x-requested-with': 'tt-web', 'x-file-name': 'licence.pdf' },
      body: Buffer.from('%PDF-1.7 matrix licence'),
    });
    return ((await response.json()) as { attachment: { id: string } }).attachment.id;
  };
  const milestoneId = await addMilestone();
  const agreementAttachmentId = await upload();
  const doomedMilestoneIds: string[] = [];
  const doomedAgreementAttachmentIds: string[] = [];
  for (const _ of ACTORS) {
    doomedMilestoneIds.push(await addMilestone());
    doomedAgreementAttachmentIds.push(await upload());
  }
  return { agreementId, milestoneId, agreementAttachmentId, doomedMilestoneIds, doomedAgreementAttachmentIds };
}

/**
 * A biobank service request of OncoPharm at IRST in negotiation: stated by the company, approved by the scientific
 * committee, its samples received; a delivered file, and one for each actor to remove.
 */
async function deliveryFixtures() {
  const officer = clients.officerIrst!;
  const buyer = clients.buyerOncopharm!;
  const [asset] = await server.orm.em
    .fork()
    .execute<{ id: number }[]>(`select id from asset where slug = 'irst-prospective-sample-collection'`);
  const submitted = await buyer.gql<{ submitExpressionOfInterest: { expressionOfInterest: { id: string } } }>(
    `mutation($assetId: ID!, $answers: [ServiceAnswerInput!]) { submitExpressionOfInterest(input: { assetId: $assetId,
      interestType: SERVICE_REQUEST, message: "We would like blood samples collected under our protocol.",
      idempotencyKey: "matrix-delivery", serviceAnswers: $answers }) { expressionOfInterest { id } } }`,
    {
      assetId: toGlobalId('Asset', asset!.id),
      answers: await requiredServiceAnswers(buyer.gql, { slug: 'irst-prospective-sample-collection' }),
    },
  );
  const deliveryEoiId = submitted.data!.submitExpressionOfInterest.expressionOfInterest.id;
  // Delivery starts once the company accepts a quote (which moves the request to negotiation).
  const quoted = await officer.gql<{ sendQuote: { quote: { id: string } } }>(
    `mutation($id: ID!, $validUntil: String!) { sendQuote(input: { eoiId: $id, validUntil: $validUntil, lines: [{ description: "Collection",
      quantityHundredths: 100, unit: "sample", unitPriceCents: 1000 }] }) { quote { id } errors { code } } }`,
    { id: deliveryEoiId, validUntil: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10) },
  );
  await buyer.gql('mutation($id: ID!) { acceptQuote(input: { quoteId: $id }) { errors { code } } }', {
    id: quoted.data!.sendQuote.quote.id,
  });
  await buyer.gql(
    `mutation($id: ID!) { stateAccessRequest(input: { eoiId: $id, material: SAMPLES, projectTitle: "Matrix project",
      projectSummary: "Blood samples for a biomarker validation study." }) { errors { code } } }`,
    { id: deliveryEoiId },
  );
  await officer.gql(
    `mutation($id: ID!) { decideAccessReviewStep(input: { eoiId: $id, step: SCIENTIFIC_REVIEW, outcome: APPROVED }) { errors { code } } }`,
    { id: deliveryEoiId },
  );
  await officer.gql(
    `mutation($id: ID!) { recordDeliveryMilestone(input: { eoiId: $id, milestone: SAMPLES_RECEIVED }) { errors { code } } }`,
    { id: deliveryEoiId },
  );
  const upload = async () => {
    const response = await fetch(`${server.url}/uploads/service-requests/${deliveryEoiId}/files?purpose=DELIVERY`, {
      method: 'POST',
      headers: { cookie: officer.cookie, 'x-requested-with': 'tt-web', 'x-file-name': 'report.pdf' },
      body: Buffer.from('%PDF-1.7 matrix report'),
    });
    return ((await response.json()) as { attachment: { id: string } }).attachment.id;
  };
  const serviceFileId = await upload();
  const doomedServiceFileIds: string[] = [];
  for (const _ of ACTORS) doomedServiceFileIds.push(await upload());
  return { deliveryEoiId, serviceFileId, doomedServiceFileIds };
}

/** An office-only request of OncoPharm, and IRST's response to it proposing one of its listings. */
async function requestFixtures(irstAssetId: string) {
  const [sector] = await server.orm.em.fork().execute<{ id: number }[]>(`select id from sector order by id limit 1`);
  const deadline = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const published = await clients.buyerOncopharm!.gql<{
    publishTechnologyRequest: { technologyRequest: { id: string; slug: string } };
  }>(
    `mutation($input: PublishTechnologyRequestInput!) { publishTechnologyRequest(input: $input) { technologyRequest { id slug } errors { code } } }`,
    {
      input: {
        title: 'Matrix fixture: an office-only request',
        description: 'We are looking for anything at all that the authorization matrix can propose to us, in detail.',
        sectorIds: [toGlobalId('Sector', sector!.id)],
        trlMin: 3,
        trlMax: 6,
        partneringModels: ['OPTION'],
        deadline,
        visibility: 'OFFICES',
      },
    },
  );
  const request = published.data!.publishTechnologyRequest.technologyRequest;
  const responded = await clients.officerIrst!.gql<{
    respondToTechnologyRequest: { response: { proposals: { id: string }[] } };
  }>(
    `mutation($input: RespondToTechnologyRequestInput!) { respondToTechnologyRequest(input: $input) { response { proposals { id } } errors { code } } }`,
    {
      input: {
        requestId: request.id,
        kind: 'LISTINGS',
        listingIds: [irstAssetId],
        message: 'The matrix proposes this listing for your request.',
      },
    },
  );
  return {
    officesRequestSlug: request.slug,
    officesRequestId: request.id,
    proposalId: responded.data!.respondToTechnologyRequest.response.proposals[0]!.id,
  };
}

/** An accepted disclosure with a draft listing made from it, and an archived listing, all of IRST. */
async function listingFixtures(researcher: TestClient, officer: TestClient) {
  const form = disclosureForm('Matrix fixture for a listing');
  const drafted = await researcher.gql<{ saveDisclosureDraft: { disclosure: { id: string } } }>(
    `mutation($input: SaveDisclosureDraftInput!) { saveDisclosureDraft(input: $input) { disclosure { id } } }`,
    { input: form },
  );
  const listedDisclosureId = drafted.data!.saveDisclosureDraft.disclosure.id;
  await researcher.gql('mutation($id: ID!) { submitDisclosure(input: { id: $id }) { errors { code } } }', {
    id: listedDisclosureId,
  });
  for (const to of ['UNDER_REVIEW', 'ACCEPTED']) {
    await officer.gql(
      'mutation($id: ID!, $to: DisclosureStatus!) { transitionDisclosure(input: { id: $id, to: $to }) { errors { code } } }',
      { id: listedDisclosureId, to },
    );
  }
  const CREATE = `mutation($input: CreateListingInput!) { createListing(input: $input) { asset { id } errors { code } } }`;
  const draft = await officer.gql<{ createListing: { asset: { id: string } } }>(CREATE, {
    input: { kind: 'INVENTION', title: '', fromDisclosureId: listedDisclosureId },
  });
  const archived = await officer.gql<{ createListing: { asset: { id: string } } }>(CREATE, {
    input: { kind: 'PROTOTYPE', title: 'Matrix fixture, archived' },
  });
  const irstArchivedListingId = archived.data!.createListing.asset.id;
  await officer.gql('mutation($id: ID!) { archiveListing(input: { id: $id }) { errors { code } } }', {
    id: irstArchivedListingId,
  });
  return { listedDisclosureId, irstDraftListingId: draft.data!.createListing.asset.id, irstArchivedListingId };
}

function pathValue(data: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], data);
}

function outcomeOf(response: GraphQLResponse, row: Row): Outcome {
  // Rate limits are consumed only once the operation is authorized: a spent one (several actors asking for the
  // same address's reset link) says the actor was let through.
  const categories = (response.errors ?? [])
    .map((error) => error.extensions?.category ?? error.extensions?.code)
    .filter((category) => category !== 'TOO_MANY_REQUESTS');
  if (categories.some((category) => category === 'UNAUTHENTICATED' || category === 'FORBIDDEN')) return 'deny';
  if (categories.length > 0) throw new Error(`Unexpected errors: ${JSON.stringify(response.errors)}`);
  if (row.nullIsDenied && pathValue(response.data, row.nullIsDenied) == null) return 'deny';
  return 'allow';
}

describe('the matrix covers the whole schema', () => {
  const covered = new Set([...ROWS.flatMap((row) => row.covers), ...COVERED_BY_SUBSCRIPTION_TESTS]);

  it('every query, mutation and subscription has a row', () => {
    for (const root of [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!]) {
      for (const field of Object.keys(root.getFields()))
        expect(covered, `${root.name}.${field}`).toContain(`${root.name}.${field}`);
    }
  });

  it('every type is public or has its every field covered', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      if (isInterfaceType(type)) continue;
      for (const field of Object.keys(type.getFields())) {
        const key = `${type.name}.${field}`;
        if (PUBLIC_TYPES.has(type.name) && !PROTECTED_FIELDS_OF_PUBLIC_TYPES.has(key)) continue;
        expect(covered, `${key}: add a row, or list ${type.name} as public`).toContain(key);
      }
    }
  });
});

describe('each operation, as each actor', () => {
  for (const row of ROWS) {
    const name = row.covers[0]!;
    it(name, async () => {
      const seen: Record<string, Outcome> = {};
      for (const actor of ACTORS) {
        const query = typeof row.query === 'function' ? row.query(fixtures) : row.query;
        const variables = row.variables?.(fixtures) ?? {};
        let client: TestClient | undefined = clients[actor];
        if (row.freshSession && actor !== 'anonymous') client = await server.logIn(ACCOUNTS[actor]);
        const response = client ? await client.gql(query, variables) : await server.gql(query, variables);
        seen[actor] = outcomeOf(response, row);
      }
      expect(seen).toEqual(row.expect);
    });
  }
});
