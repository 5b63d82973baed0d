import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { loadMemberMessages, t } from '../i18n/i18n';
import { ChevronDownIcon } from '../ui/icons';

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
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

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
