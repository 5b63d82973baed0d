import { expect } from 'vitest';
import type { GraphQLResponse, TestClient } from './test-server.js';

// Operations shared by the saved searches' tests (CRUD, alerts, unsubscribe, feeds).

export const SAVED_SEARCH_FIELDS = `id name scope query language alertFrequency lastAlertAt createdAt updatedAt feedUrl
  filter { kinds sectors trlMin trlMax ipStatuses institutions partneringModels availabilities capacities statuses }`;

export interface SavedSearch {
  id: string;
  name: string;
  scope: string;
  query: string | null;
  language: string;
  alertFrequency: string;
  lastAlertAt: string | null;
  createdAt: string;
  updatedAt: string;
  feedUrl: string | null;
  filter: {
    kinds: string[];
    sectors: string[];
    trlMin: number | null;
    trlMax: number | null;
    ipStatuses: string[];
    institutions: string[];
    partneringModels: string[];
    availabilities: string[];
    capacities: string[];
    statuses: string[];
  };
}

export interface SavedSearchPayload {
  savedSearch: SavedSearch | null;
  errors: { field: string | null; code: string; params: Record<string, unknown> }[];
}

const PAYLOAD = `{ savedSearch { ${SAVED_SEARCH_FIELDS} } errors { field code params } }`;
export const SAVE = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) ${PAYLOAD} }`;
export const UPDATE = `mutation($input: UpdateSavedSearchInput!) { updateSavedSearch(input: $input) ${PAYLOAD} }`;
export const DELETE =
  'mutation($id: ID!) { deleteSavedSearch(input: { id: $id }) { deletedId errors { field code params } } }';
export const LIST = `{ savedSearches { ${SAVED_SEARCH_FIELDS} } }`;
export const UNSUBSCRIBE = `mutation($token: String!) { unsubscribeAlerts(input: { token: $token }) {
  ok savedSearchNames deletedCount errors { field code message } } }`;

/** A mutation's payload; fails the test on a GraphQL-level error. */
async function payloadOf<T>(response: Promise<GraphQLResponse<Record<string, T>>>, field: string): Promise<T> {
  const { data, errors } = await response;
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data![field]!;
}

export const saveSearch = (client: Pick<TestClient, 'gql'>, input: Record<string, unknown>) =>
  payloadOf<SavedSearchPayload>(client.gql(SAVE, { input }), 'saveSearch');

export const updateSavedSearch = (client: Pick<TestClient, 'gql'>, input: Record<string, unknown>) =>
  payloadOf<SavedSearchPayload>(client.gql(UPDATE, { input }), 'updateSavedSearch');

export const deleteSavedSearch = (client: Pick<TestClient, 'gql'>, id: string) =>
  payloadOf<{ deletedId: string | null; errors: SavedSearchPayload['errors'] }>(
    client.gql(DELETE, { id }),
    'deleteSavedSearch',
  );

export const savedSearchesOf = async (client: Pick<TestClient, 'gql'>): Promise<SavedSearch[]> =>
  payloadOf<SavedSearch[]>(client.gql(LIST), 'savedSearches');

/** A saved search that must be saved: its record. */
export async function saved(client: Pick<TestClient, 'gql'>, input: Record<string, unknown>): Promise<SavedSearch> {
  const payload = await saveSearch(client, input);
  expect(payload.errors).toEqual([]);
  return payload.savedSearch!;
}
