import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { type UserErrorFieldsFragment } from '../generated/graphql';
import { type DisclosureFormFieldsFragment, SaveDisclosureDraftDocument } from '../generated/members-graphql';
import { failureMessage } from '../ui/form';
import { type DisclosureValues, fromDisclosure, type StepSlug, serializeValues, toSaveInput } from './disclosure-form';

/** Where the draft stands compared with the server's copy. */
export type SaveState =
  | { kind: 'unchanged' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** The request failed (network, session): the edits are kept here; retry. */
  | { kind: 'failed'; message: string }
  /** The server refused the values (too long, no longer editable): the edits are kept here. */
  | { kind: 'refused'; errors: readonly UserErrorFieldsFragment[] }
  /** Someone saved another version meanwhile: nothing more is saved until the user chooses. */
  | { kind: 'conflict'; latest: DisclosureFormFieldsFragment | null };

/** A field whose unsaved value differs from the version loaded after a conflict. */
export interface LostEdit {
  field: string;
  value: string;
}

export const AUTOSAVE_DELAY_MS = 800;

/**
 * One disclosure being edited in this tab. It outlives the wizard's page component: every step has
 * its own address, and the page is mounted again for each, while a save of the step just left may
 * still be under way. Saves run one after another, each naming the version the previous one returned.
 */
interface DraftSession {
  id: string;
  values: DisclosureValues;
  /** The server's version of `saved`. */
  version: number;
  /** What the server has, serialized. */
  saved: string;
  state: SaveState;
  /** A VERSION_CONFLICT stopped saving until the user chooses. */
  blocked: boolean;
  inFlight: number;
  chain: Promise<boolean>;
  timer: ReturnType<typeof setTimeout> | undefined;
  lostEdits: LostEdit[];
  /** Steps left or submitted once: their problems show from then on. */
  checked: ReadonlySet<StepSlug>;
  lastStep: StepSlug | null;
  listeners: Set<() => void>;
}

const sessions = new Map<string, DraftSession>();

function newSession(disclosure: DisclosureFormFieldsFragment): DraftSession {
  const values = fromDisclosure(disclosure);
  return {
    id: disclosure.id,
    values,
    version: disclosure.version,
    saved: serializeValues(values),
    state: { kind: 'unchanged' },
    blocked: false,
    inFlight: 0,
    chain: Promise.resolve(true),
    timer: undefined,
    lostEdits: [],
    checked: new Set(),
    lastStep: null,
    listeners: new Set(),
  };
}

const isDirty = (session: DraftSession) => serializeValues(session.values) !== session.saved;

/** Nothing typed that the server lacks, nothing under way, no conflict: a newer server version may replace it. */
const isIdle = (session: DraftSession) => !session.blocked && session.inFlight === 0 && !isDirty(session);

function notify(session: DraftSession) {
  for (const listener of session.listeners) listener();
}

function setState(session: DraftSession, state: SaveState) {
  session.state = state;
  notify(session);
}

/** The session of this disclosure in this tab: the one already open, unless the server has moved on from an idle one. */
function openSession(disclosure: DisclosureFormFieldsFragment): DraftSession {
  const open = sessions.get(disclosure.id);
  if (open && !(isIdle(open) && disclosure.version > open.version)) return open;
  const session = newSession(disclosure);
  if (open) {
    session.checked = open.checked;
    session.lastStep = open.lastStep;
  }
  sessions.set(disclosure.id, session);
  return session;
}

/** Whether this tab has the disclosure open in the wizard already. */
export const hasDraftSession = (id: string) => sessions.has(id);

/** Forgets the drafts open in this tab (tests; signing out). */
export function closeDraftSessions(): void {
  for (const session of sessions.values()) clearTimeout(session.timer);
  sessions.clear();
}

/** One save of the values as they are now; never throws. */
async function saveNow(session: DraftSession, client: ApolloClient, delay: number): Promise<boolean> {
  if (session.blocked) return false;
  const json = serializeValues(session.values);
  if (json === session.saved) return true;
  session.inFlight += 1;
  setState(session, { kind: 'saving' });
  try {
    const { data } = await client.mutate({
      mutation: SaveDisclosureDraftDocument,
      variables: { input: { id: session.id, expectedVersion: session.version, ...toSaveInput(session.values) } },
    });
    const payload = data?.saveDisclosureDraft;
    const errors = payload?.errors ?? [];
    if (errors.some((error) => error.code === 'VERSION_CONFLICT')) {
      session.blocked = true;
      setState(session, { kind: 'conflict', latest: payload?.disclosure ?? null });
      return false;
    }
    if (errors.length > 0 || !payload?.disclosure) {
      setState(session, { kind: 'refused', errors });
      return false;
    }
    session.version = payload.disclosure.version;
    session.saved = json;
    if (isDirty(session)) {
      // Typed on while this save was under way: the rest follows after the usual pause.
      setState(session, { kind: 'pending' });
      schedule(session, client, delay);
    } else {
      setState(session, { kind: 'saved', at: new Date() });
    }
    return true;
  } catch (failure) {
    setState(session, { kind: 'failed', message: failureMessage(failure) });
    return false;
  } finally {
    session.inFlight -= 1;
  }
}

/** Saves now, after any save under way; true when the server has the values as they are. */
function flushSession(session: DraftSession, client: ApolloClient, delay: number): Promise<boolean> {
  clearTimeout(session.timer);
  const run = () => saveNow(session, client, delay);
  const next = session.chain.then(run, run);
  session.chain = next;
  return next;
}

function schedule(session: DraftSession, client: ApolloClient, delay: number) {
  clearTimeout(session.timer);
  session.timer = setTimeout(() => void flushSession(session, client, delay), delay);
}

/**
 * The wizard's values and their autosave: a save `delay` ms after the last change, or at once on
 * `flush` (leaving a step, submitting, leaving the page). A VERSION_CONFLICT stops saving until the
 * user loads the latest version or keeps theirs, so that nothing is overwritten silently.
 */
export function useDraftAutosave(disclosure: DisclosureFormFieldsFragment, delay = AUTOSAVE_DELAY_MS) {
  const client = useApolloClient();
  const [session, setSession] = useState(() => openSession(disclosure));
  const [, rerender] = useReducer((count: number) => count + 1, 0);

  useEffect(() => {
    session.listeners.add(rerender);
    return () => {
      session.listeners.delete(rerender);
    };
  }, [session]);

  // A newer version from the server (another tab saved, and nothing is unsaved here): it replaces this one.
  useEffect(() => {
    if (disclosure.version > session.version && isIdle(session)) setSession(openSession(disclosure));
  }, [disclosure, session]);

  const flush = useCallback(() => flushSession(session, client, delay), [session, client, delay]);

  /** Changes the values; the save follows `delay` ms after the last change. */
  const update = useCallback(
    (recipe: (current: DisclosureValues) => DisclosureValues) => {
      session.values = recipe(session.values);
      if (!session.blocked) {
        clearTimeout(session.timer);
        if (isDirty(session)) {
          if (session.state.kind !== 'saving') session.state = { kind: 'pending' };
          schedule(session, client, delay);
        }
      }
      notify(session);
    },
    [session, client, delay],
  );

  /** After a conflict: the latest version replaces the edits, which are listed so they can be copied back. */
  const loadLatest = useCallback(
    (latest: DisclosureFormFieldsFragment) => {
      const theirs = fromDisclosure(latest);
      session.lostEdits = differences(session.values, theirs);
      session.values = theirs;
      session.version = latest.version;
      session.saved = serializeValues(theirs);
      session.blocked = false;
      setState(session, { kind: 'saved', at: new Date(latest.updatedAt) });
    },
    [session],
  );

  /** After a conflict: the user chose to save their version over the latest one. */
  const keepMine = useCallback(
    (latest: DisclosureFormFieldsFragment) => {
      session.version = latest.version;
      session.saved = serializeValues(fromDisclosure(latest));
      session.blocked = false;
      session.lostEdits = [];
      return flush();
    },
    [session, flush],
  );

  // Leaving the wizard (another page of the app, or the next step) saves what is left; the request
  // outlives the page, and the next step's page waits for it through the session.
  useEffect(
    () => () => {
      if (!session.blocked && isDirty(session)) void flushSession(session, client, delay);
    },
    [session, client, delay],
  );

  // Closing the tab with edits the server does not have: save at once and let the browser ask.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty(session)) return;
      void flushSession(session, client, delay);
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [session, client, delay]);

  return {
    values: session.values,
    state: session.state,
    update,
    flush,
    loadLatest,
    keepMine,
    lostEdits: session.lostEdits,
    dismissLostEdits: useCallback(() => {
      session.lostEdits = [];
      notify(session);
    }, [session]),
    /** Steps whose problems show (left once, or all after the review). */
    checked: session.checked,
    markChecked: useCallback(
      (steps: readonly StepSlug[]) => {
        if (steps.every((step) => session.checked.has(step))) return;
        session.checked = new Set([...session.checked, ...steps]);
        notify(session);
      },
      [session],
    ),
    /** The step shown before this one in this tab (null: the wizard was just opened). */
    lastStep: session.lastStep,
    setLastStep: useCallback(
      (step: StepSlug) => {
        session.lastStep = step;
      },
      [session],
    ),
    isDirty: () => isDirty(session),
  };
}

export type DraftAutosave = ReturnType<typeof useDraftAutosave>;

/** The fields (paths) where `mine` differs from `theirs`, with my value as text. */
export function differences(mine: DisclosureValues, theirs: DisclosureValues): LostEdit[] {
  const edits: LostEdit[] = [];
  const texts = ['title', 'abstract', 'problem', 'solution', 'novelty', 'priorArt', 'commercialApplications'] as const;
  for (const field of texts) {
    if (mine[field].trim() !== theirs[field].trim() && mine[field].trim() !== '') {
      edits.push({ field, value: mine[field] });
    }
  }
  if (mine.trl !== theirs.trl && mine.trl !== '') edits.push({ field: 'trl', value: mine.trl });
  const inventor = (i: DisclosureValues['inventors'][number]) => `${i.name} (${i.affiliation}) ${i.share}%`;
  const entry = (e: DisclosureValues['publicDisclosures'][number]) =>
    `${e.date} ${e.venue}${e.description ? ` — ${e.description}` : ''}`;
  const source = (s: DisclosureValues['fundingSources'][number]) =>
    `${s.funder}${s.grantNumber ? ` (${s.grantNumber})` : ''}: ${s.obligations}`;
  const lists = [
    ['inventors', mine.inventors.map(inventor), theirs.inventors.map(inventor)],
    ['publicDisclosures', mine.publicDisclosures.map(entry), theirs.publicDisclosures.map(entry)],
    ['fundingSources', mine.fundingSources.map(source), theirs.fundingSources.map(source)],
  ] as const;
  for (const [field, a, b] of lists) {
    if (a.join('\n') !== b.join('\n') && a.length > 0) edits.push({ field, value: a.join('\n') });
  }
  return edits;
}
