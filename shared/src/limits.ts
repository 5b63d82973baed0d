// Limits enforced by the API and shown by the web app.
export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 20;
export const SEARCH_QUERY_MAX_LENGTH = 200;
/** Characters of an e-mail address: the accounts', invitations' and sign-in throttle's column. */
export const EMAIL_MAX_LENGTH = 200;
export const FILTER_VALUES_MAX = 50;
/** Listings an institute's page names under each research platform; the catalogue holds the rest. */
export const PLATFORM_LISTINGS_SHOWN = 8;
export const TRL_MIN = 1;
export const TRL_MAX = 9;
/** Disclosure attachments: bytes per file (10 MB), files per disclosure, characters of a file name. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_DISCLOSURE_MAX = 20;
export const ATTACHMENT_FILE_NAME_MAX = 200;
/** A company: characters of its name (at least 2) and of its profile's description. */
export const COMPANY_NAME_MIN_LENGTH = 2;
export const COMPANY_NAME_MAX_LENGTH = 200;
export const COMPANY_DESCRIPTION_MAX_LENGTH = 2000;
/** A company's profile: how many interests (each of so many characters) and sectors it lists. */
export const COMPANY_INTERESTS_MAX = 20;
export const COMPANY_INTEREST_MAX_LENGTH = 80;
export const COMPANY_SECTORS_MAX = 20;

// Technology requests and the institutes' responses.
export const REQUEST_TITLE_MAX_LENGTH = 200;
export const REQUEST_TEXT_MAX_LENGTH = 4000;
export const REQUEST_MAX_SECTORS = 10;
export const REQUEST_RESPONSE_MESSAGE_MAX_LENGTH = 4000;
export const REQUEST_RESPONSE_MAX_LISTINGS = 10;

/** A company's comment beside a feedback category. */
export const FEEDBACK_COMMENT_MAX_LENGTH = 1000;

// Saved searches and their alerts.
/** Saved searches one person keeps. */
export const SAVED_SEARCHES_PER_USER_MAX = 50;
/** Characters of a saved search's name. */
export const SAVED_SEARCH_NAME_MAX_LENGTH = 120;
/** Listings one saved search lists in one alert; more are counted, and the search's link shows them all. */
export const ALERT_LISTINGS_PER_SEARCH_MAX = 20;
/** Entries of an Atom feed: the newest listings. */
export const FEED_ENTRIES_MAX = 50;
/** An officer's note to a company invited to look at a listing. */
export const LOOK_INVITATION_MESSAGE_MAX_LENGTH = 1000;

// The sector taxonomy and the research platforms, as administrators and offices edit them.
/** Characters of a sector's label, in each language (its column). */
export const SECTOR_LABEL_MAX_LENGTH = 120;
/** Characters of a platform's name (its column), of its description in each language, and of each capability. */
export const PLATFORM_NAME_MAX_LENGTH = 200;
export const PLATFORM_DESCRIPTION_MAX_LENGTH = 4000;
export const PLATFORM_CAPABILITIES_MAX = 20;
export const PLATFORM_CAPABILITY_MAX_LENGTH = 120;
