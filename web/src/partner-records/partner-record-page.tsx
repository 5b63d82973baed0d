import { useQuery } from '@apollo/client/react';
import { officeAgreementPath, officeEoiPath, partnerPath } from '@tt/shared/web-routes';
import { Link, useParams, useSearchParams } from 'react-router';
import { agreementStatusLabel, agreementTypeLabel } from '../agreements/agreement-labels';
import { PartnerRecordDocument, type PartnerRecordFieldsFragment } from '../generated/members-graphql';
import { countryName, formatDate, formatDateTime, t } from '../i18n/i18n';
import { eoiStatusLabel } from '../i18n/labels';
import { langOf } from '../i18n/written-language';
import { PageHeader } from '../ui/page-header';
import { Panel } from '../ui/panel';
import { ErrorState, NotFound, PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { PartnerContactsEditor } from './partner-contacts-editor';
import { PartnerRecordForm } from './partner-record-form';
import { PartnerStatusBadge } from './partner-status-badge';
import '../ui/office.css';
import './partner-records.css';

/**
 * One company's record, for the office: where it stands (status, owner, notes), the office's contacts there, what
 * the company says about being contacted, and its history with the institute (EoIs, agreements) linked.
 */
export function PartnerRecordPage() {
  const { companyId = '' } = useParams();
  const [params] = useSearchParams();
  const institutionId = params.get('institute');
  const { data, loading, error, refetch } = useQuery(PartnerRecordDocument, {
    variables: { companyId, institutionId },
    fetchPolicy: 'cache-and-network',
  });
  const record = data?.partnerRelationship;
  usePageMeta(record ? `${record.company.name} · ${t('partnerRecords.metaTitle')}` : t('partnerRecords.metaTitle'));

  if (!data && loading) return <PageLoading />;
  if (!data && error) return <ErrorState onRetry={() => void refetch()} error={error} />;
  if (!record)
    return (
      <NotFound title={t('partnerRecord.notFoundTitle')} body={t('partnerRecord.notFoundBody')}>
        <Link className="button button--secondary" to="/office/partners">
          {t('partnerRecord.backToList')}
        </Link>
      </NotFound>
    );

  const place = [record.company.city, countryName(record.company.country)].filter(Boolean).join(', ');
  return (
    <div className="partner-record-page" data-testid="partner-record-page">
      <PageHeader
        eyebrow={t('partnerRecord.eyebrow', { institute: record.institution.shortName })}
        title={record.company.name}
        lead={place}
        titleTestId="partner-record-name"
      >
        <div className="partner-record__badges">
          <PartnerStatusBadge status={record.status} />
          {record.company.listed && (
            <Link to={partnerPath(record.company.slug)} className="link-button">
              {t('partnerRecord.publicProfile')}
            </Link>
          )}
        </div>
      </PageHeader>
      <div className="container partner-record__layout">
        <div className="partner-record__main">
          <p className="partner-record__back">
            <Link to="/office/partners">{t('partnerRecord.backToList')}</Link>
          </p>
          <Panel headingId="partner-record-relationship" title={t('partnerRecord.relationship')}>
            <PartnerRecordForm record={record} />
            <p className="muted partner-record__updated" data-testid="partner-record-updated">
              {t('partnerRecord.updated', {
                when: formatDateTime(record.updatedAt),
                who: record.updatedByName ?? t('partnerRecord.someone'),
              })}
            </p>
          </Panel>
          <Panel headingId="partner-record-contacts" title={t('partnerRecord.contacts')} testId="partner-contacts">
            <PartnerContactsEditor recordId={record.id} contacts={record.contacts} />
          </Panel>
        </div>
        <aside className="partner-record__aside">
          <CompanyPreferences company={record.company} />
          <History record={record} />
        </aside>
      </div>
    </div>
  );
}

function CompanyPreferences({ company }: { company: PartnerRecordFieldsFragment['company'] }) {
  const preferences = company.contactPreferences;
  const empty = !preferences || (!preferences.note && preferences.people.length === 0);
  return (
    <Panel headingId="partner-record-preferences" title={t('partnerRecord.preferences')} testId="partner-preferences">
      {empty ? (
        <p className="muted">{t('partnerRecord.noPreferences')}</p>
      ) : (
        <>
          {preferences.note && (
            <p className="partner-record__note" lang={langOf(preferences.noteLanguage)}>
              {preferences.note}
            </p>
          )}
          <ul className="partner-record__people">
            {preferences.people.map((person) => (
              <li key={person.userId}>
                <strong>{person.name}</strong>
                {person.title && <span className="muted"> · {person.title}</span>}
                {person.email && (
                  <div>
                    <a href={`mailto:${person.email}`}>{person.email}</a>
                  </div>
                )}
                {person.phone && (
                  <div>
                    <a href={`tel:${person.phone.replace(/[^+0-9]/g, '')}`}>{person.phone}</a>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

function History({ record }: { record: PartnerRecordFieldsFragment }) {
  const { history } = record;
  return (
    <Panel headingId="partner-record-history" title={t('partnerRecord.history')} testId="partner-history">
      <h3 className="partner-record__subheading">{t('partnerRecord.eois', { count: history.eoiCount })}</h3>
      {history.latestEois.length === 0 ? (
        <p className="muted">{t('partnerRecord.noEois')}</p>
      ) : (
        <ul className="partner-record__history">
          {history.latestEois.map((eoi) => (
            <li key={eoi.id}>
              <Link to={officeEoiPath(eoi.id)} data-testid="partner-history-eoi">
                {eoi.listingTitle}
              </Link>
              <span className="muted">
                {' '}
                · {eoiStatusLabel(eoi.status)} · {formatDate(eoi.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="partner-record__subheading">{t('partnerRecord.agreements', { count: history.agreementCount })}</h3>
      {history.latestAgreements.length === 0 ? (
        <p className="muted">{t('partnerRecord.noAgreements')}</p>
      ) : (
        <ul className="partner-record__history">
          {history.latestAgreements.map((agreement) => (
            <li key={agreement.id}>
              <Link to={officeAgreementPath(agreement.id)} data-testid="partner-history-agreement">
                {agreement.title}
              </Link>
              <span className="muted">
                {' '}
                · {agreementTypeLabel(agreement.type)} · {agreementStatusLabel(agreement.status)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
