import { assetPath, listingPdfPath } from '@tt/shared/web-routes';
import { useState } from 'react';
import { getLocale, t } from '../i18n/i18n';
import { pathInLocale } from '../i18n/locale-path';

/** The listing's public address in the page's language. */
export function listingUrl(slug: string): string {
  return `${window.location.origin}${pathInLocale(getLocale(), assetPath(slug))}`;
}

/** The items of a listing's share menu (share-button.tsx): each a link or a button, in the tab order. */
export function ShareMenu({ slug, title, onDone }: { slug: string; title: string; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const url = listingUrl(slug);
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(
    `${t('share.emailBody', { title })}\n\n${url}`,
  )}`;
  const linkedIn = `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <>
      <ul className="share__list" data-testid="share-menu">
        <li>
          <button type="button" className="share__item" onClick={copy} data-testid="share-copy">
            {t('share.copyLink')}
          </button>
        </li>
        <li>
          <a className="share__item" href={mailto} onClick={onDone} data-testid="share-email">
            {t('share.email')}
          </a>
        </li>
        <li>
          <a
            className="share__item"
            href={linkedIn}
            target="_blank"
            rel="noopener noreferrer"
            onClick={onDone}
            data-testid="share-linkedin"
          >
            {t('share.linkedIn')} <span className="visually-hidden">{t('common.opensInNewTab')}</span>
          </a>
        </li>
        <li>
          <a
            className="share__item"
            href={pathInLocale(getLocale(), listingPdfPath(slug))}
            download
            onClick={onDone}
            data-testid="share-pdf"
          >
            {t('share.downloadPdf')}
          </a>
        </li>
        <li>
          <button
            type="button"
            className="share__item"
            onClick={() => {
              onDone();
              window.print();
            }}
            data-testid="share-print"
          >
            {t('share.print')}
          </button>
        </li>
      </ul>
      <p className="share__status" role="status" data-testid="share-status">
        {copied === 'yes' ? t('share.copied') : copied === 'failed' ? t('share.copyFailed') : ''}
      </p>
    </>
  );
}
