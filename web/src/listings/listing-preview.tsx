import type { MouseEvent } from 'react';
import { AssetDetails } from '../catalogue/asset-details';
import type { AssetDetailFieldsFragment } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { ArrowRightIcon } from '../ui/icons';
import { Panel } from '../ui/panel';

/**
 * The listing exactly as the public page shows it to a visitor (the same component), from what is on
 * screen now. Links inside do not leave the editor: it is a picture of the page, not the page.
 */
export function ListingPreview({ asset, unsaved }: { asset: AssetDetailFieldsFragment; unsaved: boolean }) {
  function stayHere(event: MouseEvent<HTMLDivElement>) {
    const link = (event.target as Element).closest('a');
    // Espacenet and e-mail links open elsewhere; addresses of this site would leave the editor.
    if (link && link.getAttribute('target') !== '_blank' && !link.getAttribute('href')?.startsWith('mailto:')) {
      event.preventDefault();
    }
  }

  return (
    <div className="listing-preview" onClickCapture={stayHere} data-testid="listing-preview">
      <p className="listing-preview__banner" role="note">
        {unsaved ? t('listing.preview.unsaved') : t('listing.preview.saved')}
      </p>
      <AssetDetails
        asset={asset}
        aside={
          <Panel headingId="preview-cta-heading" title={t('asset.ctaTitle')} className="cta-panel">
            <p>{t('asset.ctaBody', { institute: asset.institution.shortName })}</p>
            <span className="button button--accent button--block button--large" aria-disabled="true">
              {t('asset.ctaButton')}
              <ArrowRightIcon />
            </span>
          </Panel>
        }
      />
    </div>
  );
}
