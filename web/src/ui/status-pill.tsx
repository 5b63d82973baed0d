import './status-pill.css';

/**
 * Where an item stands (an EoI, a disclosure, a listing) as a pill with a dot; one modifier a status
 * (`eoi-status--agreed`, `disclosure-status--declined`, …), its colour in ui/status-pill.css.
 */
export function StatusPill({
  kind,
  status,
  label,
}: {
  kind: 'eoi' | 'disclosure' | 'listing' | 'request' | 'agreement' | 'quote';
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
