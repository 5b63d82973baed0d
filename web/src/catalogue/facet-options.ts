// Turns the API's facet counts into the options of the catalogue's filters: enumerations in their
// natural order, sectors as a tree (children under their parent), and every selected value kept
// visible even when the current search leaves it no result.
import type { CatalogueTaxonomyQuery } from '../generated/graphql';
import { sectorLabel, t } from '../i18n/i18n';
import type { FacetGroup, FacetOption } from '../ui/checkbox-facet';

export interface FacetCount {
  value: string;
  count: number;
  label?: string | null;
}

type Taxonomy = CatalogueTaxonomyQuery | undefined;

function counts(values: readonly FacetCount[] | undefined): Map<string, number> {
  return new Map((values ?? []).map((value) => [value.value, value.count]));
}

export function enumOptions<T extends string>(
  all: readonly T[],
  facet: readonly FacetCount[] | undefined,
  selected: readonly string[],
  label: (value: T) => string,
): FacetOption[] {
  const byValue = counts(facet);
  return all
    .filter((value) => byValue.has(value) || selected.includes(value))
    .map((value) => ({ value, label: label(value), count: byValue.get(value) ?? 0 }));
}

export function institutionOptions(
  facet: readonly FacetCount[] | undefined,
  selected: readonly string[],
  taxonomy: Taxonomy,
): FacetOption[] {
  const names = new Map((taxonomy?.institutions ?? []).map((inst) => [inst.slug, inst.shortName]));
  const options: FacetOption[] = (facet ?? []).map((value) => ({
    value: value.value,
    label: value.label ?? names.get(value.value) ?? value.value,
    count: value.count,
  }));
  for (const slug of selected) {
    if (!options.some((option) => option.value === slug)) {
      options.push({ value: slug, label: names.get(slug) ?? slug, count: 0 });
    }
  }
  return options.sort((a, b) => a.label.localeCompare(b.label));
}

/** Sectors, then therapeutic areas; each parent followed by its children (indented). */
export function sectorGroups(
  facet: readonly FacetCount[] | undefined,
  selected: readonly string[],
  taxonomy: Taxonomy,
): FacetGroup[] {
  const byValue = counts(facet);
  const visible = (slug: string) => byValue.has(slug) || selected.includes(slug);

  if (!taxonomy) {
    const options = (facet ?? []).map((value) => ({
      value: value.value,
      label: value.label ?? value.value,
      count: value.count,
    }));
    for (const slug of selected) {
      if (!byValue.has(slug)) options.push({ value: slug, label: slug, count: 0 });
    }
    return [{ key: 'all', options }];
  }

  const sectors = [...taxonomy.sectors].sort((a, b) => a.position - b.position);
  const known = new Set(sectors.map((sector) => sector.slug));
  const groups: FacetGroup[] = [];
  for (const [kind, title] of [
    ['SECTOR', t('catalogue.facet.sectorGroup')],
    ['THERAPEUTIC_AREA', t('catalogue.facet.areaGroup')],
  ] as const) {
    const options: FacetOption[] = [];
    for (const parent of sectors.filter((sector) => sector.kind === kind && !sector.parent)) {
      const children = sectors
        .filter((sector) => sector.parent?.slug === parent.slug && visible(sector.slug))
        .map((sector) => ({
          value: sector.slug,
          label: sectorLabel(sector),
          count: byValue.get(sector.slug) ?? 0,
          depth: 1,
        }));
      if (!visible(parent.slug) && children.length === 0) continue;
      options.push(
        { value: parent.slug, label: sectorLabel(parent), count: byValue.get(parent.slug) ?? 0 },
        ...children,
      );
    }
    if (options.length > 0) groups.push({ key: kind, title, options });
  }
  // A selected slug the taxonomy does not know (an old link): still shown, so it can be removed.
  const unknown = selected.filter((slug) => !known.has(slug));
  if (unknown.length > 0) {
    groups.push({ key: 'other', options: unknown.map((slug) => ({ value: slug, label: slug, count: 0 })) });
  }
  return groups;
}

/** The label of a sector or institute slug, for chips of active filters. */
export function slugLabel(slug: string, kind: 'sector' | 'institution', taxonomy: Taxonomy): string {
  if (kind === 'sector') {
    const sector = taxonomy?.sectors.find((item) => item.slug === slug);
    return sector ? sectorLabel(sector) : slug;
  }
  return taxonomy?.institutions.find((item) => item.slug === slug)?.shortName ?? slug;
}
