import './status-pill.css';

/**
 * Where an item stands (an EoI, a disclosure, a listing) as a pill with a dot; the colours are the
 * feature's own, one modifier a status (`eoi-status--agreed`, `disclosure-status--declined`, …).
 */
export function StatusPill({
  kind,
  status,
  label,
}: {
  kind: 'eoi' | 'disclosure' | 'listing';
  status: string;
  label: string;
}) {
  return (
    <span
      className={`status-pill ${kind}-status--${status.toLowerCase()}`}
      data-testid={`${kind}-status`}
      data-status={status}
    >
      <span className="status-pill__dot" aria-hidden="true" />
      {label}
    </span>
  );
}
