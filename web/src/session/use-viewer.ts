import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { ViewerDocument, type ViewerUserFieldsFragment } from '../generated/graphql';

export type ViewerUser = ViewerUserFieldsFragment;

/**
 * The signed-in user (null when anonymous). One `viewer` query, read from the cache by every
 * component that asks: the header, the route guards and the pages share a single request.
 */
export function useViewer(): {
  viewer: ViewerUser | null;
  loading: boolean;
  error: boolean;
  refetch: () => void;
} {
  const { data, loading, error, refetch } = useQuery(ViewerDocument, { fetchPolicy: 'cache-first' });
  return {
    viewer: data?.viewer?.user ?? null,
    loading: loading && !data,
    error: Boolean(error) && !data,
    refetch: () => void refetch(),
  };
}

/**
 * After signing in (log in, sign up, an accepted invitation): the session changed, so nothing cached
 * for the previous one may stay. The store is emptied and what is on screen, the viewer first of
 * all, is fetched again as the new user.
 */
export function useSessionChanged(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    try {
      await client.resetStore();
    } catch {
      // A query on screen failed to load again: it shows its own error; the session changed all the same.
    }
  }, [client]);
}

/** The initials of a name, for the avatar in the user menu. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
