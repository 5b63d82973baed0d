import { Link } from 'react-router';
import { sectorLabel, t } from '../i18n/i18n';

interface ChipSector {
  id: string;
  slug: string;
  labelEn: string;
  labelIt: string;
}

/**
 * Sectors as chips; with `max`, the rest is summed up as "+n more". With `linkTo`, each chip links
 * (for example to the catalogue filtered by that sector).
 */
export function SectorChips({
  sectors,
  max,
  linkTo,
  label = t('card.sectors'),
}: {
  sectors: readonly ChipSector[];
  max?: number;
  linkTo?: (slug: string) => string;
  label?: string;
}) {
  if (sectors.length === 0) return null;
  const shown = max === undefined ? sectors : sectors.slice(0, max);
  const rest = sectors.length - shown.length;
  return (
    <ul className="chips" aria-label={label}>
      {shown.map((sector) => (
        <li key={sector.id}>
          {linkTo ? (
            <Link className="chip chip--link" to={linkTo(sector.slug)}>
              {sectorLabel(sector)}
            </Link>
          ) : (
            <span className="chip">{sectorLabel(sector)}</span>
          )}
        </li>
      ))}
      {rest > 0 && (
        <li>
          <span className="chip chip--more">{t('card.moreSectors', { count: rest })}</span>
        </li>
      )}
    </ul>
  );
}

/** Plain text values (keywords, interests) as chips. */
export function TextChips({ values, label, lang }: { values: readonly string[]; label: string; lang?: string }) {
  if (values.length === 0) return null;
  return (
    <ul className="chips" aria-label={label} lang={lang}>
      {values.map((value) => (
        <li key={value}>
          <span className="chip chip--quiet">{value}</span>
        </li>
      ))}
    </ul>
  );
}
