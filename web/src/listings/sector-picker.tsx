import { useId, useState } from 'react';
import { sectorLabel, t } from '../i18n/i18n';
import { CloseIcon, SearchIcon } from '../ui/icons';
import { FieldGroup } from './editor-fields';
import type { SectorOption } from './listing-draft';

/**
 * Sectors and therapeutic areas from the shared taxonomy: the chosen ones as removable chips, and the
 * taxonomy as checkboxes (children under their parent), narrowed by typing.
 */
export function SectorPicker({
  sectors,
  chosen,
  onChange,
  error,
  max,
  hint = t('listing.hint.sectors'),
}: {
  sectors: readonly SectorOption[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
  max: number;
  /** What the sectors are for (a listing's by default). */
  hint?: string;
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const byId = new Map(sectors.map((sector) => [sector.id, sector]));
  const matches = (sector: SectorOption) => !needle || sectorLabel(sector).toLowerCase().includes(needle);
  const toggle = (sectorId: string, on: boolean) =>
    onChange(on ? [...chosen, sectorId] : chosen.filter((other) => other !== sectorId));

  const groups = (['SECTOR', 'THERAPEUTIC_AREA'] as const).map((kind) => {
    const parents = sectors
      .filter((sector) => sector.kind === kind && !sector.parent)
      .sort((a, b) => a.position - b.position);
    return {
      kind,
      entries: parents.flatMap((parent) => {
        const children = sectors
          .filter((sector) => sector.parent?.id === parent.id)
          .sort((a, b) => a.position - b.position);
        const shownChildren = children.filter(matches);
        return matches(parent) || shownChildren.length > 0
          ? [parent, ...(matches(parent) && needle ? children : shownChildren)]
          : [];
      }),
    };
  });

  return (
    <FieldGroup
      field="sectorIds"
      legend={t('listing.field.sectors')}
      hint={hint}
      error={error}
      className="sector-picker"
    >
      {chosen.length > 0 && (
        <ul className="editor-chips" aria-label={t('listing.chosenSectors')} data-testid="chosen-sectors">
          {chosen.map((sectorId) => {
            const sector = byId.get(sectorId);
            const label = sector ? sectorLabel(sector) : sectorId;
            return (
              <li key={sectorId} className="chip editor-chip">
                {label}
                <button
                  type="button"
                  className="editor-chip__remove"
                  onClick={() => toggle(sectorId, false)}
                  aria-label={t('listing.remove', { item: label })}
                >
                  <CloseIcon />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="sector-picker__filter">
        <SearchIcon />
        <label htmlFor={`${id}-filter`} className="visually-hidden">
          {t('listing.filterSectors')}
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          className="input"
          placeholder={t('listing.filterSectors')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <div className="sector-picker__lists">
        {groups.map((group) => (
          <div key={group.kind} className="sector-picker__group">
            <p className="sector-picker__title">
              {group.kind === 'SECTOR' ? t('listing.sectorsGroup') : t('listing.areasGroup')}
            </p>
            {group.entries.length === 0 ? (
              <p className="muted sector-picker__none">{t('listing.noSectorMatch')}</p>
            ) : (
              <ul className="sector-picker__options">
                {group.entries.map((sector) => {
                  const checked = chosen.includes(sector.id);
                  return (
                    <li
                      key={sector.id}
                      className={`checkbox-field${sector.parent ? ' sector-picker__child' : ' sector-picker__parent'}`}
                    >
                      <input
                        id={`${id}-${sector.id}`}
                        type="checkbox"
                        checked={checked}
                        disabled={!checked && chosen.length >= max}
                        onChange={(event) => toggle(sector.id, event.target.checked)}
                      />
                      <label htmlFor={`${id}-${sector.id}`}>{sectorLabel(sector)}</label>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        ))}
      </div>
    </FieldGroup>
  );
}
