import { useEffect } from 'react';

/**
 * `<link rel="alternate" type="application/atom+xml">` in the page's head while the page is shown, so browsers and
 * feed readers find the page's feed.
 */
export function useFeedLink(href: string | null, title: string): void {
  useEffect(() => {
    if (!href) return;
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.title = title;
    link.href = href;
    link.dataset.pageFeed = '';
    document.head.append(link);
    return () => link.remove();
  }, [href, title]);
}
