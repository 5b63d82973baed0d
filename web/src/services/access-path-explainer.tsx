import { accessPathFor } from '@tt/shared/access-review-rules';
import type { PlatformKind } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { Panel } from '../ui/panel';
import './access-path-explainer.css';

/**
 * On a biobank service's listing, before anyone asks (BBMRI-ERIC's access principles): the path a request follows,
 * what to prepare, and how long it usually takes. Nothing for other listings.
 */
export function AccessPathExplainer({ platformKind }: { platformKind: PlatformKind | null | undefined }) {
  const path = accessPathFor(platformKind);
  if (!path) return null;
  return (
    <Panel headingId="access-explainer-heading" title={t('accessExplainer.title')} testId="access-explainer">
      <p>{t('accessExplainer.intro')}</p>
      <ol className="access-explainer__steps">
        <li>{t('accessExplainer.step.SCIENTIFIC_REVIEW')}</li>
        <li>{t('accessExplainer.step.ETHICS_REVIEW')}</li>
        <li>{t('accessExplainer.step.AGREEMENT')}</li>
      </ol>
      <h3 className="access-explainer__subtitle">{t('accessExplainer.prepare')}</h3>
      <ul className="access-explainer__prepare">
        <li>{t('accessExplainer.prepare.summary')}</li>
        <li>{t('accessExplainer.prepare.ethics')}</li>
        <li>{t('accessExplainer.prepare.use')}</li>
      </ul>
      <p className="access-explainer__duration" data-testid="access-explainer-duration">
        {t('accessExplainer.duration', { min: path.usualDuration.minWeeks, max: path.usualDuration.maxWeeks })}
      </p>
    </Panel>
  );
}
