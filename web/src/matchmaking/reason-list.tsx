import type { RecommendationReasonFieldsFragment } from '../generated/members-graphql';
import { t } from '../i18n/i18n';

/** Whose reasons: the company's own recommendations, or the office's companies to approach. */
export type ReasonSide = 'company' | 'office';

/** A reason in words, from the data it cites; null for a reason the web does not know (a newer API). */
export function reasonText(reason: RecommendationReasonFieldsFragment, side: ReasonSide): string | null {
  const company = side === 'company';
  switch (reason.kind) {
    case 'REQUEST':
      return t(company ? 'match.reason.request' : 'match.companyReason.request', { title: reason.requestTitle ?? '' });
    case 'SECTOR':
      return t(company ? 'match.reason.sector' : 'match.companyReason.sector', { label: reason.sector?.label ?? '' });
    case 'TRL_RANGE': {
      const values = { trl: reason.trl ?? 0, min: reason.trlMin ?? 0, max: reason.trlMax ?? 0 };
      if (reason.requestTitle) {
        const key = company ? 'match.reason.trlRequest' : 'match.companyReason.trlRequest';
        return t(key, { ...values, title: reason.requestTitle });
      }
      return t(company ? 'match.reason.trl' : 'match.companyReason.trl', values);
    }
    case 'INTEREST':
      return t(company ? 'match.reason.interest' : 'match.companyReason.interest', { term: reason.term ?? '' });
    case 'SIMILAR_TO_INTEREST':
      return t(company ? 'match.reason.similar' : 'match.companyReason.similar', { title: reason.listingTitle ?? '' });
    default:
      return null;
  }
}

/** Why a listing is recommended, or a company proposed: each reason in words. */
export function ReasonList({
  reasons,
  side,
}: {
  reasons: readonly RecommendationReasonFieldsFragment[];
  side: ReasonSide;
}) {
  const texts = reasons.flatMap((reason) => {
    const text = reasonText(reason, side);
    return text ? [{ kind: reason.kind, text }] : [];
  });
  if (texts.length === 0) return null;
  return (
    <ul className="reason-list" aria-label={t('match.why')} data-testid="reasons">
      {texts.map(({ kind, text }, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a reason's words are its identity, and they never move
        <li key={`${kind}-${index}`} className={`reason-list__item reason-list__item--${kind.toLowerCase()}`}>
          {text}
        </li>
      ))}
    </ul>
  );
}
