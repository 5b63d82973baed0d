import { useMutation, useQuery } from '@apollo/client/react';
import { isListingEditable } from '@tt/shared/listing-rules';
import { OFFICE_LISTINGS_ROUTE } from '@tt/shared/web-routes';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useParams } from 'react-router';
import {
  ListingEditorDocument,
  ListingEditorOptionsDocument,
  UpdateListingDocument,
} from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { formatDateTime, getLocale, t } from '../i18n/i18n';
import { kindLabel } from '../i18n/labels';
import { CapacityEditor } from '../services/capacity-editor';
import { ServiceRequestFormEditor } from '../services/service-request-form-editor';
import type { BackTo } from '../ui/back-link';
import { failureMessage, LiveRegion } from '../ui/form';
import { AlertIcon } from '../ui/icons';
import { ListingStatusBadge } from '../ui/listing-status-badge';
import { RecordFallback } from '../ui/record-fallback';
import { RecordHeader } from '../ui/record-header';
import { foreignLang } from '../ui/text-language-marker';
import { usePageMeta } from '../ui/use-page-meta';
import {
  draftFrom,
  draftProblems,
  type EditedListing,
  focusField,
  inputFrom,
  type ListingDraft,
  platformChoices,
  previewOf,
  publicationProblems,
  sameDraft,
  translationWarnings,
} from './listing-draft';
import { ListingForm } from './listing-form';
import { ListingPreview } from './listing-preview';
import { PublicationPanel } from './publication-panel';
import '../ui/office-records.css';
import '../ui/office.css';
import './listings.css';

const BACK_TO_LISTINGS: BackTo = { to: `/${OFFICE_LISTINGS_ROUTE}`, label: 'listing.back', testId: 'back-to-listings' };

/** The listing editor of the office: every field, what is missing to publish, a preview and the status moves. */
export function ListingEditorPage() {
  const { id = '' } = useParams();
  const query = useQuery(ListingEditorDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const node = query.data?.node;
  const asset = node?.__typename === 'Asset' && node.viewerCanEdit ? node : null;
  usePageMeta(asset ? `${asset.title} · ${t('listings.heading')}` : t('listings.heading'));

  if (asset) return <Editor key={asset.id} initial={asset} />;
  return <RecordFallback query={query} notFound="listing" back={BACK_TO_LISTINGS} />;
}

type Tab = 'edit' | 'preview';
type Saved = { at: string } | null;

function Editor({ initial }: { initial: EditedListing }) {
  const tabsId = useId();
  const options = useQuery(ListingEditorOptionsDocument, { fetchPolicy: 'cache-first' });
  const [update] = useMutation(UpdateListingDocument);
  // `base` is the listing as last saved (or loaded): its updatedAt goes back as expectedUpdatedAt.
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState<ListingDraft>(() => draftFrom(initial));
  const [tab, setTab] = useState<Tab>('edit');
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<EditedListing | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Saved>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const dirty = !sameDraft(draft, draftFrom(base));
  const editable = isListingEditable(base.status);
  const problems = draftProblems(draft);
  const clientErrors = Object.fromEntries(problems.map((problem) => [problem.field, errorMessage(problem)]));
  const errorOf = (field: string) => serverErrors[field] ?? (tried ? clientErrors[field] : undefined);
  const issues = dirty ? publicationProblems(draft) : base.publicationIssues;
  // The Italian texts missing: recommended, never blocking (the API's publicationWarnings, by the same rule).
  const warnings = dirty ? translationWarnings(draft) : base.publicationWarnings;
  const missingItalian = new Set(warnings.map((warning) => warning.field ?? ''));
  const sectors = options.data?.sectors ?? [];
  const officers = (options.data?.users.edges.map((edge) => edge.node) ?? []).filter(
    (officer) => officer.institution?.id === base.institution.id,
  );
  if (base.contactOfficerUser && !officers.some((officer) => officer.id === base.contactOfficerUser?.id)) {
    officers.push({ ...base.contactOfficerUser, title: null, titleLanguage: 'EN', institution: null });
  }

  // Leaving the page (reload, closing the tab) with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  function change(changes: Partial<ListingDraft>) {
    setDraft((current) => ({ ...current, ...changes }));
    setSaved(null);
    // A server error is about the value it was given: a new value is checked here again.
    const touched = Object.keys(changes);
    setServerErrors((current) => {
      const kept = Object.entries(current).filter(([field]) => !touched.some((name) => field.split('.')[0] === name));
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }

  function goTo(field: string) {
    setTab('edit');
    // After the form is shown again.
    requestAnimationFrame(() => focusField(field));
  }

  /** Saves the working copy over `expected` (the version it was made from); answers whether it worked. */
  async function save(expected: EditedListing = base): Promise<boolean> {
    if (saving) return false;
    setTried(true);
    setGeneralErrors([]);
    const sent = draft;
    const found = draftProblems(sent);
    if (found[0]) {
      goTo(found[0].field);
      return false;
    }
    setSaving(true);
    try {
      const { data } = await update({ variables: { input: inputFrom(base.id, expected.updatedAt, sent) } });
      const payload = data?.updateListing;
      if (!payload) return false;
      if (payload.errors.some((error) => error.code === 'VERSION_CONFLICT')) {
        setConflict(payload.asset);
        return false;
      }
      if (payload.errors.length > 0) {
        const fields: Record<string, string> = {};
        const general: string[] = [];
        for (const error of payload.errors) {
          if (error.field && error.field !== 'id' && !fields[error.field]) fields[error.field] = errorMessage(error);
          else general.push(errorMessage(error));
        }
        setServerErrors(fields);
        setGeneralErrors(general);
        const first = Object.keys(fields)[0];
        if (first) goTo(first);
        return false;
      }
      if (payload.asset) {
        setBase(payload.asset);
        setConflict(null);
        setServerErrors({});
        setTried(false);
        // Keep what was typed while saving; otherwise show the listing as the server stored it.
        if (sameDraft(draftRef.current, sent)) setDraft(draftFrom(payload.asset));
        setSaved({ at: payload.asset.updatedAt });
      }
      return true;
    } catch (failure) {
      setGeneralErrors([failureMessage(failure)]);
      return false;
    } finally {
      setSaving(false);
    }
  }

  function loadTheirs() {
    if (!conflict) return;
    setBase(conflict);
    setDraft(draftFrom(conflict));
    setConflict(null);
    setServerErrors({});
    setGeneralErrors([]);
  }

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const next = tab === 'edit' ? 'preview' : 'edit';
      setTab(next);
      document.getElementById(`${tabsId}-${next}`)?.focus();
    }
  }

  // The title in the page's language where it has one, else the English one, marked as such.
  const italianTitle = getLocale() === 'it' ? draft.titleIt.trim() : '';
  const title = italianTitle || draft.title.trim() || base.title;
  const titleLang = italianTitle ? undefined : foreignLang(draft.title.trim() ? 'EN' : base.textLanguage);
  return (
    <div className="listing-editor" data-testid="listing-editor">
      <RecordHeader
        back={BACK_TO_LISTINGS}
        eyebrow={`${kindLabel(draft.kind)} · ${base.institution.shortName}`}
        title={title}
        titleLang={titleLang}
        testIds={{ title: 'editor-title' }}
        titleClassName="listing-editor__title"
        factsClassName="office-disclosure__facts"
      >
        <ListingStatusBadge status={base.status} expired={base.expiredAt != null} />
        <span className="muted">{t('listing.lastSaved', { date: formatDateTime(base.updatedAt) })}</span>
      </RecordHeader>

      <div className="editor-bar">
        <div className="container editor-bar__inner">
          <div className="segmented editor-tabs" role="tablist" aria-label={t('listing.views')}>
            {(['edit', 'preview'] as const).map((value) => (
              <button
                key={value}
                id={`${tabsId}-${value}`}
                type="button"
                role="tab"
                aria-selected={tab === value}
                aria-controls={`${tabsId}-${value}-panel`}
                tabIndex={tab === value ? 0 : -1}
                className={`segmented__button editor-tabs__tab${tab === value ? ' is-selected' : ''}`}
                onClick={() => setTab(value)}
                onKeyDown={onTabKey}
                data-testid={`tab-${value}`}
              >
                {value === 'edit' ? t('listing.tabEdit') : t('listing.tabPreview')}
              </button>
            ))}
          </div>
          <div className="editor-bar__save">
            <LiveRegion>
              <span className={`editor-bar__state${dirty ? ' is-dirty' : ''}`} data-testid="save-state">
                {saving
                  ? t('office.saving')
                  : dirty
                    ? t('listing.unsaved')
                    : saved
                      ? t('listing.savedAt', { time: formatDateTime(saved.at) })
                      : t('listing.allSaved')}
              </span>
            </LiveRegion>
            {editable && (
              <button
                type="button"
                className="button button--primary"
                disabled={saving || !dirty || conflict !== null}
                onClick={() => void save()}
                data-testid="save"
              >
                {saving && <span className="spinner spinner--small" aria-hidden="true" />}
                {t('listing.save')}
              </button>
            )}
          </div>
        </div>
      </div>

      <div className="container office-body">
        {conflict && (
          <section className="editor-conflict" role="alert" data-testid="conflict">
            <AlertIcon />
            <div>
              <h2 className="editor-conflict__title">{t('listing.conflictTitle')}</h2>
              <p>{t('listing.conflictBody', { time: formatDateTime(conflict.updatedAt) })}</p>
              <div className="office-reason__buttons">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => void save(conflict)}
                  disabled={saving}
                  data-testid="conflict-keep-mine"
                >
                  {t('listing.conflictKeepMine')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={loadTheirs}
                  data-testid="conflict-load-theirs"
                >
                  {t('listing.conflictLoadTheirs')}
                </button>
              </div>
            </div>
          </section>
        )}
        {generalErrors.length > 0 && (
          <div className="office-message office-message--warning" role="alert" data-testid="save-errors">
            {generalErrors.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        )}
        {tried && problems.length > 0 && (
          <p className="office-message office-message--warning" role="alert" data-testid="draft-problems">
            {t('listing.fixBeforeSaving', { count: problems.length })}
          </p>
        )}
      </div>

      <div
        id={`${tabsId}-edit-panel`}
        role="tabpanel"
        aria-labelledby={`${tabsId}-edit`}
        hidden={tab !== 'edit'}
        className="container aside-layout editor-layout"
      >
        <div className="editor-layout__main">
          {!editable && (
            <p className="notice notice--info" data-testid="not-editable">
              {t(base.expiredAt ? 'listing.expiredNotice' : 'listing.archivedNotice')}
            </p>
          )}
          <fieldset className="editor-fieldset" disabled={!editable}>
            <legend className="visually-hidden">{t('listing.fields')}</legend>
            <ListingForm
              draft={draft}
              update={change}
              errorOf={errorOf}
              sectors={sectors}
              officers={officers}
              platforms={platformChoices(base)}
              missingItalian={missingItalian}
            />
          </fieldset>
          {editable && (
            <div className="editor-layout__save">
              <button
                type="button"
                className="button button--primary"
                disabled={saving || !dirty || conflict !== null}
                onClick={() => void save()}
              >
                {t('listing.save')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={!dirty}
                onClick={() => {
                  setDraft(draftFrom(base));
                  setServerErrors({});
                  setTried(false);
                }}
                data-testid="discard"
              >
                {t('listing.discard')}
              </button>
            </div>
          )}
          {base.kind === 'SERVICE' && editable && <ServiceRequestFormEditor assetId={base.id} />}
        </div>
        <aside className="editor-layout__aside">
          <PublicationPanel
            asset={base}
            issues={issues}
            warnings={warnings}
            dirty={dirty}
            saveFirst={() => save()}
            onChanged={(changes) => {
              // A renewal's date replaces the field's, unless the office is changing it on screen.
              setDraft((current) =>
                current.expiresOn === (base.expiresOn ?? '')
                  ? { ...current, expiresOn: changes.expiresOn ?? '' }
                  : current,
              );
              setBase((current) => ({ ...current, ...changes }));
            }}
            onIssue={goTo}
          />
          {base.kind === 'SERVICE' && (
            <CapacityEditor
              assetId={base.id}
              capacity={base.capacity}
              onSaved={(capacity) => setBase((current) => ({ ...current, capacity }))}
            />
          )}
        </aside>
      </div>
      <div
        id={`${tabsId}-preview-panel`}
        role="tabpanel"
        aria-labelledby={`${tabsId}-preview`}
        hidden={tab !== 'preview'}
      >
        {tab === 'preview' && <ListingPreview asset={previewOf(base, draft, sectors, officers)} unsaved={dirty} />}
      </div>
    </div>
  );
}
