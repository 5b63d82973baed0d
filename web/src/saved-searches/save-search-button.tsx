import { lazy, Suspense, useState } from 'react';
import { loadMemberMessages, t } from '../i18n/i18n';
import type { SearchToSave } from './search-to-save';

// On the catalogue, which is in the first load: the button only. Its dialog and the signed-in pages' messages load
// together on the first click, as the signed-in pages do (app-routes.tsx).
const SaveSearchDialog = lazy(() =>
  Promise.all([import('./save-search-dialog'), loadMemberMessages()]).then(([module]) => ({
    default: module.SaveSearchDialog,
  })),
);

/** "Save this search": for a signed-in visitor of the catalogue, for an office on the Requests directory. */
export function SaveSearchButton({ search }: { search: SearchToSave }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="save-search"
      >
        {t('alerts.saveButton')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SaveSearchDialog search={search} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
