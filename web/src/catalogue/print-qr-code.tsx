import { listingQrCodePath } from '@tt/shared/web-routes';
import { getLocale, t } from '../i18n/i18n';
import { pathInLocale } from '../i18n/locale-path';

/**
 * The QR code to the listing's page, shown on paper only (asset-page.css, print): drawn by the server, which knows
 * the marketplace's public address. Fetched with the page (not lazily), so that it is there when the page prints.
 */
export function PrintQrCode({ slug }: { slug: string }) {
  return (
    <figure className="print-qr" data-testid="print-qr">
      <img src={pathInLocale(getLocale(), listingQrCodePath(slug))} alt="" width={96} height={96} decoding="async" />
      <figcaption>{t('asset.printQrCaption')}</figcaption>
    </figure>
  );
}
