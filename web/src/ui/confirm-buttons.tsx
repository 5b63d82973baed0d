import { t } from '../i18n/i18n';

/** The two buttons under a "really?" question: the destructive step itself, and cancel. */
export function ConfirmButtons({
  className,
  label,
  disabled,
  onConfirm,
  onCancel,
  testId,
}: {
  className: string;
  label: string;
  disabled: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}) {
  return (
    <div className={className}>
      <button
        type="button"
        className="button button--danger"
        disabled={disabled}
        onClick={onConfirm}
        data-testid={testId}
      >
        {label}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
