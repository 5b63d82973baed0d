import { useQuery } from '@apollo/client/react';
import { espacenetUrl } from '@tt/shared/espacenet';
import type { MouseEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { AssetDetailDocument, type AssetDetailQuery } from '../generated/graphql';
import { formatDate, t } from '../i18n/i18n';
import {
  developmentStageLabel,
  ipStatusLabel,
  partneringModelLabel,
  platformKindLabel,
  pricingModelLabel,
  trlDescription,
} from '../i18n/labels';
import { ExpressInterestPanel } from '../interest/express-interest-panel';
import { IpStatusLabel, KindBadge, TrlBadge } from '../ui/badges';
import { ArrowLeftIcon, ExternalIcon, MailIcon } from '../ui/icons';
import { SectorChips, TextChips } from '../ui/sector-chips';
import { RecordFallback } from '../ui/status';
import { metaDescription, usePageMeta } from '../ui/use-page-meta';
import { AssetCard } from './asset-card';
import { readAssetLinkState } from './asset-link-state';
import { InterestSummaryPanel } from './interest-summary-panel';
import './asset-page.css';

type Asset = NonNullable<AssetDetailQuery['asset']>;

/** One listing, with everything a buyer looks for and the way to express interest. */
export function AssetPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AssetDetailDocument, { variables: { slug } });
  const asset = data?.asset;

  usePageMeta(
    asset ? asset.title : data ? t('asset.notFoundTitle') : t('common.loading'),
    asset ? metaDescription(asset.summary) : undefined,
  );

  if (asset) return <AssetDetail asset={asset} />;
  return (
    <RecordFallback
      answered={Boolean(data)}
      failed={Boolean(error) && !loading}
      onRetry={() => void refetch()}
      notFound={{
        title: t('asset.notFoundTitle'),
        body: t('asset.notFoundBody'),
        backTo: '/',
        backLabel: t('notFound.toCatalogue'),
      }}
    />
  );
}

function BackLink() {
  const location = useLocation();
  const navigate = useNavigate();
  const from = readAssetLinkState(location.state);
  const search = from?.catalogueSearch;
  const label = search !== undefined ? t('asset.backToResults') : t('asset.backToCatalogue');

  function back(event: MouseEvent<HTMLAnchorElement>) {
    // Straight from the catalogue: going back restores the search, its scroll position and its pages.
    if (from?.fromCatalogue && window.history.length > 1 && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
      event.preventDefault();
      void navigate(-1);
    }
  }

  return (
    <nav className="breadcrumb" aria-label={t('asset.breadcrumb')}>
      <Link to={`/${search ?? ''}`} onClick={back} className="back-link" data-testid="back-link">
        <ArrowLeftIcon />
        {label}
      </Link>
    </nav>
  );
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function Prose({ text }: { text: string }) {
  return (
    <>
      {paragraphs(text).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </>
  );
}

function AssetDetail({ asset }: { asset: Asset }) {
  const location = useLocation();
  const from = readAssetLinkState(location.state);
  const isService = asset.kind === 'SERVICE';
  const institution = asset.institution;
  const mailSubject = encodeURIComponent(t('signIn.emailSubject', { title: asset.title }));

  return (
    <article className="asset-page">
      <div className="asset-hero">
        <div className="container">
          <BackLink />
          <header className="asset-header">
            <div className="asset-header__badges">
              <KindBadge kind={asset.kind} />
              <TrlBadge trl={asset.trl} />
              <IpStatusLabel status={asset.ipStatus} />
            </div>
            <h1 className="asset-header__title" data-testid="asset-title">
              {asset.title}
            </h1>
            <p className="asset-header__summary">{asset.summary}</p>
            <p className="asset-header__institute">
              {t('asset.offeredBy')}{' '}
              <Link to={`/institutes/${institution.slug}`} data-testid="asset-institution">
                {institution.name}
              </Link>
              {institution.city ? <span className="muted"> · {institution.city}</span> : null}
            </p>
          </header>
        </div>
      </div>

      <div className="container asset-layout">
        <div className="asset-aside">
          <ExpressInterestPanel asset={asset} />
          <InterestSummaryPanel slug={asset.slug} />

          <section className="panel" aria-labelledby="facts-heading">
            <h2 id="facts-heading" className="panel__title">
              {t('asset.keyFacts')}
            </h2>
            <dl className="facts">
              <div className="facts__row">
                <dt>{t('asset.trl')}</dt>
                <dd>
                  <TrlMeter trl={asset.trl} />
                  <strong>{t('asset.trlValue', { trl: asset.trl })}</strong>
                  <span className="facts__note">{trlDescription(asset.trl)}</span>
                </dd>
              </div>
              <div className="facts__row">
                <dt>{t('asset.ipStatus')}</dt>
                <dd>
                  {ipStatusLabel(asset.ipStatus)}
                  {asset.patentNumbers.length > 0 && (
                    <ul className="patents" aria-label={t('asset.patents')} data-testid="patent-numbers">
                      {asset.patentNumbers.map((number) => (
                        <li key={number}>
                          <a
                            href={espacenetUrl(number)}
                            target="_blank"
                            rel="noopener noreferrer"
                            aria-label={`${t('asset.patentLink', { number })} ${t('common.opensInNewTab')}`}
                            data-testid="patent-link"
                          >
                            {number}
                            <ExternalIcon className="icon icon--external" />
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
              <div className="facts__row">
                <dt>{t('asset.developmentStage')}</dt>
                <dd>{developmentStageLabel(asset.developmentStage)}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('asset.partneringModels')}</dt>
                <dd>
                  <ul className="plain-list">
                    {asset.partneringModels.map((model) => (
                      <li key={model}>{partneringModelLabel(model)}</li>
                    ))}
                  </ul>
                </dd>
              </div>
              {isService && asset.platform && (
                <div className="facts__row">
                  <dt>{t('asset.platform')}</dt>
                  <dd>
                    <Link to={`/institutes/${institution.slug}#${asset.platform.slug}`}>{asset.platform.name}</Link>
                    <span className="facts__note">{platformKindLabel(asset.platform.kind)}</span>
                  </dd>
                </div>
              )}
              {asset.turnaround && (
                <div className="facts__row">
                  <dt>{t('asset.turnaround')}</dt>
                  <dd>{asset.turnaround}</dd>
                </div>
              )}
              {asset.pricingModel && (
                <div className="facts__row">
                  <dt>{t('asset.pricingModel')}</dt>
                  <dd>{pricingModelLabel(asset.pricingModel)}</dd>
                </div>
              )}
              {asset.publishedAt && (
                <div className="facts__row">
                  <dt>{t('asset.published')}</dt>
                  <dd>
                    <time dateTime={asset.publishedAt}>{formatDate(asset.publishedAt)}</time>
                  </dd>
                </div>
              )}
              <div className="facts__row">
                <dt>{t('asset.updated')}</dt>
                <dd>
                  <time dateTime={asset.updatedAt}>{formatDate(asset.updatedAt)}</time>
                </dd>
              </div>
            </dl>
          </section>
        </div>

        <div className="asset-main">
          {asset.problem && (
            <section className="asset-section">
              <h2>{t('asset.problem')}</h2>
              <Prose text={asset.problem} />
            </section>
          )}
          {asset.description && (
            <section className="asset-section">
              <h2>{t('asset.solution')}</h2>
              <Prose text={asset.description} />
            </section>
          )}
          {asset.benefits && (
            <section className="asset-section">
              <h2>{t('asset.benefits')}</h2>
              <Prose text={asset.benefits} />
            </section>
          )}
          {asset.applications.length > 0 && (
            <section className="asset-section">
              <h2>{t('asset.applications')}</h2>
              <ul className="check-list">
                {asset.applications.map((application) => (
                  <li key={application}>{application}</li>
                ))}
              </ul>
            </section>
          )}
          {asset.inventors.length > 0 && (
            <section className="asset-section">
              <h2>{isService ? t('asset.team') : t('asset.inventors')}</h2>
              <ul className="people" data-testid="inventors">
                {asset.inventors.map((inventor) => (
                  <li key={inventor.id} className="person">
                    <span className="person__avatar" aria-hidden="true">
                      {initials(inventor.name)}
                    </span>
                    <span>
                      <strong className="person__name">{inventor.name}</strong>
                      <span className="person__affiliation">{inventor.affiliation}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {asset.sectors.length > 0 && (
            <section className="asset-section">
              <h2>{t('asset.sectors')}</h2>
              <SectorChips
                sectors={asset.sectors}
                label={t('asset.sectors')}
                linkTo={(sectorSlug) => `/?sector=${encodeURIComponent(sectorSlug)}`}
              />
            </section>
          )}
          {asset.keywords.length > 0 && (
            <section className="asset-section">
              <h2>{t('asset.keywords')}</h2>
              <TextChips values={asset.keywords} label={t('asset.keywords')} />
            </section>
          )}
        </div>

        <div className="asset-contact">
          <section className="panel" aria-labelledby="contact-heading">
            <h2 id="contact-heading" className="panel__title">
              {t('asset.contact')}
            </h2>
            {asset.contactOfficer && (
              <p className="contact" data-testid="contact-officer">
                <strong>{asset.contactOfficer.name}</strong>
                {asset.contactOfficer.title && <span className="muted">{asset.contactOfficer.title}</span>}
              </p>
            )}
            <p className="contact-email">
              <span className="contact-email__label">{t('asset.ttoEmail')}</span>
              <a href={`mailto:${institution.contactEmail}?subject=${mailSubject}`} data-testid="tto-email">
                <MailIcon />
                {institution.contactEmail}
              </a>
            </p>
          </section>
        </div>
      </div>

      {asset.relatedAssets.length > 0 && (
        <section className="related" aria-labelledby="related-heading">
          <div className="container">
            <h2 id="related-heading">{t('asset.related')}</h2>
            <ul className="card-grid card-grid--related">
              {asset.relatedAssets.map((related) => (
                <li key={related.id}>
                  <AssetCard
                    asset={related}
                    testId="related-card"
                    linkState={{ fromCatalogue: false, catalogueSearch: from?.catalogueSearch }}
                  />
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
    </article>
  );
}

const TRL_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Nine segments, the first `trl` filled. */
function TrlMeter({ trl }: { trl: number }) {
  return (
    <span className="trl-meter" aria-hidden="true">
      {TRL_STEPS.map((step) => (
        <span key={step} className={step <= trl ? 'trl-meter__step trl-meter__step--on' : 'trl-meter__step'} />
      ))}
    </span>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}
