import { useSearchParams } from 'react-router';

/** Only paths of this site are followed back: never another origin (`//evil.example`). */
export function safeNextPath(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null;
  return next;
}

/** `?next=` of the current address, when it is a page of this site worth coming back to. */
export function useNextPath(): string | null {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  // Never back to a sign-in page: that would go round in circles.
  if (next && /^\/(sign-in|sign-up|forgot-password|reset-password)(?:[/?#]|$)/.test(next)) return null;
  return next;
}
