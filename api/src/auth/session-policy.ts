// How long a session lives: it ends after a week without activity, and after 30 days whatever happens.
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
export const SESSION_TOUCH_MS = 60 * 1000;
export const SESSION_COOKIE = 'tt_session';
