import { useMutation } from '@apollo/client/react';
import { DELIVERY_LIMITS } from '@tt/shared/service-delivery-rules';
import { useId, useState } from 'react';
import type { DeliveryMilestone } from '../generated/graphql';
import { RecordDeliveryMilestoneDocument, type ServiceRequestFieldsFragment } from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { formatDateTime, t } from '../i18n/i18n';
import { failureMessage } from '../ui/form';
import { Panel } from '../ui/panel';
import { ActionMessage } from './access-review-panel';
import { ServiceFiles } from './service-files';
import { deliveryMilestoneLabel } from './service-labels';

type Delivery = NonNullable<ServiceRequestFieldsFragment['delivery']>;

/**
 * A service request's delivery on both EoI pages: the milestones reached as a timeline; the office records the
 * next one and uploads delivered files; both sides download them.
 */
export function DeliveryPanel({
  eoi,
  delivery,
  side,
  onChanged,
}: {
  eoi: ServiceRequestFieldsFragment;
  delivery: Delivery;
  side: 'OFFICE' | 'COMPANY';
  onChanged: () => void;
}) {
  const delivered = (eoi.serviceFiles ?? []).filter((file) => file.purpose === 'DELIVERY');
  return (
    <Panel headingId="delivery-heading" title={t('services.delivery.title')} testId="delivery">
      {delivery.milestones.length === 0 ? (
        <p className="muted" data-testid="no-milestones">
          {t(delivery.mayStart ? 'services.delivery.none' : 'services.delivery.notStarted')}
        </p>
      ) : (
        <ol className="timeline delivery-timeline" data-testid="delivery-timeline">
          {delivery.milestones.map((entry) => (
            <li
              key={entry.milestone}
              className="timeline__entry timeline__entry--agreed"
              data-testid="delivery-milestone"
              data-milestone={entry.milestone}
            >
              <span className="timeline__marker" aria-hidden="true" />
              <div>
                <p className="timeline__what">{deliveryMilestoneLabel(entry.milestone)}</p>
                <p className="timeline__meta">
                  <time dateTime={entry.reachedAt}>{formatDateTime(entry.reachedAt)}</time>
                  {entry.recordedByName && <span> · {entry.recordedByName}</span>}
                </p>
                {entry.note && <p className="access-step__note">{entry.note}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
      {side === 'OFFICE' && delivery.nextMilestones.length > 0 && (
        <RecordMilestone eoiId={eoi.id} next={delivery.nextMilestones} />
      )}
      <h3 className="service-subtitle">{t('services.delivery.files')}</h3>
      <p className="form-field__hint">{t('services.delivery.largeData')}</p>
      <ServiceFiles
        eoiId={eoi.id}
        purpose="DELIVERY"
        files={delivered}
        total={eoi.serviceFiles?.length ?? 0}
        canUpload={side === 'OFFICE'}
        onChanged={onChanged}
        emptyText={t('services.delivery.noFiles')}
        uploadLabel={t('services.delivery.upload')}
        testId="delivered-files"
      />
    </Panel>
  );
}

function RecordMilestone({ eoiId, next }: { eoiId: string; next: readonly DeliveryMilestone[] }) {
  const id = useId();
  const [milestone, setMilestone] = useState<DeliveryMilestone>(next[0]!);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [record] = useMutation(RecordDeliveryMilestoneDocument);
  const chosen = next.includes(milestone) ? milestone : next[0]!;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSending(true);
    setMessage(null);
    try {
      const { data } = await record({ variables: { input: { eoiId, milestone: chosen, note } } });
      const errors = data?.recordDeliveryMilestone.errors ?? [];
      setMessage(
        errors.length > 0
          ? { text: errorMessages(errors), ok: false }
          : { text: t('services.delivery.recorded', { milestone: deliveryMilestoneLabel(chosen) }), ok: true },
      );
      if (errors.length === 0) setNote('');
    } catch (failure) {
      setMessage({ text: failureMessage(failure), ok: false });
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="service-form" onSubmit={(event) => void submit(event)} data-testid="record-milestone">
      <h3 className="service-subtitle">{t('services.delivery.recordTitle')}</h3>
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-milestone`}>
          {t('services.delivery.milestone')}
        </label>
        <select
          id={`${id}-milestone`}
          className="input select"
          value={chosen}
          onChange={(event) => setMilestone(event.target.value as DeliveryMilestone)}
          data-testid="milestone-select"
        >
          {next.map((value) => (
            <option key={value} value={value}>
              {deliveryMilestoneLabel(value)}
            </option>
          ))}
        </select>
        {next.includes('SAMPLES_RECEIVED') && (
          <p className="form-field__hint">{t('services.delivery.samplesOptional')}</p>
        )}
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-note`}>
          {t('services.access.note')} <span className="form-field__optional">{t('form.optional')}</span>
        </label>
        <textarea
          id={`${id}-note`}
          className="input textarea"
          rows={2}
          value={note}
          maxLength={DELIVERY_LIMITS.noteMax}
          onChange={(event) => setNote(event.target.value)}
          data-testid="milestone-note"
        />
      </div>
      <button type="submit" className="button button--primary" disabled={sending} data-testid="record-milestone-submit">
        {t('services.delivery.record')}
      </button>
      <ActionMessage message={message} testId="milestone-message" />
    </form>
  );
}
