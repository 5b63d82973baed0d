import { espacenetUrl } from '@tt/shared/espacenet';
import { institutePath } from '@tt/shared/web-routes';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AssetDetailFieldsFragment } from '../generated/graphql';
import { formatDate, t } from '../i18n/i18n';
import {
  developmentStageLabel,
  ipStatusLabel,
  partneringModelLabel,
  platformKindLabel,
  pricingModelLabel,
  trlDescription,
} from '../i18n/labels';
import { langOf } from '../i18n/written-language';
import { CapacityPanel } from '../services/capacity-panel';
import { IpStatusLabel, KindBadge, TrlBadge } from '../ui/badges';
import { Fact } from '../ui/fact';
import { ExternalIcon, MailIcon } from '../ui/icons';
import { Panel } from '../ui/panel';
import { SectorChips, TextChips } from '../ui/sector-chips';
import { foreignLang, TextLanguageMarker } from '../ui/text-language-marker';
import { AvailabilityBadge, AvailabilityNotice } from './availability-notice';
import './asset-page.css';

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function Prose({ text, lang }: { text: string; lang: string | undefined }) {
  return (
    <>
      {paragraphs(text).map((paragraph) => (
        <p key={paragraph} lang={lang}>
          {paragraph}
        </p>
      ))}
    </>
  );
}

/**
 * A listing as the public sees it: the header, the key facts, the texts, the inventors, sectors and
 * keywords, and the contact. The public page adds its way back, the call to action and related
 * listings; the listing editor's preview shows the same with its own. Two templates: an invention or a
 * prototype shows its TRL, IP and the problem it solves; a service what a buyer of a service needs instead
 * (what is delivered, samples and throughput, accreditations, turnaround, pricing).
 */
export function AssetDetails({
  asset,
  back,
  aside,
  footer,
  print,
}: {
  asset: AssetDetailFieldsFragment;
  /** Above the header, e.g. the link back to the results */
  back?: ReactNode;
  /** At the top of the side column, e.g. the call to action */
  aside?: ReactNode;
  /** After the listing, e.g. related listings */
  footer?: ReactNode;
  /** Under the contact, shown on paper only: the QR code to the listing's page */
  print?: ReactNode;
}) {
  const isService = asset.kind === 'SERVICE';
  const institution = asset.institution;
  // The listing's texts are all in one language: the page's, or the other one where not yet translated.
  const lang = foreignLang(asset.textLanguage);
  const mailSubject = encodeURIComponent(t('signIn.emailSubject', { title: asset.title }));

  return (
    <article className="asset-page">
      <div className="page-hero">
        <div className="container">
          {back}
          <header className="asset-header">
            <div className="asset-header__badges">
              <KindBadge kind={asset.kind} />
              {!isService && <TrlBadge trl={asset.trl} />}
              {!isService && <IpStatusLabel status={asset.ipStatus} />}
              <AvailabilityBadge availability={asset.availability} />
            </div>
            <h1 className="asset-header__title" data-testid="asset-title" lang={lang}>
              {asset.title}
            </h1>
            <p className="asset-header__summary" lang={lang}>
              {asset.summary}
            </p>
            <TextLanguageMarker language={asset.textLanguage} className="asset-header__language" />
            <p className="asset-header__institute">
              {t('asset.offeredBy')}{' '}
              <Link to={`/institutes/${institution.slug}`} data-testid="asset-institution">
                {institution.name}
              </Link>
              {institution.city ? <span className="muted"> · {institution.city}</span> : null}
            </p>
            <AvailabilityNotice availability={asset.availability} scopes={asset.exclusiveScopes} />
            <CapacityPanel capacity={asset.capacity} />
          </header>
        </div>
      </div>

      <div className="container aside-layout asset-layout">
        <div className="asset-aside">
          {aside}

          <Panel headingId="facts-heading" title={t('asset.keyFacts')} className="asset-facts">
            <dl className="facts" data-testid={isService ? 'service-facts' : 'invention-facts'}>
              {isService ? null : (
                <>
                  <Fact label={t('asset.trl')}>
                    <TrlMeter trl={asset.trl} />
                    <strong>{t('asset.trlValue', { trl: asset.trl })}</strong>
                    <span className="facts__note">{trlDescription(asset.trl)}</span>
                  </Fact>
                  <Fact label={t('asset.ipStatus')}>
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
                  </Fact>
                  <Fact label={t('asset.developmentStage')}>{developmentStageLabel(asset.developmentStage)}</Fact>
                </>
              )}
              <Fact label={t('asset.partneringModels')}>
                <ul className="plain-list">
                  {asset.partneringModels.map((model) => (
                    <li key={model}>{partneringModelLabel(model)}</li>
                  ))}
                </ul>
              </Fact>
              {isService && asset.platform && (
                <Fact label={t('asset.platform')}>
                  <Link to={`${institutePath(institution.slug)}#${asset.platform.slug}`}>{asset.platform.name}</Link>
                  <span className="facts__note">{platformKindLabel(asset.platform.kind)}</span>
                </Fact>
              )}
              {asset.turnaround && (
                <Fact label={t('asset.turnaround')} lang={lang}>
                  {asset.turnaround}
                </Fact>
              )}
              {asset.throughput && (
                <Fact label={t('asset.throughput')} lang={lang}>
                  {asset.throughput}
                </Fact>
              )}
              {asset.accreditations.length > 0 && (
                <Fact label={t('asset.accreditations')}>
                  <ul className="plain-list" data-testid="accreditations">
                    {asset.accreditations.map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                </Fact>
              )}
              {asset.pricingModel && (
                <Fact label={t('asset.pricingModel')}>{pricingModelLabel(asset.pricingModel)}</Fact>
              )}
              {asset.publishedAt && (
                <Fact label={t('asset.published')}>
                  <time dateTime={asset.publishedAt}>{formatDate(asset.publishedAt)}</time>
                </Fact>
              )}
              <Fact label={t('asset.updated')}>
                <time dateTime={asset.updatedAt}>{formatDate(asset.updatedAt)}</time>
              </Fact>
            </dl>
          </Panel>
        </div>

        <div className="asset-main">
          {/* A service: what it is and what the buyer receives first, then the need it meets. */}
          {isService ? (
            <>
              <ProseSection title={t('asset.service')} text={asset.description} lang={lang} />
              <ProseSection title={t('asset.deliverables')} text={asset.deliverables} lang={lang} />
              <ProseSection title={t('asset.serviceNeed')} text={asset.problem} lang={lang} />
            </>
          ) : (
            <>
              <ProseSection title={t('asset.problem')} text={asset.problem} lang={lang} />
              <ProseSection title={t('asset.solution')} text={asset.description} lang={lang} />
            </>
          )}
          <ProseSection
            title={isService ? t('asset.serviceBenefits') : t('asset.benefits')}
            text={asset.benefits}
            lang={lang}
          />
          {asset.applications.length > 0 && (
            <section className="asset-section">
              <h2>{isService ? t('asset.serviceUses') : t('asset.applications')}</h2>
              <ul className="check-list" lang={lang}>
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
                      {/* Written once, with the listing's English reference text: not translated. */}
                      <span className="person__affiliation" lang={foreignLang('EN')}>
                        {inventor.affiliation}
                      </span>
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
              <TextChips values={asset.keywords} label={t('asset.keywords')} lang={lang} />
            </section>
          )}
        </div>

        <div className="asset-contact">
          <Panel headingId="contact-heading" title={t('asset.contact')}>
            {asset.contactOfficer && (
              <p className="contact" data-testid="contact-officer">
                <strong>{asset.contactOfficer.name}</strong>
                {asset.contactOfficer.title && (
                  <span className="muted" lang={langOf(asset.contactOfficer.titleLanguage)}>
                    {asset.contactOfficer.title}
                  </span>
                )}
              </p>
            )}
            <p className="contact-email">
              <span className="contact-email__label">{t('asset.ttoEmail')}</span>
              <a href={`mailto:${institution.contactEmail}?subject=${mailSubject}`} data-testid="tto-email">
                <MailIcon />
                {institution.contactEmail}
              </a>
            </p>
          </Panel>
          {print}
        </div>
      </div>

      {footer}
    </article>
  );
}

function ProseSection({ title, text, lang }: { title: string; text: string | null; lang: string | undefined }) {
  return text ? (
    <section className="asset-section">
      <h2>{title}</h2>
      <Prose text={text} lang={lang} />
    </section>
  ) : null;
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
