import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { SignInAssetDocument, TechTransferOfficesDocument } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { ArrowLeftIcon, CheckIcon, MailIcon } from '../ui/icons';
import { usePageMeta } from '../ui/use-page-meta';
import './account.css';

/** Only paths of this site are followed back: never another origin (`//evil.example`). */
export function safeNextPath(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null;
  return next;
}

/**
 * Sign-in placeholder: company accounts arrive later. Until then it tells the visitor how to reach
 * the technology-transfer office (of the listing they came from, when there is one).
 */
export function SignInPage() {
  usePageMeta(t('signIn.metaTitle'), t('signIn.metaDescription'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const assetSlug = next?.match(/^\/assets\/([a-z0-9-]+)(?:[?#]|$)/i)?.[1];

  const { data: assetData } = useQuery(SignInAssetDocument, {
    variables: { slug: assetSlug ?? '' },
    skip: !assetSlug,
  });
  const { data: officeData } = useQuery(TechTransferOfficesDocument);
  const asset = assetData?.asset;

  return (
    <div className="container sign-in">
      <div className="sign-in__card">
        <p className="eyebrow">{t('layout.nav.signIn')}</p>
        <h1 data-testid="sign-in-heading">{t('signIn.heading')}</h1>
        <p className="lead">{t('signIn.lead')}</p>

        <h2 className="sign-in__subhead">{t('signIn.comingTitle')}</h2>
        <ul className="feature-list">
          {(['signIn.coming1', 'signIn.coming2', 'signIn.coming3'] as const).map((key) => (
            <li key={key}>
              <CheckIcon />
              {t(key)}
            </li>
          ))}
        </ul>

        <section className="sign-in__meanwhile" aria-labelledby="meanwhile-heading">
          <h2 id="meanwhile-heading" className="sign-in__subhead">
            {t('signIn.meanwhileTitle')}
          </h2>
          <p>{t('signIn.meanwhileBody')}</p>
          {asset ? (
            <div className="office office--highlight" data-testid="asset-office">
              <p>{t('signIn.forAsset', { title: asset.title, institute: asset.institution.name })}</p>
              <a
                className="button button--accent"
                href={`mailto:${asset.institution.contactEmail}?subject=${encodeURIComponent(
                  t('signIn.emailSubject', { title: asset.title }),
                )}`}
              >
                <MailIcon />
                {t('signIn.writeTo', { email: asset.institution.contactEmail })}
              </a>
            </div>
          ) : (
            officeData && (
              <>
                <h3 className="sign-in__offices-title">{t('signIn.offices')}</h3>
                <ul className="office-list">
                  {officeData.institutions.map((institution) => (
                    <li key={institution.id} className="office">
                      <strong>{institution.shortName}</strong>
                      <span className="muted">{institution.name}</span>
                      <a href={`mailto:${institution.contactEmail}`} className="icon-link">
                        <MailIcon />
                        {institution.contactEmail}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )
          )}
        </section>

        <p className="sign-in__back">
          <Link to={next ?? '/'} className="back-link" data-testid="sign-in-back">
            <ArrowLeftIcon />
            {next?.startsWith('/assets/') ? t('signIn.backToListing') : t('signIn.backToCatalogue')}
          </Link>
        </p>
      </div>
    </div>
  );
}
