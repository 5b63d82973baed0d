import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

// Which parts of the public catalogue answer the same whoever asks. A field is listed here only when its
// resolver never reads the viewer (nor anything that depends on it): a field that is not listed, a new one
// included, makes the whole operation the asker's own, computed for them and never shared.

/** Per type, the fields whose answers are the same for every viewer. */
export const SHARED_CATALOGUE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Query: ['assets', 'asset', 'institutions', 'institution', 'sectors'],
  AssetConnection: ['edges', 'facets', 'pageInfo', 'totalCount'],
  AssetEdge: ['cursor', 'node', 'rank', 'snippet'],
  AssetFacets: [
    'availabilities',
    'capacities',
    'institutions',
    'ipStatuses',
    'kinds',
    'partneringModels',
    'sectors',
    'trl',
  ],
  FacetValue: ['count', 'label', 'value'],
  SnippetPart: ['highlighted', 'text'],
  PageInfo: ['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor'],
  // Not: allowedTransitions, contactOfficerUser, feedback, interestSummary, publicationIssues, publicationWarnings,
  // sourceDisclosure, viewerCanEdit.
  Asset: [
    'accreditations',
    'applications',
    'availability',
    'benefits',
    'capacity',
    'contactOfficer',
    'deliverables',
    'description',
    'developmentStage',
    'exclusiveScopes',
    'id',
    'institution',
    'inventors',
    'ipStatus',
    'keywords',
    'kind',
    'partneringModels',
    'patentNumbers',
    'platform',
    'pricingModel',
    'problem',
    'publishedAt',
    'relatedAssets',
    'sectors',
    'serviceRequestForm',
    'slug',
    'status',
    'summary',
    'textLanguage',
    'texts',
    'throughput',
    'title',
    'trl',
    'turnaround',
    'updatedAt',
  ],
  ContactOfficer: ['name', 'title', 'titleLanguage'],
  ExclusiveScope: ['fieldOfUse', 'territory', 'language'],
  ServiceCapacity: ['fullyBookedUntil', 'nextSlotOn', 'status', 'turnaroundWeeksMax', 'turnaroundWeeksMin'],
  FormChoiceOption: ['key', 'labelEn', 'labelIt'],
  FormField: ['helpEn', 'helpIt', 'key', 'kind', 'labelEn', 'labelIt', 'max', 'min', 'options', 'required'],
  Institution: [
    'assets',
    'city',
    'contactEmail',
    'country',
    'description',
    'id',
    'mission',
    'name',
    'networks',
    'platforms',
    'region',
    'shortName',
    'slug',
    'textLanguage',
    'texts',
    'website',
  ],
  Inventor: ['affiliation', 'id', 'name'],
  Platform: [
    'assetCount',
    'assets',
    'capabilities',
    'description',
    'id',
    'institution',
    'kind',
    'name',
    'retiredAt',
    'slug',
    'textLanguage',
    'texts',
  ],
  // The stored texts in one language: the same for whoever sees the listing, institute or platform.
  ListingTexts: [
    'applications',
    'benefits',
    'deliverables',
    'description',
    'keywords',
    'language',
    'problem',
    'summary',
    'throughput',
    'title',
    'turnaround',
  ],
  InstitutionTexts: ['city', 'description', 'language', 'mission', 'region'],
  PlatformTexts: ['capabilities', 'description', 'language'],
  ServiceRequestForm: ['fields', 'isDefault', 'updatedAt'],
  // Not: usage (administrators only).
  Sector: ['id', 'kind', 'label', 'labelEn', 'labelIt', 'parent', 'position', 'replacedBy', 'retiredAt', 'slug'],
};

const shared = new Map(Object.entries(SHARED_CATALOGUE_FIELDS).map(([type, fields]) => [type, new Set(fields)]));

/**
 * What an operation made only of shared fields looks like to the cache. `asset(slug:)` is the one root whose
 * answer can still differ: an office sees its drafts where everyone else gets null (a published listing is
 * the same for all: current and former slugs share one namespace). `assetRoots` are the response keys of
 * those roots, so that an answer can tell whether it holds a null one.
 */
export interface SharedOperation {
  assetRoots: string[];
}

/**
 * The operation's shape when every field it selects, through fragments, is one the catalogue answers the
 * same for every viewer; null otherwise (a mutation, another root, a viewer's field, an abstract type, a
 * directive, an unknown name: whatever is not known to be shared).
 */
export function sharedCatalogueOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
): SharedOperation | null {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (operation?.operation !== 'query' || (operation.directives ?? []).length > 0) return null;
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const assetRoots: string[] = [];

  const walk = (set: SelectionSetNode, typeName: string, root: boolean, spread: Set<string>): boolean => {
    const type = schema.getType(typeName);
    const fields = shared.get(typeName);
    if (!isObjectType(type) || !fields) return false;
    return set.selections.every((selection) => {
      if ((selection.directives ?? []).length > 0) return false;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value ?? typeName;
        return condition === typeName && walk(selection.selectionSet, typeName, root, spread);
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment spread inside itself is invalid: GraphQL refuses it, the cache need not follow it.
        if (!fragment || spread.has(name) || (fragment.directives ?? []).length > 0) return false;
        if (fragment.typeCondition.name.value !== typeName) return false;
        return walk(fragment.selectionSet, typeName, root, new Set(spread).add(name));
      }
      const name = selection.name.value;
      if (name === '__typename') return !selection.selectionSet;
      const field = type.getFields()[name];
      if (!field || !fields.has(name)) return false;
      if (root && name === 'asset') assetRoots.push(selection.alias?.value ?? name);
      const named = getNamedType(field.type);
      if (!selection.selectionSet) return !isObjectType(named);
      return walk(selection.selectionSet, named.name, false, spread);
    });
  };

  return walk(operation.selectionSet, 'Query', true, new Set()) ? { assetRoots } : null;
}

/** Whether an answer to a shared operation holds a null `asset` root (which an office might see as a draft). */
export function hasNullAssetRoot(operation: SharedOperation, body: string): boolean {
  if (operation.assetRoots.length === 0) return false;
  const data = (JSON.parse(body) as { data?: Record<string, unknown> | null }).data;
  return !data || operation.assetRoots.some((key) => data[key] === null || data[key] === undefined);
}
