import { useQuery } from '@apollo/client/react';
import { ListingFeedbackDocument } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { Panel } from '../ui/panel';
import { foreignLang } from '../ui/text-language-marker';
import { feedbackReasonLabel, feedbackSourceLabel } from './feedback-labels';
import './feedback.css';

/**
 * Why companies passed on a listing (withdrew their interest, dismissed it, declined it as a proposal): for its
 * office, with the company, and for its inventors, without it (the API answers no company to them). Anyone else is
 * refused by the API and sees nothing; so does a viewer the API answers nothing to.
 */
export function ListingFeedbackPanel({ slug, office }: { slug: string; office: boolean }) {
  const { data } = useQuery(ListingFeedbackDocument, {
    variables: { slug },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const feedback = data?.asset?.feedback;
  // Refused (not its office nor an inventor), or not there yet: nothing to show.
  if (!feedback) return null;
  return (
    <Panel headingId="listing-feedback-heading" title={t('feedback.panelTitle')} testId="listing-feedback">
      {feedback.length === 0 ? (
        <p className="muted">{t('feedback.none')}</p>
      ) : (
        <>
          <p className="muted">{t('feedback.panelLead')}</p>
          <ul className="feedback-list">
            {feedback.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the entries have no id and never move
              <li key={index} className="feedback-list__item" data-testid="feedback-entry">
                <span className="feedback-list__reason">{feedbackReasonLabel(entry.reason)}</span>
                {entry.comment && (
                  <p
                    className="feedback-list__comment"
                    lang={entry.commentLanguage ? foreignLang(entry.commentLanguage) : undefined}
                  >
                    {entry.comment}
                  </p>
                )}
                <span className="feedback-list__meta">
                  {entry.company ? (
                    <strong data-testid="feedback-company">{entry.company.name}</strong>
                  ) : (
                    t('feedback.anonymous')
                  )}
                  {' · '}
                  {feedbackSourceLabel(entry.source)}
                  {' · '}
                  <time dateTime={entry.createdAt}>{formatDate(entry.createdAt)}</time>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {!office && <p className="feedback-list__meta">{t('feedback.inventorNote')}</p>}
    </Panel>
  );
}
