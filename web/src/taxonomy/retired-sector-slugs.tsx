import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { parseSearchParams, toSearchParams } from '../catalogue/search-state';
import { RetiredSectorsDocument, type RetiredSectorsQuery } from '../generated/members-graphql';

/**
 * The slugs with each retired term's replaced by the term that replaced it (the API filters the same way), without
 * duplicates; slugs no term has are kept, so that they can still be removed.
 */
export function withSuccessors(slugs: readonly string[], sectors: RetiredSectorsQuery['sectors']): string[] {
  const successor = new Map(
    sectors.flatMap((sector) => (sector.retiredAt && sector.replacedBy ? [[sector.slug, sector.replacedBy.slug]] : [])),
  );
  return [...new Set(slugs.map((slug) => successor.get(slug) ?? slug))];
}

/**
 * Loaded lazily by the catalogue when its address names a sector the taxonomy in use does not know (an old link, a
 * retired term): puts the successors in the address instead (replacing the entry), so the filter panel ticks them.
 * Renders nothing.
 */
export default function RetiredSectorSlugs() {
  const { data } = useQuery(RetiredSectorsDocument);
  const [params, setParams] = useSearchParams();
  useEffect(() => {
    if (!data) return;
    const state = parseSearchParams(params);
    const sectors = withSuccessors(state.sectors, data.sectors);
    if (sectors.length !== state.sectors.length || sectors.some((slug, index) => slug !== state.sectors[index])) {
      setParams(toSearchParams({ ...state, sectors }), { replace: true, preventScrollReset: true });
    }
  }, [data, params, setParams]);
  return null;
}
