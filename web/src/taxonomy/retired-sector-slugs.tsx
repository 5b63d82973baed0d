import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
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
 * Loaded lazily when the address names a sector the taxonomy in use does not know (an old link, a retired term):
 * hands back the slugs with the successors, for the filter panel to tick them. Renders nothing.
 */
export default function RetiredSectorSlugs({
  slugs,
  onResolved,
}: {
  slugs: readonly string[];
  onResolved: (slugs: string[]) => void;
}) {
  const { data } = useQuery(RetiredSectorsDocument);
  useEffect(() => {
    if (!data) return;
    const resolved = withSuccessors(slugs, data.sectors);
    if (resolved.length !== slugs.length || resolved.some((slug, index) => slug !== slugs[index])) onResolved(resolved);
  }, [data, slugs, onResolved]);
  return null;
}
