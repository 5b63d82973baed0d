import { interestTypesOffered } from '@tt/shared/listing-interest-types';
import { companyEoiPath } from '@tt/shared/web-routes';
import { useState } from 'react';
import { Link } from 'react-router';
import { AssetCard } from '../catalogue/asset-card';
import { formatDate, t } from '../i18n/i18n';
import { langOf, langOfText } from '../i18n/written-language';
import { DeclineProposalForm, ExpressInterestFromProposal } from './proposal-actions';
import { proposalStatusLabel, responseKindLabel } from './request-labels';
import type { ProposalView, RequestView, ResponseView } from './request-view';

/**
 * The responses to a request, as the viewer may read them (the API keeps the others): every institute's for the
 * company, which decides on each proposed listing; the viewer's own institute's for an officer.
 */
export function RequestResponses({ request, responses }: { request: RequestView; responses: readonly ResponseView[] }) {
  const company = request.viewerIsRequester;
  return (
    <section className="asset-section request-responses" aria-labelledby="request-responses" data-testid="responses">
      <h2 id="request-responses">
        {company
          ? t('requests.responses.title', { count: responses.length })
          : t('requests.responses.ownTitle', { count: responses.length })}
      </h2>
      {responses.length === 0 ? (
        <p className="muted" data-testid="no-responses">
          {company ? t('requests.responses.noneYet') : t('requests.responses.noneFromYou')}
        </p>
      ) : (
        <ol className="plain-list request-responses__list">
          {responses.map((response) => (
            <li key={response.id}>
              <ResponseItem request={request} response={response} company={company} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ResponseItem({
  request,
  response,
  company,
}: {
  request: RequestView;
  response: ResponseView;
  company: boolean;
}) {
  return (
    <article className="panel request-response" data-testid="response">
      <header className="request-response__head">
        <p className="request-response__from">
          <strong>{response.institution.shortName}</strong>
          <span className="badge badge--neutral">{responseKindLabel(response.kind)}</span>
        </p>
        <p className="request-response__meta muted">
          {t('requests.responses.by', { name: response.authorName, date: formatDate(response.createdAt) })}
        </p>
      </header>
      <blockquote className="request-response__message" lang={langOf(response.language)}>
        {response.message}
      </blockquote>
      {response.expert && (
        <p className="request-response__expert" data-testid="expert">
          {t('requests.responses.expert')} <strong>{response.expert.name}</strong>
          {response.expert.title && (
            <>
              {', '}
              <span lang={langOfText(response.expert.title, response.expert.titleLanguage)}>
                {response.expert.title}
              </span>
            </>
          )}
        </p>
      )}
      {response.proposals.length > 0 && (
        <ul className="card-grid request-proposals">
          {response.proposals.map((proposal) => (
            <li key={proposal.id}>
              <ProposalItem request={request} proposal={proposal} company={company} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function ProposalItem({
  request,
  proposal,
  company,
}: {
  request: RequestView;
  proposal: ProposalView;
  company: boolean;
}) {
  const [open, setOpen] = useState<'interest' | 'decline' | null>(null);
  return (
    <div className="request-proposal" data-testid="proposal" data-status={proposal.status}>
      {proposal.asset ? (
        <AssetCard asset={proposal.asset} testId="proposal-card" />
      ) : (
        <p className="card muted">{t('requests.proposal.unavailable')}</p>
      )}
      <div className="request-proposal__state">
        <span className={`proposal-status proposal-status--${proposal.status.toLowerCase()}`}>
          {proposalStatusLabel(proposal.status)}
        </span>
        {proposal.status === 'INTEREST_EXPRESSED' && company && proposal.expressionOfInterestId && (
          <Link to={companyEoiPath(proposal.expressionOfInterestId)} data-testid="proposal-eoi">
            {t('requests.proposal.followInterest')}
          </Link>
        )}
      </div>
      {company && proposal.status === 'PROPOSED' && proposal.asset && (
        <>
          {open === null && (
            <div className="request-proposal__actions">
              <button
                type="button"
                className="button button--accent button--small"
                onClick={() => setOpen('interest')}
                data-testid="express-interest"
              >
                {t('requests.proposal.expressInterest')}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setOpen('decline')}
                data-testid="decline-proposal"
              >
                {t('requests.proposal.decline')}
              </button>
            </div>
          )}
          {open === 'interest' && (
            <ExpressInterestFromProposal
              proposalId={proposal.id}
              listingTitle={proposal.asset.title}
              interestTypes={interestTypesOffered(proposal.asset)}
              requestTitle={request.title}
              onDone={() => setOpen(null)}
            />
          )}
          {open === 'decline' && <DeclineProposalForm proposalId={proposal.id} onDone={() => setOpen(null)} />}
        </>
      )}
    </div>
  );
}
