import { Link } from 'react-router';
import { type MessageKey, t } from '../i18n/i18n';
import { ArrowLeftIcon } from './icons';

/** Where a page about one record leads back to: its list, from the breadcrumb and from the 404 alike. */
export type BackTo = { to: string; label: MessageKey; testId?: string };

/** The breadcrumb above a record: one link back to its list. */
export function BackLink({ back }: { back: BackTo }) {
  return (
    <nav className="breadcrumb" aria-label={t('asset.breadcrumb')}>
      <Link to={back.to} className="back-link" data-testid={back.testId}>
        <ArrowLeftIcon />
        {t(back.label)}
      </Link>
    </nav>
  );
}
