import { isOpenToInterest } from '@tt/shared/listing-availability';
import type { AssetDetailFieldsFragment, ListingAvailability } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { availabilityLabel } from '../i18n/labels';
import { foreignLang } from '../ui/text-language-marker';

const BADGE_CLASS: Record<ListingAvailability, string> = {
  AVAILABLE: 'badge--success',
  LICENSED_NON_EXCLUSIVELY: 'badge--success',
  PARTLY_LICENSED: 'badge--accent',
  UNDER_OPTION: 'badge--danger',
  LICENSED_EXCLUSIVELY: 'badge--danger',
};

/** The listing's availability at a glance, beside its kind and TRL: every visitor sees it. */
export function AvailabilityBadge({ availability }: { availability: ListingAvailability }) {
  return (
    <span className={`badge ${BADGE_CLASS[availability]}`} data-testid="availability-badge">
      {availabilityLabel(availability)}
    </span>
  );
}

type Scope = AssetDetailFieldsFragment['exclusiveScopes'][number];

/** A scope as "Field of use: … · Territory: …", the office's words marked with the language it wrote them in. */
function ScopeText({ scope }: { scope: Scope }) {
  const lang = foreignLang(scope.language);
  return (
    <>
      {t('asset.availability.fieldLabel')}{' '}
      {scope.fieldOfUse ? <span lang={lang}>{scope.fieldOfUse}</span> : t('asset.availability.anyField')}
      {' · '}
      {t('asset.availability.territoryLabel')}{' '}
      {scope.territory ? <span lang={lang}>{scope.territory}</span> : t('asset.availability.anyTerritory')}
    </>
  );
}

/**
 * What the availability means for a visitor, under the listing's title: nothing for an available listing; what is
 * already licensed exclusively for a partly licensed one (fields of use and territories, never who holds them).
 */
export function AvailabilityNotice({
  availability,
  scopes,
}: {
  availability: ListingAvailability;
  scopes: readonly Scope[];
}) {
  if (availability === 'AVAILABLE') return null;
  const closed = !isOpenToInterest(availability);
  return (
    <div
      className={`availability-notice${closed ? ' availability-notice--closed' : ''}`}
      data-testid="availability-notice"
    >
      <p>{t(`asset.availability.notice.${availability}`)}</p>
      {availability === 'PARTLY_LICENSED' && scopes.length > 0 && (
        <>
          <p className="availability-notice__lead">{t('asset.availability.scopesTaken')}</p>
          <ul className="availability-notice__scopes">
            {scopes.map((scope) => (
              <li key={`${scope.fieldOfUse ?? ''}|${scope.territory ?? ''}|${scope.language}`}>
                <ScopeText scope={scope} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
