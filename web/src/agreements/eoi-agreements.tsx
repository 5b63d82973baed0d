import { newAgreementPath, officeAgreementPath } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import type { EoiDetailFieldsFragment } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { Panel } from '../ui/panel';
import { AgreementStatusBadge } from './agreement-badges';
import { agreementTypeLabel } from './agreement-labels';
import './agreements.css';

type EoiAgreement = EoiDetailFieldsFragment['agreements'][number];

/**
 * The office's side of an EoI: the agreements recorded from it (or that closed it), each to its page, and
 * "Record an agreement" (prefilled from the EoI) while the API allows one.
 */
export function EoiAgreementsPanel({ eoi }: { eoi: EoiDetailFieldsFragment }) {
  return (
    <Panel headingId="agreements-heading" title={t('eoiAgreements.title')} testId="eoi-agreements">
      {eoi.agreements.length === 0 ? (
        <p className="muted" data-testid="no-agreements">
          {t('eoiAgreements.none')}
        </p>
      ) : (
        <ul className="eoi-agreements">
          {eoi.agreements.map((agreement) => (
            <li key={agreement.id} className="eoi-agreements__item" data-testid="eoi-agreement">
              <Link to={officeAgreementPath(agreement.id)} data-testid="eoi-agreement-link">
                {agreement.title ?? agreementTypeLabel(agreement.type)}
              </Link>
              <span className="eoi-agreements__meta">
                <span className="muted">{agreementTypeLabel(agreement.type)}</span>
                <AgreementStatusBadge status={agreement.status} />
              </span>
              {agreement.signatureDate && (
                <span className="muted eoi-agreements__date">
                  {t('eoiAgreements.signedOn', { date: formatDate(agreement.signatureDate) })}
                </span>
              )}
              {agreement.closesExpressionOfInterest && (
                <span className="eoi-agreements__closes" data-testid="closes-eoi">
                  {t('eoiAgreements.closes')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {eoi.viewerCanCreateAgreement && (
        <Link
          className="button button--secondary button--block"
          to={newAgreementPath(eoi.id)}
          data-testid="record-agreement"
        >
          {t('eoiAgreements.record')}
        </Link>
      )}
    </Panel>
  );
}

/** The company's side: that an agreement exists, its type and status, nothing of its terms. */
export function CompanyEoiAgreements({ agreements }: { agreements: readonly EoiAgreement[] }) {
  if (agreements.length === 0) return null;
  return (
    <Panel headingId="agreements-heading" title={t('eoiAgreements.companyTitle')} testId="eoi-agreements">
      <ul className="eoi-agreements">
        {agreements.map((agreement) => (
          <li key={agreement.id} className="eoi-agreements__item" data-testid="eoi-agreement">
            <span className="eoi-agreements__type">{agreementTypeLabel(agreement.type)}</span>
            <AgreementStatusBadge status={agreement.status} />
          </li>
        ))}
      </ul>
      <p className="form-field__hint">{t('eoiAgreements.companyHint')}</p>
    </Panel>
  );
}
