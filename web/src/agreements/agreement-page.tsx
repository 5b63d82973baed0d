import { hasFinancialTerms } from '@tt/shared/agreement-rules';
import { assetPath, editAgreementPath, OFFICE_AGREEMENTS_ROUTE, officeEoiPath } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import { useNodeQuery } from '../apollo/use-node-query';
import { type AgreementDetailFieldsFragment, AgreementDocument } from '../generated/members-graphql';
import { formatDate, formatDateTime, t } from '../i18n/i18n';
import { eoiStatusLabel, interestTypeLabel } from '../i18n/labels';
import type { BackTo } from '../ui/back-link';
import { Fact } from '../ui/fact';
import { Panel } from '../ui/panel';
import { RecordFallback } from '../ui/record-fallback';
import { RecordHeader } from '../ui/record-header';
import { usePageMeta } from '../ui/use-page-meta';
import { AgreementStatusBadge, AgreementTypeTag } from './agreement-badges';
import { AgreementDocuments } from './agreement-documents';
import { agreementTypeLabel, exclusivityLabel } from './agreement-labels';
import { AgreementMoves } from './agreement-moves';
import { AgreementPayments } from './agreement-payments';
import { OfficeOnlyPanel } from './office-only';
import '../ui/detail-page.css';
import '../ui/office.css';
import './agreements.css';

export type AgreementDetail = AgreementDetailFieldsFragment;

const BACK_TO_AGREEMENTS: BackTo = {
  to: `/${OFFICE_AGREEMENTS_ROUTE}`,
  label: 'agreements.back',
  testId: 'back-to-agreements',
};

/** One agreement for its office: the parties and terms, the moves, the payments, the notes and the documents. */
export function AgreementPage() {
  const { query, record: agreement } = useNodeQuery(AgreementDocument, 'Agreement');
  usePageMeta(
    agreement
      ? `${agreement.title ?? agreementTypeLabel(agreement.type)} · ${t('agreements.metaTitle')}`
      : t('agreements.metaTitle'),
  );
  if (agreement) return <AgreementDetailView agreement={agreement} refetch={() => void query.refetch()} />;
  return <RecordFallback query={query} notFound="agreements" back={BACK_TO_AGREEMENTS} />;
}

function AgreementDetailView({ agreement, refetch }: { agreement: AgreementDetail; refetch: () => void }) {
  const title = agreement.title ?? agreementTypeLabel(agreement.type);
  return (
    <div className="agreement-page" data-testid="agreement-page">
      <RecordHeader
        className="detail-header agreement-header"
        back={BACK_TO_AGREEMENTS}
        eyebrow={[agreement.company?.name, agreement.institution.shortName].filter(Boolean).join(' · ')}
        title={title}
        testIds={{ title: 'agreement-title', eyebrow: 'agreement-eyebrow' }}
      >
        <AgreementStatusBadge status={agreement.status} />
        <AgreementTypeTag type={agreement.type} />
        {agreement.viewerCanEdit && (
          <Link
            className="button button--secondary button--small agreement-header__edit"
            to={editAgreementPath(agreement.id)}
            data-testid="edit-agreement"
          >
            {t('agreement.edit')}
          </Link>
        )}
      </RecordHeader>
      <div className="container detail-body aside-layout detail-columns">
        <div className="detail-columns__main">
          <TermsPanel agreement={agreement} />
          {hasFinancialTerms(agreement.type) && <AgreementPayments agreement={agreement} />}
          <OfficeOnlyPanel headingId="notes-heading" title={t('agreement.notes')} testId="agreement-notes">
            {agreement.notes?.trim() ? (
              <p className="agreement-notes">{agreement.notes}</p>
            ) : (
              <p className="muted">{t('agreement.noNotes')}</p>
            )}
          </OfficeOnlyPanel>
          {agreement.attachments && (
            <AgreementDocuments
              agreementId={agreement.id}
              attachments={agreement.attachments}
              canEdit={agreement.viewerCanEdit}
              onChanged={refetch}
            />
          )}
        </div>
        <aside className="detail-columns__aside">
          <AgreementMoves agreement={agreement} />
          <Panel headingId="record-heading" title={t('agreement.record')}>
            <dl className="facts">
              <Fact label={t('agreement.owner')}>
                <span data-testid="agreement-owner">{agreement.owner?.name ?? t('agreements.noOwner')}</span>
              </Fact>
              <Fact label={t('agreement.recorded')}>{formatDateTime(agreement.createdAt)}</Fact>
              <Fact label={t('agreement.updated')}>{formatDateTime(agreement.updatedAt)}</Fact>
            </dl>
          </Panel>
        </aside>
      </div>
    </div>
  );
}

function TermsPanel({ agreement }: { agreement: AgreementDetail }) {
  const licence = agreement.type === 'LICENSE';
  const listings = agreement.listings ?? [];
  const eoi = agreement.expressionOfInterest;
  return (
    <Panel headingId="terms-heading" title={t('agreement.terms')} testId="agreement-terms">
      <dl className="facts">
        <Fact label={t('agreements.type')}>{agreementTypeLabel(agreement.type)}</Fact>
        <Fact label={t('agreement.company')}>
          <span data-testid="agreement-company">{agreement.company?.name ?? t('agreements.noCompany')}</span>
        </Fact>
        <Fact label={t('agreement.listings')}>
          {listings.length === 0 ? (
            <span className="muted">{t('agreements.noListings')}</span>
          ) : (
            <ul className="agreement-listings" data-testid="agreement-listings">
              {listings.map((listing) => (
                <li key={listing.id}>
                  <Link to={assetPath(listing.slug)}>{listing.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </Fact>
        {licence && (
          <>
            <Fact label={t('agreement.exclusivity')}>
              <span data-testid="agreement-exclusivity">
                {agreement.exclusivity ? exclusivityLabel(agreement.exclusivity) : t('agreement.notSet')}
              </span>
            </Fact>
            <Fact label={t('agreement.fieldOfUse')}>{agreement.fieldOfUse || t('agreement.fieldOfUseAny')}</Fact>
            <Fact label={t('agreement.territory')}>{agreement.territory || t('agreement.territoryAny')}</Fact>
          </>
        )}
        {eoi && (
          <Fact label={t('agreement.eoi')}>
            <Link to={officeEoiPath(eoi.id)} data-testid="agreement-eoi-link">
              {t('agreement.eoiLink', {
                type: interestTypeLabel(eoi.interestType),
                status: eoiStatusLabel(eoi.status),
              })}
            </Link>
            {agreement.closesExpressionOfInterest && (
              <span className="agreement-closes"> · {t('agreement.closesEoi')}</span>
            )}
          </Fact>
        )}
      </dl>
      <h3 className="agreement-subtitle">{t('agreement.dates')}</h3>
      <dl className="agreement-dates" data-testid="agreement-dates">
        <DateFact label={t('agreement.signatureDate')} day={agreement.signatureDate} />
        <DateFact label={t('agreement.effectiveDate')} day={agreement.effectiveDate} />
        <DateFact label={t('agreement.expiryDate')} day={agreement.expiryDate} />
      </dl>
    </Panel>
  );
}

function DateFact({ label, day }: { label: string; day: string | null }) {
  return (
    <div className="agreement-dates__item">
      <dt>{label}</dt>
      <dd>
        {day ? <time dateTime={day}>{formatDate(day)}</time> : <span className="muted">{t('agreement.notSet')}</span>}
      </dd>
    </div>
  );
}
