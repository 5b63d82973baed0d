import { assetPath } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import type { AssetCardFieldsFragment } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { pricingModelLabel } from '../i18n/labels';
import { CapacityBadge } from '../services/capacity-badge';
import { IpStatusLabel, KindBadge, TrlBadge } from '../ui/badges';
import { SectorChips } from '../ui/sector-chips';
import { foreignLang } from '../ui/text-language-marker';
import type { AssetLinkState } from './asset-link-state';
import { Snippet, type SnippetPart } from './snippet';
import './asset-card.css';

/** A listing as a card: the whole card is clickable through its title link. */
export function AssetCard({
  asset,
  snippet,
  linkState,
  testId = 'result-card',
}: {
  asset: AssetCardFieldsFragment;
  snippet?: readonly SnippetPart[] | null;
  linkState?: AssetLinkState;
  testId?: string;
}) {
  return (
    <article className="card asset-card" data-testid={testId}>
      <div className="asset-card__top">
        <KindBadge kind={asset.kind} />
        <span className="asset-card__institute">
          <span className="visually-hidden">{t('card.institute')} </span>
          {asset.institution.shortName}
        </span>
      </div>
      <h3 className="asset-card__title" lang={foreignLang(asset.textLanguage)}>
        <Link className="card-link" to={assetPath(asset.slug)} state={linkState}>
          {asset.title}
        </Link>
      </h3>
      <p className="line-clamp asset-card__summary" lang={foreignLang(asset.textLanguage)}>
        {asset.summary}
      </p>
      <Snippet parts={snippet} />
      <div className="asset-card__footer">
        <div className="asset-card__meta">
          {/* A service is bought, not licensed: its pricing instead of TRL and IP. */}
          {asset.kind === 'SERVICE' ? (
            asset.pricingModel && (
              <span className="badge" data-testid="card-pricing">
                {pricingModelLabel(asset.pricingModel)}
              </span>
            )
          ) : (
            <>
              <TrlBadge trl={asset.trl} />
              <IpStatusLabel status={asset.ipStatus} />
            </>
          )}
          <CapacityBadge capacity={asset.capacity} />
        </div>
        <SectorChips sectors={asset.sectors} max={3} />
      </div>
    </article>
  );
}
