import { TRL_MAX, TRL_MIN } from '@tt/shared/limits';
import { useId } from 'react';
import { enumOptions, sectorGroups } from '../catalogue/facet-options';
import type { CatalogueTaxonomyQuery } from '../generated/graphql';
import type { RequestDirectoryQuery } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { partneringModelLabel } from '../i18n/labels';
import { CheckboxFacet } from '../ui/checkbox-facet';
import { REQUEST_STATUSES, requestStatusLabel } from './request-labels';
import { ALL_REQUEST_MODELS, type RequestSearchState, toggleValue } from './request-search-state';

type Facets = RequestDirectoryQuery['technologyRequests']['facets'];

const TRL_LEVELS = Array.from({ length: TRL_MAX - TRL_MIN + 1 }, (_, index) => TRL_MIN + index);

/**
 * The directory's filters, with the number of requests each value gives for the current search: status,
 * sector (children under their parent), a TRL range (requests whose range overlaps it), partnering models,
 * and, for a company's members, their own company's requests only.
 */
export function RequestFacets({
  state,
  facets,
  taxonomy,
  ownOption,
  onChange,
}: {
  state: RequestSearchState;
  facets: Facets | undefined;
  taxonomy: CatalogueTaxonomyQuery | undefined;
  /** Whether to offer "my company's requests only" (company members). */
  ownOption: boolean;
  onChange: (next: RequestSearchState) => void;
}) {
  const id = useId();
  if (!facets) {
    return (
      <div className="facet-skeletons" aria-hidden="true">
        {[0, 1, 2].map((key) => (
          <div className="facet-skeleton" key={key}>
            <span className="skeleton skeleton--line skeleton--short" />
            <span className="skeleton skeleton--line" />
            <span className="skeleton skeleton--line" />
          </div>
        ))}
      </div>
    );
  }
  const setTrl = (trlMin: number | null, trlMax: number | null) => {
    if (trlMin !== null && trlMax !== null && trlMin > trlMax) {
      if (trlMin !== state.trlMin) trlMax = trlMin;
      else trlMin = trlMax;
    }
    onChange({ ...state, trlMin, trlMax });
  };
  return (
    <div className="facets">
      {ownOption && (
        <fieldset className="facet" data-testid="facet-mine">
          <legend className="facet__legend">{t('requests.facet.whose')}</legend>
          <div className="facet__option">
            <input
              id={`${id}-mine`}
              type="checkbox"
              checked={state.mine}
              onChange={(event) => onChange({ ...state, mine: event.target.checked })}
              data-testid="mine"
            />
            <label htmlFor={`${id}-mine`}>{t('requests.facet.mine')}</label>
          </div>
        </fieldset>
      )}
      <CheckboxFacet
        name="statuses"
        legend={t('requests.facet.status')}
        groups={[
          {
            key: 'status',
            options: enumOptions(REQUEST_STATUSES, facets.statuses, state.statuses, requestStatusLabel),
          },
        ]}
        selected={state.statuses}
        onToggle={(value) =>
          onChange({ ...state, statuses: toggleValue(state.statuses, value as (typeof REQUEST_STATUSES)[number]) })
        }
      />
      <CheckboxFacet
        name="sectors"
        legend={t('catalogue.facet.sectors')}
        groups={sectorGroups(facets.sectors, state.sectors, taxonomy)}
        selected={state.sectors}
        collapseAfter={10}
        onToggle={(value) => onChange({ ...state, sectors: toggleValue(state.sectors, value) })}
      />
      <fieldset className="facet facet--trl" data-testid="facet-trl">
        <legend className="facet__legend">{t('catalogue.facet.trl')}</legend>
        <p className="facet__hint">{t('requests.facet.trlHint')}</p>
        <div className="trl-range">
          <div className="field">
            <label htmlFor={`${id}-trl-min`}>{t('catalogue.facet.trlMin')}</label>
            <select
              id={`${id}-trl-min`}
              data-testid="trl-min"
              value={state.trlMin ?? ''}
              onChange={(event) => setTrl(event.target.value ? Number(event.target.value) : null, state.trlMax)}
            >
              <option value="">{t('catalogue.facet.trlAny')}</option>
              {TRL_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t('catalogue.facet.trlOption', { level })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-trl-max`}>{t('catalogue.facet.trlMax')}</label>
            <select
              id={`${id}-trl-max`}
              data-testid="trl-max"
              value={state.trlMax ?? ''}
              onChange={(event) => setTrl(state.trlMin, event.target.value ? Number(event.target.value) : null)}
            >
              <option value="">{t('catalogue.facet.trlAny')}</option>
              {TRL_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t('catalogue.facet.trlOption', { level })}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
      <CheckboxFacet
        name="partneringModels"
        legend={t('requests.facet.partneringModels')}
        groups={[
          {
            key: 'pm',
            options: enumOptions(
              ALL_REQUEST_MODELS,
              facets.partneringModels,
              state.partneringModels,
              partneringModelLabel,
            ),
          },
        ]}
        selected={state.partneringModels}
        onToggle={(value) =>
          onChange({
            ...state,
            partneringModels: toggleValue(state.partneringModels, value as (typeof ALL_REQUEST_MODELS)[number]),
          })
        }
      />
    </div>
  );
}
