import { TRL_MAX, TRL_MIN } from '@tt/shared/limits';
import { useId } from 'react';
import type { CatalogueSearchQuery, CatalogueTaxonomyQuery } from '../generated/graphql';
import { formatNumber, t } from '../i18n/i18n';
import {
  availabilityLabel,
  capacityLabel,
  ipStatusLabel,
  kindLabel,
  partneringModelLabel,
  trlDescription,
} from '../i18n/labels';
import { CheckboxFacet } from '../ui/checkbox-facet';
import { enumOptions, type FacetCount, institutionOptions, sectorGroups } from './facet-options';
import {
  ALL_AVAILABILITIES,
  ALL_CAPACITIES,
  ALL_IP_STATUSES,
  ALL_KINDS,
  ALL_PARTNERING_MODELS,
  type CatalogueSearchState,
  toggleValue,
} from './search-state';

type Facets = CatalogueSearchQuery['assets']['facets'];

const TRL_LEVELS = Array.from({ length: TRL_MAX - TRL_MIN + 1 }, (_, index) => TRL_MIN + index);

/** The catalogue's filters, with the number of results each value gives for the current search. */
export function FacetSidebar({
  state,
  facets,
  taxonomy,
  onChange,
}: {
  state: CatalogueSearchState;
  facets: Facets | undefined;
  taxonomy: CatalogueTaxonomyQuery | undefined;
  onChange: (next: CatalogueSearchState) => void;
}) {
  if (!facets) {
    return (
      <div className="facet-skeletons" aria-hidden="true">
        {[0, 1, 2, 3].map((key) => (
          <div className="facet-skeleton" key={key}>
            <span className="skeleton skeleton--line skeleton--short" />
            <span className="skeleton skeleton--line" />
            <span className="skeleton skeleton--line" />
            <span className="skeleton skeleton--line skeleton--short" />
          </div>
        ))}
      </div>
    );
  }

  return (
    <div className="facets">
      <CheckboxFacet
        name="kinds"
        legend={t('catalogue.facet.kinds')}
        groups={[{ key: 'kinds', options: enumOptions(ALL_KINDS, facets.kinds, state.kinds, kindLabel) }]}
        selected={state.kinds}
        onToggle={(value) =>
          onChange({ ...state, kinds: toggleValue(state.kinds, value as (typeof ALL_KINDS)[number]) })
        }
      />
      <CheckboxFacet
        name="sectors"
        legend={t('catalogue.facet.sectors')}
        groups={sectorGroups(facets.sectors, state.sectors, taxonomy)}
        selected={state.sectors}
        collapseAfter={12}
        onToggle={(value) => onChange({ ...state, sectors: toggleValue(state.sectors, value) })}
      />
      <TrlFacet state={state} facet={facets.trl} onChange={onChange} />
      <CheckboxFacet
        name="ipStatuses"
        legend={t('catalogue.facet.ipStatuses')}
        groups={[
          { key: 'ip', options: enumOptions(ALL_IP_STATUSES, facets.ipStatuses, state.ipStatuses, ipStatusLabel) },
        ]}
        selected={state.ipStatuses}
        onToggle={(value) =>
          onChange({
            ...state,
            ipStatuses: toggleValue(state.ipStatuses, value as (typeof ALL_IP_STATUSES)[number]),
          })
        }
      />
      <CheckboxFacet
        name="institutions"
        legend={t('catalogue.facet.institutions')}
        groups={[{ key: 'inst', options: institutionOptions(facets.institutions, state.institutions, taxonomy) }]}
        selected={state.institutions}
        onToggle={(value) => onChange({ ...state, institutions: toggleValue(state.institutions, value) })}
      />
      <CheckboxFacet
        name="partneringModels"
        legend={t('catalogue.facet.partneringModels')}
        groups={[
          {
            key: 'pm',
            options: enumOptions(
              ALL_PARTNERING_MODELS,
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
            partneringModels: toggleValue(state.partneringModels, value as (typeof ALL_PARTNERING_MODELS)[number]),
          })
        }
      />
      <CheckboxFacet
        name="availabilities"
        legend={t('catalogue.facet.availabilities')}
        groups={[
          {
            key: 'avail',
            options: enumOptions(ALL_AVAILABILITIES, facets.availabilities, state.availabilities, availabilityLabel),
          },
        ]}
        selected={state.availabilities}
        onToggle={(value) =>
          onChange({
            ...state,
            availabilities: toggleValue(state.availabilities, value as (typeof ALL_AVAILABILITIES)[number]),
          })
        }
      />
      <CheckboxFacet
        name="capacities"
        legend={t('catalogue.facet.capacities')}
        groups={[
          {
            key: 'cap',
            options: enumOptions(ALL_CAPACITIES, facets.capacities, state.capacities, capacityLabel),
          },
        ]}
        selected={state.capacities}
        onToggle={(value) =>
          onChange({
            ...state,
            capacities: toggleValue(state.capacities, value as (typeof ALL_CAPACITIES)[number]),
          })
        }
      />
    </div>
  );
}

/** TRL as a range (from, to), above a small chart of how many listings sit at each level. */
function TrlFacet({
  state,
  facet,
  onChange,
}: {
  state: CatalogueSearchState;
  facet: readonly FacetCount[];
  onChange: (next: CatalogueSearchState) => void;
}) {
  const id = useId();
  const byLevel = new Map(facet.map((value) => [Number(value.value), value.count]));
  const highest = Math.max(1, ...byLevel.values());
  const min = state.trlMin ?? TRL_MIN;
  const max = state.trlMax ?? TRL_MAX;

  function setMin(raw: string) {
    const trlMin = raw ? Number(raw) : null;
    const trlMax = trlMin !== null && state.trlMax !== null && state.trlMax < trlMin ? trlMin : state.trlMax;
    onChange({ ...state, trlMin, trlMax });
  }
  function setMax(raw: string) {
    const trlMax = raw ? Number(raw) : null;
    const trlMin = trlMax !== null && state.trlMin !== null && state.trlMin > trlMax ? trlMax : state.trlMin;
    onChange({ ...state, trlMin, trlMax });
  }

  let summary = '';
  if (state.trlMin !== null && state.trlMax !== null) {
    summary = t('catalogue.facet.trlRange', { min: state.trlMin, max: state.trlMax });
  } else if (state.trlMin !== null) {
    summary = `${t('catalogue.facet.trlAtLeast', { min: state.trlMin })}: ${trlDescription(state.trlMin)}`;
  } else if (state.trlMax !== null) {
    summary = `${t('catalogue.facet.trlAtMost', { max: state.trlMax })}: ${trlDescription(state.trlMax)}`;
  }

  return (
    <fieldset className="facet facet--trl" data-testid="facet-trl">
      <legend className="facet__legend">{t('catalogue.facet.trl')}</legend>
      <div className="trl-chart" aria-hidden="true" title={t('catalogue.facet.trlChart')}>
        {TRL_LEVELS.map((level) => {
          const count = byLevel.get(level) ?? 0;
          const inRange = level >= min && level <= max;
          return (
            <div className="trl-chart__column" key={level} title={`TRL ${level}: ${formatNumber(count)}`}>
              <span
                className={`trl-chart__bar${inRange ? ' trl-chart__bar--in' : ''}`}
                style={{ height: `${Math.round((count / highest) * 100)}%` }}
              />
              <span className="trl-chart__label">{level}</span>
            </div>
          );
        })}
      </div>
      <div className="trl-range">
        <div className="field">
          <label htmlFor={`${id}-min`}>{t('catalogue.facet.trlMin')}</label>
          <select
            id={`${id}-min`}
            data-testid="trl-min"
            value={state.trlMin ?? ''}
            onChange={(event) => setMin(event.target.value)}
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
          <label htmlFor={`${id}-max`}>{t('catalogue.facet.trlMax')}</label>
          <select
            id={`${id}-max`}
            data-testid="trl-max"
            value={state.trlMax ?? ''}
            onChange={(event) => setMax(event.target.value)}
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
      {summary && <p className="facet__hint">{summary}</p>}
    </fieldset>
  );
}
