import { useQuery } from '@apollo/client/react';
import { assetPath } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import { AgreementStatusBadge, AgreementTypeTag } from '../agreements/agreement-badges';
import {
  formatEuros,
  formatRate,
  milestoneKindLabel,
  milestoneStatusLabel,
  reportingPeriodLabel,
} from '../agreements/agreement-labels';
import { MyInventionAgreementsDocument, type MyInventionAgreementsQuery } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { ErrorState } from '../ui/status';
import '../agreements/agreements.css';
import { foreignLang } from '../ui/text-language-marker';

type Agreement = MyInventionAgreementsQuery['agreements']['edges'][number]['node'];

/**
 * The agreements the office recorded on the researcher's inventions, as an inventor reads them: type, status,
 * dates and their listings; the payments only when the office shares the terms (the API says null otherwise).
 */
export function MyAgreementsSection() {
  const { data, loading, error, refetch } = useQuery(MyInventionAgreementsDocument, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const agreements = data?.agreements.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="my-listings" aria-labelledby="my-agreements-heading" data-testid="my-agreements">
      <h2 id="my-agreements-heading" className="my-listings__title">
        {t('disclosures.agreements.heading')}
      </h2>
      <p className="my-listings__lead">{t('disclosures.agreements.lead')}</p>
      {!data && loading && (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      )}
      {!data && error && <ErrorState onRetry={() => void refetch()} />}
      {data && agreements.length === 0 && (
        <p className="wizard-empty" data-testid="no-agreements">
          {t('disclosures.agreements.empty')}
        </p>
      )}
      {agreements.length > 0 && (
        <ul className="my-listings__list">
          {agreements.map((agreement) => (
            <MyAgreement key={agreement.id} agreement={agreement} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MyAgreement({ agreement }: { agreement: Agreement }) {
  const dates = [
    agreement.signatureDate
      ? t('disclosures.agreements.signed', { date: formatDate(agreement.signatureDate) })
      : t('disclosures.agreements.notSigned'),
    agreement.effectiveDate && t('disclosures.agreements.effective', { date: formatDate(agreement.effectiveDate) }),
    agreement.expiryDate && t('disclosures.agreements.expires', { date: formatDate(agreement.expiryDate) }),
  ].filter(Boolean);
  return (
    <li className="card listing-row my-agreement" data-testid="my-agreement" data-status={agreement.status}>
      <div className="listing-row__main">
        <p className="listing-row__badges">
          <AgreementTypeTag type={agreement.type} />
          <AgreementStatusBadge status={agreement.status} />
        </p>
        <h3 className="listing-row__title">
          {(agreement.listings ?? []).map((listing, index) => (
            <span key={listing.id}>
              {index > 0 && ' · '}
              <Link
                to={assetPath(listing.slug)}
                data-testid="my-agreement-listing"
                lang={foreignLang(listing.textLanguage)}
              >
                {listing.title}
              </Link>
            </span>
          ))}
        </h3>
        <p className="listing-row__date" data-testid="my-agreement-dates">
          {dates.join(' · ')}
        </p>
      </div>
      <div className="listing-row__side my-agreement__terms" data-testid="my-agreement-terms">
        {agreement.milestones === null ? (
          <p className="muted">{t('disclosures.agreements.termsPrivate')}</p>
        ) : (
          <Terms agreement={agreement} milestones={agreement.milestones} />
        )}
      </div>
    </li>
  );
}

function Terms({ agreement, milestones }: { agreement: Agreement; milestones: NonNullable<Agreement['milestones']> }) {
  return (
    <>
      <p className="my-agreement__terms-title">{t('disclosures.agreements.terms')}</p>
      {agreement.royaltyRateBasisPoints !== null && (
        <p>
          {t('disclosures.agreements.royalty', { rate: formatRate(agreement.royaltyRateBasisPoints) })}
          {agreement.royaltyReportingPeriod && ` · ${reportingPeriodLabel(agreement.royaltyReportingPeriod)}`}
        </p>
      )}
      {milestones.length === 0 ? (
        <p className="muted">{t('disclosures.agreements.noPayments')}</p>
      ) : (
        <ul className="my-agreement__payments">
          {milestones.map((milestone) => (
            <li key={milestone.id} data-testid="my-agreement-payment">
              <span>
                {milestoneKindLabel(milestone.kind)}: {milestone.event}
              </span>
              <span className="my-agreement__amount">
                {formatEuros(milestone.amountCents)} · {milestoneStatusLabel(milestone.status)}
              </span>
              <span className="muted">
                {milestone.dueDate
                  ? t('disclosures.agreements.due', { date: formatDate(milestone.dueDate) })
                  : milestone.trigger}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
