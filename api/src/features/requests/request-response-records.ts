import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import type { ProposalStatus, ResponseKind } from '@tt/shared/technology-request-enums';
import { toDate } from '../../database/to-date.js';
import { toGlobalId } from '../../schema/global-id.js';

/** An institute's response to a request (the GraphQL RequestResponse implements it). */
export interface RequestResponseRecord {
  readonly __typename: 'RequestResponse';
  id: string;
  dbId: number;
  requestId: number;
  institutionId: number;
  kind: ResponseKind;
  message: string;
  /** What the message is written in. */
  language: Language;
  authorName: string;
  expertId: number | null;
  createdAt: Date;
}

/** A listing proposed in a response, and what the company did with it (the GraphQL RequestProposal implements it). */
export interface RequestProposalRecord {
  readonly __typename: 'RequestProposal';
  id: string;
  dbId: number;
  responseId: number;
  assetId: number;
  /** The requesting company: whose expression of interest the proposal may have turned into. */
  companyId: number;
  status: ProposalStatus;
  decidedAt: Date | null;
}

/** The responses to each request, oldest first (callers keep those the viewer may see). */
export async function responsesOfRequests(db: Db, requestIds: readonly number[]): Promise<RequestResponseRecord[][]> {
  const rows = await db
    .selectFrom('request_response as x')
    .innerJoin('app_user as u', 'u.id', 'x.author_id')
    .select([
      'x.id',
      'x.request_id',
      'x.institution_id',
      'x.kind',
      'x.message',
      'x.language',
      'u.name as author_name',
      'x.expert_id',
      'x.created_at',
    ])
    .where('x.request_id', '=', (eb) => eb.fn.any(eb.val([...requestIds])))
    .orderBy('x.created_at')
    .orderBy('x.id')
    .execute();
  const byRequest = new Map<number, RequestResponseRecord[]>();
  for (const row of rows) {
    const record: RequestResponseRecord = {
      __typename: 'RequestResponse',
      id: toGlobalId('RequestResponse', row.id),
      dbId: row.id,
      requestId: row.request_id as number,
      institutionId: row.institution_id as number,
      kind: row.kind,
      message: row.message,
      language: row.language,
      authorName: row.author_name,
      expertId: row.expert_id as number | null,
      createdAt: toDate(row.created_at),
    };
    const list = byRequest.get(record.requestId);
    if (list) list.push(record);
    else byRequest.set(record.requestId, [record]);
  }
  return requestIds.map((id) => byRequest.get(id) ?? []);
}

const proposalColumns = ['p.id', 'p.response_id', 'p.asset_id', 'r.company_id', 'p.status', 'p.decided_at'] as const;

/** Proposals `p` with their response `x` and request `r`. */
function proposalsFrom(db: Db) {
  return db
    .selectFrom('request_response_listing as p')
    .innerJoin('request_response as x', 'x.id', 'p.response_id')
    .innerJoin('technology_request as r', 'r.id', 'x.request_id');
}

function toProposalRecord(row: {
  id: number;
  response_id: unknown;
  asset_id: unknown;
  company_id: unknown;
  status: ProposalStatus;
  decided_at: Date | string | null;
}): RequestProposalRecord {
  return {
    __typename: 'RequestProposal',
    id: toGlobalId('RequestProposal', row.id),
    dbId: row.id,
    responseId: row.response_id as number,
    assetId: row.asset_id as number,
    companyId: row.company_id as number,
    status: row.status,
    decidedAt: row.decided_at ? toDate(row.decided_at) : null,
  };
}

/** The listings proposed in each response, in the order they were proposed. */
export async function proposalsOfResponses(db: Db, responseIds: readonly number[]): Promise<RequestProposalRecord[][]> {
  const rows = await proposalsFrom(db)
    .select(proposalColumns)
    .where('p.response_id', '=', (eb) => eb.fn.any(eb.val([...responseIds])))
    .orderBy('p.id')
    .execute();
  const byResponse = new Map<number, RequestProposalRecord[]>();
  for (const record of rows.map(toProposalRecord)) {
    const list = byResponse.get(record.responseId);
    if (list) list.push(record);
    else byResponse.set(record.responseId, [record]);
  }
  return responseIds.map((id) => byResponse.get(id) ?? []);
}

/** A proposal with what deciding on it needs: its request's company, its institute, the request. */
export interface ProposalContext {
  proposal: RequestProposalRecord;
  requestId: number;
  requestSlug: string;
  requestTitle: string;
  institutionId: number;
}

export async function readProposal(
  db: Db,
  proposalId: number,
  options: { forUpdate?: boolean } = {},
): Promise<ProposalContext | null> {
  const row = await proposalsFrom(db)
    .select(proposalColumns)
    .select(['r.id as request_id', 'r.slug', 'r.title', 'x.institution_id'])
    .where('p.id', '=', proposalId)
    .$if(options.forUpdate === true, (query) => query.forUpdate('p'))
    .executeTakeFirst();
  if (!row) return null;
  return {
    proposal: toProposalRecord(row),
    requestId: row.request_id,
    requestSlug: row.slug,
    requestTitle: row.title,
    institutionId: row.institution_id as number,
  };
}
