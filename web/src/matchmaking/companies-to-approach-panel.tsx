import { useMutation, useQuery } from '@apollo/client/react';
import { LOOK_INVITATION_MESSAGE_MAX_LENGTH } from '@tt/shared/limits';
import { type FormEvent, useId, useState } from 'react';
import {
  CompaniesToApproachDocument,
  type CompaniesToApproachQuery,
  InviteCompanyToLookDocument,
} from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { countryName, formatDate, t } from '../i18n/i18n';
import { companySizeLabel } from '../i18n/labels';
import { failureMessage, focusOnMount, LiveRegion } from '../ui/form';
import { Panel } from '../ui/panel';
import { ErrorState } from '../ui/status';
import { ReasonList } from './reason-list';
import './matchmaking.css';

type Candidate = CompaniesToApproachQuery['companiesToApproach'][number];

const SHOWN = 6;

/** Whether a failed query is the API's refusal (not this listing's office): the panel then shows nothing. */
function refused(error: unknown): boolean {
  const errors = (error as { errors?: readonly { extensions?: { category?: unknown } }[] } | undefined)?.errors ?? [];
  return errors.some((entry) => entry.extensions?.category === 'FORBIDDEN');
}

/**
 * "Companies to approach" on one of the office's listings: companies ranked by their sectors, interests, requests
 * and interest in related listings, each with its reasons, and "Invite to look" (with an optional note), which says
 * when a company was already invited. For the listing's office; the API refuses anyone else, who sees nothing.
 */
export function CompaniesToApproachPanel({ assetId, published }: { assetId: string; published: boolean }) {
  const { data, error, refetch } = useQuery(CompaniesToApproachDocument, {
    variables: { assetId, first: SHOWN },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
    skip: !published,
  });
  const candidates = data?.companiesToApproach;
  if (error && !candidates && refused(error)) return null;
  return (
    <Panel headingId="companies-to-approach-heading" title={t('match.approachTitle')} testId="companies-to-approach">
      {!published ? (
        <p className="muted">{t('match.approachUnpublished')}</p>
      ) : !candidates ? (
        error ? (
          <ErrorState title={t('match.approachError')} error={error} onRetry={() => void refetch()} />
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )
      ) : candidates.length === 0 ? (
        <p className="muted">{t('match.approachEmpty')}</p>
      ) : (
        <>
          <p className="muted">{t('match.approachLead')}</p>
          <ol className="approach-list">
            {candidates.map((candidate) => (
              <CompanyToApproach
                key={candidate.company.id}
                assetId={assetId}
                candidate={candidate}
                onInvited={() => void refetch()}
              />
            ))}
          </ol>
        </>
      )}
    </Panel>
  );
}

function CompanyToApproach({
  assetId,
  candidate,
  onInvited,
}: {
  assetId: string;
  candidate: Candidate;
  /** Once invited: the list is read again, to show when. */
  onInvited: () => void;
}) {
  const { company } = candidate;
  const fieldId = useId();
  const [inviting, setInviting] = useState(false);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [invite, { loading }] = useMutation(InviteCompanyToLookDocument);
  const place = [company.city, countryName(company.country)].filter(Boolean).join(', ');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await invite({
        variables: { input: { assetId, companyId: company.id, message: message.trim() || null } },
      });
      const result = data?.inviteCompanyToLook;
      if (!result) return;
      if (result.errors.length > 0) setProblem(errorMessages(result.errors));
      else {
        setInviting(false);
        setSent(result.invitation?.recipientCount ?? 0);
        onInvited();
      }
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  }

  return (
    <li className="approach-list__item" data-testid="company-to-approach">
      <h3 className="approach-list__name" id={`${fieldId}-name`}>
        {company.name}
      </h3>
      <span className="approach-list__meta">
        {[place, companySizeLabel(company.size), company.listed ? null : t('match.unlisted')]
          .filter(Boolean)
          .join(' · ')}
      </span>
      <ReasonList reasons={candidate.reasons} side="office" />
      <LiveRegion>{sent !== null && <p className="form-done">{t('match.invited', { count: sent })}</p>}</LiveRegion>
      {candidate.invitedAt ? (
        <span className="approach-list__invited" data-testid="invited-at">
          {t('match.invitedOn', { date: formatDate(candidate.invitedAt) })}
        </span>
      ) : inviting ? (
        <form className="action-form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <p className="muted">{t('match.inviteLead')}</p>
          <label htmlFor={`${fieldId}-message`} className="form-field__label">
            {t('match.inviteMessage')} <span className="form-field__optional">{t('form.optional')}</span>
          </label>
          <textarea
            id={`${fieldId}-message`}
            ref={focusOnMount}
            className="input textarea"
            rows={3}
            maxLength={LOOK_INVITATION_MESSAGE_MAX_LENGTH}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            data-testid="invite-message"
          />
          {problem && (
            <p className="form-field__error" role="alert">
              {problem}
            </p>
          )}
          <div className="action-form__buttons">
            <button type="submit" className="button button--primary" disabled={loading} data-testid="invite-send">
              {t('match.inviteSend')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setInviting(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setInviting(true)}
            // Its name is its visible words (WCAG 2.5.3); the company it invites is its description.
            aria-describedby={`${fieldId}-name`}
            data-testid="invite"
          >
            {t('match.invite')}
          </button>
        </div>
      )}
    </li>
  );
}
