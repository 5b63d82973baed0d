import { useMutation } from '@apollo/client/react';
import {
  isListingRenewable,
  LISTING_EXPIRY,
  listingExpiryState,
  validateListingExpiry,
  yearsAfter,
} from '@tt/shared/listing-rules';
import { isoDay } from '@tt/shared/technology-request-rules';
import { type FormEvent, useId, useState } from 'react';
import { type ListingStatusFieldsFragment, RenewListingDocument } from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { formatDate, t } from '../i18n/i18n';
import { failureMessage, focusOnMount, LiveRegion } from '../ui/form';
import type { EditedListing } from './listing-draft';

/**
 * A listing's expiry date as its office sees it in the editor: until when it is offered (highlighted within the
 * reminder's days), or that its date took it out of the catalogue; and the renewal, with a new date (a year on by
 * default), which publishes an expired listing again. Nothing without an expiry date: the field sets one.
 */
export function ListingRenewal({
  asset,
  onChanged,
}: {
  asset: Pick<EditedListing, 'id' | 'status' | 'expiresOn' | 'expiredAt'>;
  onChanged: (changes: ListingStatusFieldsFragment) => void;
}) {
  const id = useId();
  const today = isoDay(new Date());
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(() => yearsAfter(today, LISTING_EXPIRY.renewalYears));
  const [problems, setProblems] = useState<string[]>([]);
  const [renewedUntil, setRenewedUntil] = useState<string | null>(null);
  const [renew, { loading }] = useMutation(RenewListingDocument);
  const state = listingExpiryState(asset, today);
  if (state === 'NONE' && !renewedUntil) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRenewedUntil(null);
    const invalid = validateListingExpiry(date, today);
    if (invalid.length > 0) {
      setProblems(invalid.map(errorMessage));
      return;
    }
    setProblems([]);
    try {
      const payload = (await renew({ variables: { input: { id: asset.id, expiresOn: date } } })).data?.renewListing;
      if (payload?.asset) onChanged(payload.asset);
      if (payload && payload.errors.length > 0) setProblems(payload.errors.map(errorMessage));
      else {
        setRenewedUntil(date);
        setOpen(false);
      }
    } catch (failure) {
      setProblems([failureMessage(failure)]);
    }
  }

  const day = formatDate(asset.expiresOn);
  const noted = state === 'NONE' ? null : state;
  return (
    <div className={`listing-expiry listing-expiry--${state.toLowerCase()}`} data-testid="listing-expiry">
      {noted !== null && (
        <p className="listing-expiry__note" data-testid="listing-expiry-note" data-state={noted}>
          {t(`listing.expiry.${noted}`, { date: day })}
        </p>
      )}
      <LiveRegion>
        {renewedUntil && (
          <p className="office-message office-message--success" data-testid="renewal-done">
            {t('listing.renewed', { date: formatDate(renewedUntil) })}
          </p>
        )}
      </LiveRegion>
      {isListingRenewable(asset) &&
        (open ? (
          <form className="action-form listing-expiry__form" onSubmit={submit} noValidate data-testid="renewal-form">
            <div className={`form-field${problems.length ? ' form-field--invalid' : ''}`}>
              <label htmlFor={`${id}-date`} className="form-field__label" tabIndex={-1} ref={focusOnMount}>
                {t('listing.renewalDate')}
              </label>
              <input
                id={`${id}-date`}
                type="date"
                className="input"
                min={today}
                max={yearsAfter(today, LISTING_EXPIRY.maxYearsAhead)}
                value={date}
                onChange={(event) => setDate(event.target.value)}
                aria-invalid={problems.length ? true : undefined}
                aria-describedby={problems.length ? `${id}-error` : undefined}
                data-testid="renewal-date"
              />
              {problems.length > 0 && (
                <p className="form-field__error" id={`${id}-error`} role="alert" data-testid="renewal-errors">
                  {problems.join(' ')}
                </p>
              )}
            </div>
            <p className="publication__note">
              {t(asset.status === 'PUBLISHED' ? 'listing.renewalHint.PUBLISHED' : 'listing.renewalHint.EXPIRED')}
            </p>
            <div className="action-form__buttons">
              <button type="submit" className="button button--primary" disabled={loading} data-testid="renewal-confirm">
                {loading && <span className="spinner spinner--small" aria-hidden="true" />}
                {t('listing.renew')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <button
            type="button"
            className={`button button--block ${state === 'SCHEDULED' ? 'button--secondary' : 'button--primary'}`}
            onClick={() => {
              setProblems([]);
              setRenewedUntil(null);
              setOpen(true);
            }}
            data-testid="renew"
          >
            {t('listing.renewEllipsis')}
          </button>
        ))}
    </div>
  );
}
