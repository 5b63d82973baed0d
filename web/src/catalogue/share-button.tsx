import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { loadMemberMessages, t } from '../i18n/i18n';
import { ChevronDownIcon } from '../ui/icons';
import { useDismiss } from '../ui/use-dismiss';

// The menu's items and their words are fetched on the first click (its own chunk and the signed-in pages'
// messages): the button alone is in the listing's page.
const ShareMenu = lazy(() =>
  Promise.all([import('./share-menu'), loadMemberMessages()]).then(([module]) => ({ default: module.ShareMenu })),
);

/**
 * "Share" on a listing: a disclosure (a button and a list) of copy link, e-mail, LinkedIn, Download PDF and
 * Print. Closes on Escape (focus back on the button) and on a click elsewhere.
 */
export function ShareButton({ slug, title }: { slug: string; title: string }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useDismiss(open, close, root, button);

  return (
    <div className="share" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button--secondary share__button"
        aria-expanded={open}
        aria-controls={`${id}-share`}
        onClick={() => setOpen(!open)}
        data-testid="share-button"
      >
        {t('asset.share')}
        <ChevronDownIcon className="icon share__chevron" />
      </button>
      <div className="share__panel" id={`${id}-share`} hidden={!open}>
        {open && (
          <Suspense fallback={null}>
            <ShareMenu slug={slug} title={title} onDone={() => setOpen(false)} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
