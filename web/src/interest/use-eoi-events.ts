import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

/**
 * Follows EoIs live (all the viewer may see, or one with `id`): `onEvent` runs for a new EoI, a move
 * or a message, and after a dropped connection comes back. The WebSocket code is fetched with the
 * first page that calls this.
 */
export function useEoiEvents(id: string | null, onEvent: (kind: string) => void): void {
  const client = useApolloClient();
  const callback = useRef(onEvent);
  callback.current = onEvent;
  useEffect(() => {
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    import('./realtime-link')
      .then(({ subscribeToEoiEvents }) => {
        if (stopped) return;
        subscription = subscribeToEoiEvents(client, id, (kind) => callback.current(kind));
      })
      .catch(() => {
        // Offline or a new release: the page still works, without live updates.
      });
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  }, [client, id]);
}
