import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { type InvitationStatus } from '../generated/graphql';
import {
  type InvitationFieldsFragment,
  InvitationsDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
} from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { invitationStatusLabel, roleLabel } from '../i18n/labels';
import { FilterSelect } from '../ui/filter-select';
import { ListState } from '../ui/list-state';
import { LiveNotice } from '../ui/live-notice';
import { RowButton } from '../ui/row-button';
import { useRowAction } from '../ui/use-row-action';
import './admin.css';

const PAGE_SIZE = 20;
const STATUSES: InvitationStatus[] = ['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED'];

const STATUS_TONES: Record<InvitationStatus, string> = {
  PENDING: 'badge--accent',
  ACCEPTED: 'badge--success',
  EXPIRED: 'badge--neutral',
  REVOKED: 'badge--neutral',
};

/**
 * The invitations the viewer may manage (the API decides whose: all, an institute's, a company's),
 * newest first, with Resend and Withdraw. With `status` the list is that status only; otherwise the
 * user can filter by status.
 */
export function InvitationList({
  status: fixedStatus,
  showOrganisation = false,
  emptyText,
}: {
  status?: InvitationStatus;
  showOrganisation?: boolean;
  emptyText?: string;
}) {
  const [filter, setFilter] = useState<InvitationStatus | ''>('PENDING');
  const status = fixedStatus ?? (filter || null);
  const list = useQuery(InvitationsDocument, {
    variables: { status, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [resend] = useMutation(ResendInvitationDocument, { refetchQueries: [InvitationsDocument] });
  const [revoke] = useMutation(RevokeInvitationDocument, { refetchQueries: [InvitationsDocument] });
  const { busy, message, run } = useRowAction();

  const connection = list.data?.invitations;
  const invitations = connection?.edges.map((edge) => edge.node) ?? [];

  const act = (invitation: InvitationFieldsFragment, action: 'resend' | 'revoke') =>
    run(`${action}-${invitation.id}`, async () => {
      const input = { variables: { input: { id: invitation.id } } };
      const payload =
        action === 'resend'
          ? (await resend(input)).data?.resendInvitation
          : (await revoke(input)).data?.revokeInvitation;
      if (!payload?.invitation) return payload?.errors;
      return action === 'resend'
        ? t('invitations.resent', { email: invitation.email })
        : t('invitations.revoked', { email: invitation.email });
    });

  return (
    <div className="invitation-list" data-testid="invitation-list">
      {!fixedStatus && (
        <div className="list-toolbar">
          <FilterSelect
            layout="inline"
            label={t('invitations.statusFilter')}
            value={filter}
            onChange={(status) => setFilter(status as InvitationStatus | '')}
            options={STATUSES.map((value) => ({ value, label: invitationStatusLabel(value) }))}
            testId="invitation-status-filter"
          >
            <option value="">{t('invitations.allStatuses')}</option>
          </FilterSelect>
          {connection && (
            <p className="list-toolbar__count" aria-live="polite">
              {t('invitations.count', { count: connection.totalCount })}
            </p>
          )}
        </div>
      )}
      <LiveNotice tone={message?.tone} testId="invitation-message">
        {message?.text}
      </LiveNotice>
      <ListState
        query={list}
        more={{ pageInfo: connection?.pageInfo, label: t('invitations.loadMore'), first: PAGE_SIZE }}
        empty={invitations.length === 0}
        emptyText={emptyText ?? t('invitations.empty')}
        emptyTestId="invitations-empty"
      >
        <table className="data-table">
          <caption className="visually-hidden">{t('invitations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.email')}</th>
              <th scope="col">{t('field.role')}</th>
              {showOrganisation && <th scope="col">{t('invitations.organisation')}</th>}
              <th scope="col">{t('invitations.status')}</th>
              <th scope="col">{t('invitations.sent')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('invitations.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id} data-testid="invitation-row" data-email={invitation.email}>
                <td data-label={t('field.email')} className="data-table__primary">
                  {invitation.email}
                </td>
                <td data-label={t('field.role')}>{roleLabel(invitation.role)}</td>
                {showOrganisation && <td data-label={t('invitations.organisation')}>{invitation.organisationName}</td>}
                <td data-label={t('invitations.status')}>
                  <span className={`badge ${STATUS_TONES[invitation.status]}`} data-testid="invitation-status">
                    {invitationStatusLabel(invitation.status)}
                  </span>
                  {invitation.status === 'PENDING' && (
                    <span className="data-table__note">
                      {t('invitations.expires', { date: formatDate(invitation.expiresAt) })}
                    </span>
                  )}
                </td>
                <td data-label={t('invitations.sent')}>
                  {formatDate(invitation.createdAt)}
                  {invitation.invitedByName && (
                    <span className="data-table__note">{t('invitations.by', { name: invitation.invitedByName })}</span>
                  )}
                </td>
                <td className="data-table__actions">
                  {invitation.status !== 'ACCEPTED' && (
                    <RowButton
                      rowName={invitation.email}
                      disabled={busy !== null}
                      onClick={() => void act(invitation, 'resend')}
                      testId="resend-invitation"
                    >
                      {busy === `resend-${invitation.id}` ? t('form.sending') : t('invitations.resend')}
                    </RowButton>
                  )}
                  {invitation.status === 'PENDING' && (
                    <RowButton
                      tone="quiet-danger"
                      rowName={invitation.email}
                      disabled={busy !== null}
                      onClick={() => void act(invitation, 'revoke')}
                      testId="revoke-invitation"
                    >
                      {busy === `revoke-${invitation.id}` ? t('form.sending') : t('invitations.revoke')}
                    </RowButton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ListState>
    </div>
  );
}
