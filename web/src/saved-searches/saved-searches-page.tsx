import { useMutation, useQuery } from '@apollo/client/react';
import { SAVED_SEARCH_NAME_MAX_LENGTH } from '@tt/shared/limits';
import { catalogueSearchPath, requestsSearchPath } from '@tt/shared/web-routes';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { type AlertFrequency, CatalogueTaxonomyDocument, type CatalogueTaxonomyQuery } from '../generated/graphql';
import {
  DeleteSavedSearchDocument,
  SavedSearchesDocument,
  type SavedSearchesQuery,
  UpdateSavedSearchDocument,
} from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { ConfirmButtons } from '../ui/confirm-buttons';
import { Icon } from '../ui/icons';
import { FirstLoad } from '../ui/list-state';
import { LiveNotice } from '../ui/live-notice';
import { PageHeader } from '../ui/page-header';
import { RowButton } from '../ui/row-button';
import { EmptyState } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { useRowAction } from '../ui/use-row-action';
import { frequencyLabel, frequencyOptions } from './frequency-options';
import { describeSearch, searchToSaveOf } from './search-summary';
import './saved-searches.css';

type SavedSearch = SavedSearchesQuery['savedSearches'][number];

/** The feed reader's sign (an Atom or RSS feed), drawn in the icons' frame. */
const FeedIcon = () => (
  <Icon>
    <path d="M5 11a8 8 0 0 1 8 8" />
    <path d="M5 5a14 14 0 0 1 14 14" />
    <circle cx="6" cy="18" r="1.5" />
  </Icon>
);

/** The signed-in person's saved searches: each runs, alerts, is renamed or deleted here, and has its feed. */
export function SavedSearchesPage() {
  usePageMeta(t('alerts.metaTitle'), t('alerts.metaDescription'));
  const { data, loading, error, refetch } = useQuery(SavedSearchesDocument, { fetchPolicy: 'cache-and-network' });
  const { data: taxonomy } = useQuery(CatalogueTaxonomyDocument);
  const rowAction = useRowAction();
  const searches = data?.savedSearches ?? [];

  return (
    <div className="saved-searches-page" data-testid="saved-searches-page">
      <PageHeader eyebrow={t('alerts.eyebrow')} title={t('alerts.heading')} lead={t('alerts.lead')} />
      <div className="container detail-body">
        <FirstLoad loaded={Boolean(data)} query={{ loading, error, refetch }} />
        <LiveNotice tone={rowAction.message?.tone} testId="saved-search-message">
          {rowAction.message?.text}
        </LiveNotice>
        {data && searches.length === 0 && (
          <EmptyState
            title={t('alerts.emptyTitle')}
            action={
              <Link className="button button--primary" to="/">
                {t('alerts.toCatalogue')}
              </Link>
            }
          >
            <p>{t('alerts.emptyBody')}</p>
          </EmptyState>
        )}
        {searches.length > 0 && (
          <>
            <p className="saved-searches__count" data-testid="saved-searches-count">
              {t('alerts.count', { count: searches.length })}
            </p>
            {/* Searches of technology requests have no feed: office-only requests are not for anyone with a link. */}
            {searches.some((search) => search.feedUrl) && (
              <p className="saved-searches__feeds muted">{t('alerts.feedHint')}</p>
            )}
            <ul className="saved-search-list">
              {searches.map((search) => (
                <SavedSearchRow key={search.id} search={search} taxonomy={taxonomy} rowAction={rowAction} />
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

function SavedSearchRow({
  search,
  taxonomy,
  rowAction,
}: {
  search: SavedSearch;
  taxonomy: CatalogueTaxonomyQuery | undefined;
  rowAction: ReturnType<typeof useRowAction>;
}) {
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(search.name);
  const [confirming, setConfirming] = useState(false);
  const [update] = useMutation(UpdateSavedSearchDocument);
  const [remove] = useMutation(DeleteSavedSearchDocument, {
    update(cache, { data }) {
      const deleted = data?.deleteSavedSearch.deletedId;
      if (deleted) cache.evict({ id: cache.identify({ __typename: 'SavedSearch', id: deleted }) });
    },
  });
  const { busy, run } = rowAction;
  // The search on its page, as the alert e-mails link to it (shared/web-routes).
  const runPath = search.scope === 'REQUESTS' ? requestsSearchPath(search) : catalogueSearchPath(search);

  const changeFrequency = (alertFrequency: AlertFrequency) =>
    run(search.id, async () => {
      const { data } = await update({ variables: { input: { id: search.id, alertFrequency } } });
      const payload = data?.updateSavedSearch;
      if (!payload?.savedSearch) return payload?.errors;
      return t('alerts.frequencySaved', { name: search.name, frequency: frequencyLabel(alertFrequency) });
    });

  const rename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(search.id, async () => {
      const { data } = await update({ variables: { input: { id: search.id, name } } });
      const payload = data?.updateSavedSearch;
      if (!payload?.savedSearch) return payload?.errors;
      setRenaming(false);
      return t('alerts.renamed', { name: payload.savedSearch.name });
    });
  };

  const confirmDelete = () =>
    run(search.id, async () => {
      const { data } = await remove({ variables: { id: search.id } });
      const payload = data?.deleteSavedSearch;
      if (!payload?.deletedId) return payload?.errors;
      return t('alerts.deleted', { name: search.name });
    });

  return (
    <li className="card saved-search" data-testid="saved-search-row">
      <div className="saved-search__main">
        <h2 className="saved-search__name" id={`${id}-name`}>
          {search.name}
        </h2>
        <p className="saved-search__summary" data-testid="saved-search-summary">
          {describeSearch(searchToSaveOf(search), taxonomy)}
        </p>
        <p className="saved-search__meta">
          <span>{t('alerts.savedOn', { date: formatDate(search.createdAt) })}</span>
          <span>
            {search.lastAlertAt
              ? t('alerts.lastAlert', { date: formatDate(search.lastAlertAt) })
              : t('alerts.noAlertYet')}
          </span>
        </p>
        {search.feedUrl && (
          <p className="saved-search__feed">
            <a href={search.feedUrl} type="application/atom+xml" data-testid="saved-search-feed">
              <FeedIcon />
              {t('alerts.feed')}
              <span className="visually-hidden"> ({search.name})</span>
            </a>
          </p>
        )}
      </div>
      <div className="saved-search__side">
        <label className="saved-search__frequency">
          <span className="visually-hidden">{t('alerts.frequencyFor', { name: search.name })}</span>
          <select
            className="input select"
            value={search.alertFrequency}
            disabled={busy === search.id}
            onChange={(event) => void changeFrequency(event.target.value as AlertFrequency)}
            data-testid="saved-search-frequency"
          >
            {frequencyOptions().map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <div className="saved-search__actions">
          <Link className="button button--primary button--small" to={runPath} data-testid="saved-search-run">
            {t('alerts.run')}
            <span className="visually-hidden"> ({search.name})</span>
          </Link>
          <RowButton
            rowName={search.name}
            expanded={renaming}
            onClick={() => {
              setName(search.name);
              setRenaming(!renaming);
            }}
            testId="saved-search-rename"
          >
            {t('alerts.rename')}
          </RowButton>
          <RowButton
            tone="quiet-danger"
            rowName={search.name}
            expanded={confirming}
            onClick={() => setConfirming(!confirming)}
            testId="saved-search-delete"
          >
            {t('alerts.delete')}
          </RowButton>
        </div>
      </div>
      {renaming && (
        <form className="saved-search__rename" onSubmit={rename}>
          <label htmlFor={`${id}-rename`}>{t('alerts.renameLabel', { name: search.name })}</label>
          <div className="saved-search__rename-row">
            <input
              id={`${id}-rename`}
              className="input"
              value={name}
              maxLength={SAVED_SEARCH_NAME_MAX_LENGTH + 20}
              onChange={(event) => setName(event.target.value)}
              data-testid="saved-search-name-input"
            />
            <button type="submit" className="button button--primary" disabled={busy === search.id}>
              {t('alerts.renameSave')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setRenaming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {confirming && (
        <div className="saved-search__confirm">
          <p>{t('alerts.deleteConfirm')}</p>
          <ConfirmButtons
            className="saved-search__confirm-buttons"
            label={t('alerts.deleteConfirmButton')}
            disabled={busy === search.id}
            onConfirm={() => void confirmDelete()}
            onCancel={() => setConfirming(false)}
            testId="saved-search-delete-confirm"
          />
        </div>
      )}
    </li>
  );
}
