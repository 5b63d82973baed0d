import type { COMPANY_EOIS_ROUTE, OFFICE_EOIS_ROUTE } from '@tt/shared/web-routes';
import type { EoiPriority, EoiStatus, InterestType } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { eoiPriorityLabel, eoiStatusLabel, interestTypeLabel } from '../i18n/labels';
import { StatusPill } from '../ui/status-pill';
import './eoi.css';

/** Where an EoI stands, in the colour of its stage (open ones cool, closed ones grey, agreed green). */
export function EoiStatusBadge({ status }: { status: EoiStatus }) {
  return <StatusPill kind="eoi" status={status} label={eoiStatusLabel(status)} />;
}

/**
 * The office's priority; "Normal" says nothing and is shown only where asked (`always`). The API gives it to the
 * office only (null for the company).
 */
export function PriorityBadge({ priority, always = false }: { priority: EoiPriority | null; always?: boolean }) {
  if (!priority || (priority === 'NORMAL' && !always)) return null;
  return (
    <span className={`eoi-priority eoi-priority--${priority.toLowerCase()}`} data-testid="eoi-priority">
      <span className="visually-hidden">{t('eoi.priority')}: </span>
      {eoiPriorityLabel(priority)}
    </span>
  );
}

export function OverdueBadge() {
  return (
    <span className="eoi-overdue" title={t('eoi.overdueHint')} data-testid="overdue-badge">
      {t('eoi.overdue')}
    </span>
  );
}

export function InterestTypeTag({ type }: { type: InterestType }) {
  return <span className="eoi-type">{interestTypeLabel(type)}</span>;
}

export function UnreadBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span className="eoi-unread" data-testid="unread-badge">
      {t('eoi.unread', { count })}
    </span>
  );
}

/** Whole days since `iso`. */
export function ageInDays(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
}

/** An EoI's page on the office's side (`/triage`) or the company's (`/interests`): the shared routes' spelling. */
export const eoiPath = (base: `/${typeof OFFICE_EOIS_ROUTE | typeof COMPANY_EOIS_ROUTE}`, id: string) =>
  `${base}/${encodeURIComponent(id)}`;
