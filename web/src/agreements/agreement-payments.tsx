import { useMutation } from '@apollo/client/react';
import { MilestoneStatus } from '@tt/shared/agreement-rules';
import { useState } from 'react';
import { type AgreementMilestoneFieldsFragment, RemoveAgreementMilestoneDocument } from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { formatDate, t } from '../i18n/i18n';
import { failureMessage, LiveRegion } from '../ui/form';
import {
  formatEuros,
  formatRate,
  milestoneKindLabel,
  milestoneStatusLabel,
  reportingPeriodLabel,
} from './agreement-labels';
import type { AgreementDetail } from './agreement-page';
import { MilestoneForm } from './milestone-form';
import { OfficeOnlyPanel } from './office-only';

/** What was received of a schedule, against what it expects in all. */
export function paymentTotals(milestones: readonly AgreementMilestoneFieldsFragment[]) {
  return milestones.reduce(
    (sum, milestone) => ({
      scheduled: sum.scheduled + milestone.amountCents,
      received:
        sum.received + (milestone.status === MilestoneStatus.RECEIVED ? (milestone.receivedAmountCents ?? 0) : 0),
    }),
    { scheduled: 0, received: 0 },
  );
}

/** An option's or a licence's financial terms: royalties, then the payments with what was received. */
export function AgreementPayments({ agreement }: { agreement: AgreementDetail }) {
  const [editing, setEditing] = useState<AgreementMilestoneFieldsFragment | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [remove] = useMutation(RemoveAgreementMilestoneDocument);
  const milestones = agreement.milestones ?? [];
  const totals = paymentTotals(milestones);
  const canEdit = agreement.viewerCanEdit;

  async function removeMilestone(milestone: AgreementMilestoneFieldsFragment) {
    setRemovingId(milestone.id);
    setMessage(null);
    try {
      const { data } = await remove({ variables: { input: { id: milestone.id } } });
      const errors = data?.removeAgreementMilestone.errors ?? [];
      setMessage(
        errors.length > 0 ? errorMessages(errors) : t('agreement.milestone.removed', { event: milestone.event }),
      );
    } catch (failure) {
      setMessage(failureMessage(failure));
    } finally {
      setRemovingId(null);
    }
  }

  return (
    <OfficeOnlyPanel headingId="payments-heading" title={t('agreement.financialTerms')} testId="agreement-payments">
      <dl className="agreement-royalty">
        <div>
          <dt>{t('agreement.royaltyRate')}</dt>
          <dd data-testid="royalty-rate">
            {agreement.royaltyRateBasisPoints == null ? (
              <span className="muted">{t('agreement.notSet')}</span>
            ) : (
              formatRate(agreement.royaltyRateBasisPoints)
            )}
          </dd>
        </div>
        <div>
          <dt>{t('agreement.royaltyPeriod')}</dt>
          <dd>
            {agreement.royaltyReportingPeriod ? (
              reportingPeriodLabel(agreement.royaltyReportingPeriod)
            ) : (
              <span className="muted">{t('agreement.notSet')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('agreement.sharedWithInventors')}</dt>
          <dd>{agreement.termsSharedWithInventors ? t('agreement.sharedYes') : t('agreement.sharedNo')}</dd>
        </div>
      </dl>
      <h3 className="agreement-subtitle">{t('agreement.payments')}</h3>
      {milestones.length === 0 ? (
        <p className="muted" data-testid="no-milestones">
          {t('agreement.noPayments')}
        </p>
      ) : (
        <>
          <ul className="milestones" data-testid="milestones">
            {milestones.map((milestone) => (
              <li key={milestone.id} className="milestone" data-testid="milestone" data-status={milestone.status}>
                <div className="milestone__main">
                  <p className="milestone__event">
                    <span className="milestone__kind">{milestoneKindLabel(milestone.kind)}</span> {milestone.event}
                  </p>
                  <p className="milestone__due muted">
                    {milestone.dueDate
                      ? t('agreement.milestone.dueOn', { date: formatDate(milestone.dueDate) })
                      : t('agreement.milestone.dueWhen', { trigger: milestone.trigger ?? '' })}
                  </p>
                </div>
                <div className="milestone__money">
                  <p className="milestone__amount" data-testid="milestone-amount">
                    {formatEuros(milestone.amountCents)}
                  </p>
                  <span
                    className={`milestone-status milestone-status--${milestone.status.toLowerCase()}`}
                    data-testid="milestone-status"
                  >
                    {milestoneStatusLabel(milestone.status)}
                  </span>
                  {milestone.status === MilestoneStatus.RECEIVED && milestone.receivedAmountCents !== null && (
                    <p className="milestone__received" data-testid="milestone-received">
                      {t('agreement.milestone.receivedLine', {
                        amount: formatEuros(milestone.receivedAmountCents),
                        date: formatDate(milestone.receivedOn),
                      })}
                    </p>
                  )}
                </div>
                {canEdit && (
                  <div className="milestone__actions">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(milestone)}
                      data-testid="edit-milestone"
                    >
                      {t('agreement.milestone.edit')}
                      <span className="visually-hidden"> {milestone.event}</span>
                    </button>
                    <button
                      type="button"
                      className="link-button link-button--danger"
                      disabled={removingId === milestone.id}
                      onClick={() => void removeMilestone(milestone)}
                      data-testid="remove-milestone"
                    >
                      {t('agreement.milestone.remove')}
                      <span className="visually-hidden"> {milestone.event}</span>
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <p className="milestone-totals" data-testid="payment-totals">
            {t('agreement.totals', {
              received: formatEuros(totals.received),
              scheduled: formatEuros(totals.scheduled),
            })}
          </p>
        </>
      )}
      <LiveRegion>{message && <p className="office-message office-message--success">{message}</p>}</LiveRegion>
      {canEdit &&
        (editing ? (
          <MilestoneForm
            key={editing === 'new' ? 'new' : editing.id}
            agreementId={agreement.id}
            milestone={editing === 'new' ? null : editing}
            onDone={() => {
              setMessage(t('agreement.milestone.saved'));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setEditing('new')}
            data-testid="add-milestone"
          >
            {t('agreement.milestone.addButton')}
          </button>
        ))}
    </OfficeOnlyPanel>
  );
}
