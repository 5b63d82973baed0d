import { useMutation } from '@apollo/client/react';
import { listingEditorPath } from '@tt/shared/web-routes';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CreateListingDocument, type OfficeDisclosureFieldsFragment } from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage } from '../ui/form';
import { ArrowRightIcon } from '../ui/icons';
import { ListingStatusBadge } from '../ui/listing-status-badge';

/**
 * The way from a disclosure to its listing: a link to the listing once there is one; for an accepted
 * disclosure without one, "Create listing" (a draft pre-filled from the disclosure), then the editor.
 */
export function ListingAction({ disclosure }: { disclosure: OfficeDisclosureFieldsFragment }) {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateListingDocument);
  const listing = disclosure.listing;

  if (listing) {
    return (
      <div className="office-listing" data-testid="disclosure-listing">
        <p className="office-actions__label">{t('workflow.listing')}</p>
        <p className="office-listing__title">
          <Link to={listingEditorPath(listing.id)} data-testid="disclosure-listing-link">
            {listing.title}
          </Link>
          <ListingStatusBadge status={listing.status} />
        </p>
        <Link className="button button--secondary button--block" to={listingEditorPath(listing.id)}>
          {t('workflow.openListing')}
          <ArrowRightIcon />
        </Link>
      </div>
    );
  }
  if (disclosure.status !== 'ACCEPTED') return null;

  async function createListing() {
    setProblem(null);
    try {
      const { data } = await create({
        // The API fills in the title, summary, TRL and inventors from the disclosure.
        variables: { input: { kind: 'INVENTION', title: '', fromDisclosureId: disclosure.id } },
      });
      const payload = data?.createListing;
      if (payload?.errors.length) setProblem(errorMessages(payload.errors));
      else if (payload?.asset) void navigate(listingEditorPath(payload.asset.id));
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  }

  return (
    <div className="office-listing">
      <button
        type="button"
        className="button button--accent button--block"
        disabled={loading}
        onClick={() => void createListing()}
        data-testid="create-listing"
      >
        {loading && <span className="spinner spinner--small" aria-hidden="true" />}
        {loading ? t('workflow.creatingListing') : t('workflow.createListing')}
      </button>
      {problem && (
        <p className="form-field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
