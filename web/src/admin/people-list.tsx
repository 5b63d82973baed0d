import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, Fragment, useId, useState } from 'react';
import { type UserRole } from '../generated/graphql';
import {
  type InstituteOptionsQuery,
  PeopleDocument,
  type PersonFieldsFragment,
  SetUserDisabledDocument,
} from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { roleLabel } from '../i18n/labels';
import { langOf } from '../i18n/written-language';
import { FilterSelect } from '../ui/filter-select';
import { SearchIcon } from '../ui/icons';
import { ListState } from '../ui/list-state';
import { LiveNotice } from '../ui/live-notice';
import { RowButton } from '../ui/row-button';
import { useRowAction } from '../ui/use-row-action';
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
  const { busy, message, setMessage, run } = useRowAction();
  const list = useQuery(PeopleDocument, {
    variables: { query: query || null, role: role || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [setDisabled] = useMutation(SetUserDisabledDocument);
  const connection = list.data?.users;
  const people = connection?.edges.map((edge) => edge.node) ?? [];

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQuery(draft.trim());
  }

  const toggleDisabled = (person: PersonFieldsFragment) =>
    run(person.id, async () => {
      const { data: result } = await setDisabled({
        variables: { input: { userId: person.id, disabled: !person.disabled } },
      });
      const payload = result?.setUserDisabled;
      if (!payload?.user) return payload?.errors;
      setConfirming(null);
      return payload.user.disabled
        ? t('people.disabledDone', { name: person.name })
        : t('people.enabledDone', { name: person.name });
    });

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
      <LiveNotice tone={message?.tone} testId="people-message">
        {message?.text}
      </LiveNotice>
      <ListState query={list} empty={people.length === 0} emptyText={t('people.empty')} emptyTestId="people-empty">
        <table className="data-table data-table--people">
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
                        {person.title && (
                          <span className="person__title" lang={langOf(person.titleLanguage)}>
                            {person.title}
                          </span>
                        )}
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
                              <RowButton
                                rowName={person.name}
                                expanded={editing === person.id}
                                onClick={() => setEditing(editing === person.id ? null : person.id)}
                                testId="change-role"
                              >
                                {t('people.changeRole')}
                              </RowButton>
                              {person.disabled ? (
                                <RowButton
                                  rowName={person.name}
                                  disabled={busy === person.id}
                                  onClick={() => void toggleDisabled(person)}
                                  testId="enable-user"
                                >
                                  {busy === person.id ? t('form.sending') : t('people.enable')}
                                </RowButton>
                              ) : (
                                <RowButton
                                  tone="quiet-danger"
                                  rowName={person.name}
                                  onClick={() => setConfirming(person.id)}
                                  testId="disable-user"
                                >
                                  {t('people.disable')}
                                </RowButton>
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
    </div>
  );
}
