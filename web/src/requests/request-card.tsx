import { requestPath } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import type { RequestCardFieldsFragment } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { langOf } from '../i18n/written-language';
import { SectorChips } from '../ui/sector-chips';
import { foreignLang } from '../ui/text-language-marker';
import { deadlineLabel, trlRangeLabel } from './request-labels';
import { RequestStatusPill, VisibilityBadge } from './request-status';

/** A request as a card of the directory: the whole card is clickable through its title link. */
export function RequestCard({ request }: { request: RequestCardFieldsFragment }) {
  return (
    <article className="card request-card" data-testid="request-card">
      <div className="request-card__top">
        <span className="request-card__company" data-testid="request-company">
          <span className="visually-hidden">{t('requests.card.company')} </span>
          {request.companyName}
        </span>
        <span className="request-card__badges">
          <VisibilityBadge visibility={request.visibility} />
          <RequestStatusPill status={request.status} />
        </span>
      </div>
      <h3 className="request-card__title" lang={foreignLang(request.language)}>
        <Link className="card-link" to={requestPath(request.slug)}>
          {request.title}
        </Link>
      </h3>
      <p className="line-clamp request-card__description" lang={langOf(request.language)}>
        {request.description}
      </p>
      <div className="request-card__footer">
        <div className="request-card__meta">
          <span className="badge badge--trl">{trlRangeLabel(request.trlMin, request.trlMax)}</span>
          <span className="request-card__deadline">
            {request.status === 'OPEN'
              ? t('requests.card.deadline', { date: deadlineLabel(request.deadline) })
              : t('requests.card.deadlinePast', { date: deadlineLabel(request.deadline) })}
          </span>
        </div>
        <SectorChips sectors={request.sectors} max={3} />
      </div>
    </article>
  );
}
