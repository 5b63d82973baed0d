import { partnerPath } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import type { PartnerCardFieldsFragment } from '../generated/graphql';
import { countryName, t } from '../i18n/i18n';
import { companySizeLabel } from '../i18n/labels';
import { langOf } from '../i18n/written-language';
import { PinIcon } from '../ui/icons';
import { SectorChips } from '../ui/sector-chips';

export function PartnerCard({ partner }: { partner: PartnerCardFieldsFragment }) {
  const place = [partner.city, countryName(partner.country)].filter(Boolean).join(', ');
  return (
    <article className="card partner-card" data-testid="partner-card">
      <div className="partner-card__head">
        <span className="emblem partner-card__monogram" aria-hidden="true">
          {partner.name.slice(0, 1)}
        </span>
        <div>
          <h3 className="partner-card__name">
            <Link className="card-link" to={partnerPath(partner.slug)}>
              {partner.name}
            </Link>
          </h3>
          <p className="partner-card__place">
            <PinIcon />
            {place}
          </p>
        </div>
      </div>
      <div className="partner-card__badges">
        <span className="badge badge--neutral">{companySizeLabel(partner.size)}</span>
      </div>
      {partner.interests.length > 0 && (
        <div className="partner-card__interests">
          <p className="partner-card__label">{t('partners.interests')}</p>
          <ul className="dot-list" lang={langOf(partner.interestsLanguage)}>
            {partner.interests.slice(0, 3).map((interest) => (
              <li key={interest}>{interest}</li>
            ))}
          </ul>
        </div>
      )}
      <SectorChips sectors={partner.sectors} max={3} />
    </article>
  );
}
