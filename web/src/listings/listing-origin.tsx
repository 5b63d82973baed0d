import { officeDisclosurePath } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import type { OfficeListingRowFieldsFragment } from '../generated/members-graphql';
import { t } from '../i18n/i18n';

/** Inventors named in the Origin column before "+ n more". */
const NAMED_INVENTORS = 2;

/**
 * Where a listing came from, for the office's list: the disclosure it was made from, else the inventors
 * the office entered it for, else that the office wrote it itself.
 */
export function ListingOrigin({
  listing,
}: {
  listing: Pick<OfficeListingRowFieldsFragment, 'sourceDisclosure' | 'inventors'>;
}) {
  if (listing.sourceDisclosure) {
    return (
      <Link to={officeDisclosurePath(listing.sourceDisclosure.id)}>
        {listing.sourceDisclosure.referenceNumber ?? t('listings.disclosure')}
      </Link>
    );
  }
  const names = listing.inventors.map((inventor) => inventor.name);
  if (names.length === 0) return <span className="muted">{t('listings.direct')}</span>;
  const more = names.length - NAMED_INVENTORS;
  return (
    <span className="listing-origin__inventors">
      {more > 0
        ? t('listings.inventorsAndMore', { names: names.slice(0, NAMED_INVENTORS).join(', '), count: more })
        : names.join(', ')}
    </span>
  );
}
