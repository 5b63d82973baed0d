import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  AssetAvailabilityWatchDocument,
  StopWatchingListingAvailabilityDocument,
  WatchListingAvailabilityDocument,
} from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage } from '../ui/form';

/**
 * "Notify me if it becomes available", for someone signed in on a listing closed to expressions of interest: one
 * e-mail when it opens again (the API sends it and forgets the request), or no more.
 */
export function AvailabilityWatchButton({ asset }: { asset: { id: string; slug: string } }) {
  const {
    data,
    loading,
    error: readError,
  } = useQuery(AssetAvailabilityWatchDocument, {
    variables: { slug: asset.slug },
    fetchPolicy: 'cache-and-network',
  });
  const [watch, watching] = useMutation(WatchListingAvailabilityDocument);
  const [stop, stopping] = useMutation(StopWatchingListingAvailabilityDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const watched = data?.asset?.viewerWatchesAvailability ?? false;
  const busy = watching.loading || stopping.loading;

  async function toggle() {
    setProblem(null);
    try {
      const variables = { assetId: asset.id };
      const result = watched
        ? (await stop({ variables })).data?.stopWatchingListingAvailability
        : (await watch({ variables })).data?.watchListingAvailability;
      if (result?.errors.length) {
        setProblem(errorMessages(result.errors));
        return;
      }
      // The button shows what the API now holds.
      const now = result?.watch?.watching ?? !watched;
      watching.client.cache.modify({
        id: watching.client.cache.identify({ __typename: 'Asset', id: asset.id }),
        fields: { viewerWatchesAvailability: () => now },
      });
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  }

  if (loading && !data) return <span className="spinner" aria-hidden="true" />;
  if (readError && !data) {
    return (
      <p className="availability-watch__problem" role="alert">
        {failureMessage(readError)}
      </p>
    );
  }
  return (
    <div className="availability-watch">
      {watched && (
        <p className="availability-watch__status" role="status" data-testid="availability-watching">
          {t('asset.closed.watching')}
        </p>
      )}
      <button
        type="button"
        className={`button button--block ${watched ? 'button--secondary' : 'button--accent button--large'}`}
        onClick={() => void toggle()}
        disabled={busy}
        aria-busy={busy}
        data-testid={watched ? 'stop-watching-availability' : 'watch-availability'}
      >
        {watched ? t('asset.closed.stopWatching') : t('asset.closed.watch')}
      </button>
      {problem && (
        <p className="availability-watch__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
