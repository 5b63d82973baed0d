import { t } from '../i18n/i18n';
import { initials } from '../session/use-viewer';
import '../ui/office.css';

/** An officer (an assignee): initials and name; "Unassigned" when none. */
export function OfficerName({ officer }: { officer: { name: string } | null }) {
  if (!officer) return <span className="office-person office-person--none">{t('eoi.unassigned')}</span>;
  return (
    <span className="office-person">
      <span className="emblem office-person__avatar" aria-hidden="true">
        {initials(officer.name)}
      </span>
      <span className="office-person__name">{officer.name}</span>
    </span>
  );
}
