import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, Fragment, useId, useState } from 'react';
import {
  type InstituteOptionsQuery,
  PeopleDocument,
  type PersonFieldsFragment,
  SetUserDisabledDocument,
  type UserRole,
} from '../generated/graphql';
import { t } from '../i18n/i18n';
import { roleLabel } from '../i18n/labels';
import { FilterSelect } from '../ui/filter-select';
import { failureMessage, LiveRegion, Notice } from '../ui/form';
import { SearchIcon } from '../ui/icons';
import { ListState } from '../ui/list-state';
import { RoleEditor } from './role-editor';
import './admin.css';

const PAGE_SIZE = 25;

type Institute = InstituteOptionsQuery['institutions'][number];

/**
 * The users the viewer may list (all for administrators, their institute's for officers), by name,
 * with a search and a role filter. With `manage` (administrators), each row can change the user's
 * role and organisation, and disable or enable the account.
 */
export function PeopleList({
  roles,
  manage = false,
  institutes = [],
  viewerId,
}: {
  roles: readonly UserRole[];
  manage?: boolean;
  institutes?: readonly Institute[];
  viewerId: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<UserRole | ''>('');
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(PeopleDocument, {
    variables: { query: query || null, role: role || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [setDisabled] = useMutation(SetUserDisabledDocument);
  const connection = data?.users;
  const people = connection?.edges.map((edge) => edge.node) ?? [];

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQuery(draft.trim());
  }

  async function toggleDisabled(person: PersonFieldsFragment) {
    setBusy(person.id);
    setMessage(null);
    try {
      const { data: result } = await setDisabled({
        variables: { input: { userId: person.id, disabled: !person.disabled } },
      });
      const payload = result?.setUserDisabled;
      if (payload?.user) {
        setMessage({
          tone: 'success',
          text: payload.user.disabled
            ? t('people.disabledDone', { name: person.name })
            : t('people.enabledDone', { name: person.name }),
        });
        setConfirming(null);
      } else {
        setMessage({ tone: 'warning', text: payload?.errors[0]?.message ?? t('form.unexpected') });
      }
    } catch (failure) {
      setMessage({ tone: 'warning', text: failureMessage(failure) });
    } finally {
      setBusy(null);
    }
  }

  const columns = manage ? 5 : 4;
  return (
    <div className="people-list" data-testid="people-list">
      <div className="list-toolbar">
        <search className="list-search">
          <form onSubmit={search}>
            <label htmlFor={`${id}-query`} className="visually-hidden">
              {t('people.searchLabel')}
            </label>
            <SearchIcon className="icon field-adornment list-search__icon" />
            <input
              id={`${id}-query`}
              type="search"
              className="input list-search__input"
              placeholder={t('people.searchPlaceholder')}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              data-testid="people-search"
            />
            <button type="submit" className="button button--secondary">
              {t('common.search')}
            </button>
          </form>
        </search>
        <FilterSelect
          layout="inline"
          label={t('people.roleFilter')}
          value={role}
          onChange={(value) => setRole(value as UserRole | '')}
          options={roles.map((value) => ({ value, label: roleLabel(value) }))}
          testId="people-role-filter"
        >
          <option value="">{t('people.allRoles')}</option>
        </FilterSelect>
        {connection && (
          <p className="list-toolbar__count" aria-live="polite" data-testid="people-count">
            {t('people.count', { count: connection.totalCount })}
          </p>
        )}
      </div>
      <LiveRegion>
        {message && (
          <Notice tone={message.tone} testId="people-message">
            <p>{message.text}</p>
          </Notice>
        )}
      </LiveRegion>
      <ListState
        loaded={Boolean(data)}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        empty={people.length === 0}
        emptyText={t('people.empty')}
        emptyTestId="people-empty"
      >
        <table className="data-table">
          <caption className="visually-hidden">{t('people.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('people.name')}</th>
              <th scope="col">{t('field.role')}</th>
              <th scope="col">{t('people.organisation')}</th>
              <th scope="col">{t('people.status')}</th>
              {manage && (
                <th scope="col">
                  <span className="visually-hidden">{t('people.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {people.map((person) => {
              const self = person.id === viewerId;
              return (
                <Fragment key={person.id}>
                  <tr data-testid="person-row" data-email={person.email}>
                    <td data-label={t('people.name')} className="data-table__primary">
                      <span className="person">
                        <span className="person__name">
                          {person.name}
                          {self && <span className="badge badge--neutral">{t('people.you')}</span>}
                        </span>
                        <span className="person__email">{person.email}</span>
                        {person.title && <span className="person__title">{person.title}</span>}
                      </span>
                    </td>
                    <td data-label={t('field.role')} data-testid="person-role">
                      {roleLabel(person.role)}
                    </td>
                    <td data-label={t('people.organisation')}>
                      {person.institution?.shortName ?? person.company?.name ?? (
                        <span className="muted">{t('people.network')}</span>
                      )}
                    </td>
                    <td data-label={t('people.status')}>
                      {person.disabled ? (
                        <span className="badge badge--danger" data-testid="person-status">
                          {t('people.disabled')}
                        </span>
                      ) : (
                        <span className="badge badge--success" data-testid="person-status">
                          {t('people.active')}
                        </span>
                      )}
                      {!person.emailVerified && <span className="data-table__note">{t('people.unverified')}</span>}
                    </td>
                    {manage && (
                      <td className="data-table__actions">
                        {confirming === person.id ? (
                          <span className="confirm">
                            <span className="confirm__text">{t('people.confirmDisable', { name: person.name })}</span>
                            <button
                              type="button"
                              className="button button--danger button--small"
                              disabled={busy === person.id}
                              onClick={() => void toggleDisabled(person)}
                              data-testid="confirm-disable"
                            >
                              {busy === person.id ? t('form.sending') : t('people.disable')}
                            </button>
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              onClick={() => setConfirming(null)}
                            >
                              {t('common.cancel')}
                            </button>
                          </span>
                        ) : (
                          !self && (
                            <>
                              <button
                                type="button"
                                className="button button--secondary button--small"
                                aria-expanded={editing === person.id}
                                onClick={() => setEditing(editing === person.id ? null : person.id)}
                                data-testid="change-role"
                              >
                                {t('people.changeRole')}
                                <span className="visually-hidden"> ({person.name})</span>
                              </button>
                              {person.disabled ? (
                                <button
                                  type="button"
                                  className="button button--secondary button--small"
                                  disabled={busy === person.id}
                                  onClick={() => void toggleDisabled(person)}
                                  data-testid="enable-user"
                                >
                                  {busy === person.id ? t('form.sending') : t('people.enable')}
                                  <span className="visually-hidden"> ({person.name})</span>
                                </button>
                              ) : (
                                <button
                                  type="button"
                                  className="button button--secondary button--small button--quiet-danger"
                                  onClick={() => setConfirming(person.id)}
                                  data-testid="disable-user"
                                >
                                  {t('people.disable')}
                                  <span className="visually-hidden"> ({person.name})</span>
                                </button>
                              )}
                            </>
                          )
                        )}
                      </td>
                    )}
                  </tr>
                  {manage && editing === person.id && (
                    <tr className="data-table__editor">
                      <td colSpan={columns}>
                        <RoleEditor
                          person={person}
                          institutes={institutes}
                          onDone={(saved) => {
                            setEditing(null);
                            if (saved) setMessage({ tone: 'success', text: t('people.roleChanged', { name: saved }) });
                          }}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </ListState>
      {connection?.pageInfo.hasNextPage && (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={loading}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor, first: PAGE_SIZE } })}
          >
            {loading ? t('common.loading') : t('people.loadMore')}
          </button>
        </div>
      )}
    </div>
  );
}
