/**
 * History state carried by links to an asset page, so its back link can return to the search the
 * visitor came from: with `fromCatalogue`, the catalogue is the previous history entry (go back);
 * otherwise `catalogueSearch` rebuilds it as a new entry.
 */
export interface AssetLinkState {
  fromCatalogue: boolean;
  catalogueSearch?: string;
}

export function readAssetLinkState(state: unknown): AssetLinkState | null {
  if (!state || typeof state !== 'object') return null;
  const { fromCatalogue, catalogueSearch } = state as Record<string, unknown>;
  if (typeof fromCatalogue !== 'boolean') return null;
  return { fromCatalogue, catalogueSearch: typeof catalogueSearch === 'string' ? catalogueSearch : undefined };
}
