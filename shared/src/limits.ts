// Limits enforced by the API and shown by the web app.
export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 20;
export const SEARCH_QUERY_MAX_LENGTH = 200;
export const FILTER_VALUES_MAX = 50;
export const TRL_MIN = 1;
export const TRL_MAX = 9;
