// What the tests check every emitted JSON-LD object against: per schema.org type, the properties Google's
// structured-data documentation requires or that a page of ours must give (Product: name; BreadcrumbList:
// itemListElement, and each ListItem its position, name and item; Organization: name and url, as Google's
// Organization page recommends), and every property the schema.org vocabulary defines for the type among those
// we could emit (a misspelt or misplaced property is an error, not silently ignored by search engines).
// Product rich results also want offers, a review or a rating, which a technology offered for licensing has not:
// the Product is there for its name, brand and identifiers.

interface TypeRule {
  required: readonly string[];
  /** The type's properties in the schema.org vocabulary (its own and those it inherits) that may appear. */
  allowed: readonly string[];
}

const THING = ['name', 'description', 'url', 'alternateName', 'sameAs', 'identifier', 'image'];

export const STRUCTURED_DATA_RULES: Readonly<Record<string, TypeRule>> = {
  Product: {
    required: ['name', 'description', 'url', 'brand'],
    allowed: [...THING, 'brand', 'category', 'keywords', 'manufacturer', 'offers', 'sku'],
  },
  Service: {
    required: ['name', 'description', 'url', 'provider', 'serviceType'],
    allowed: [...THING, 'provider', 'serviceType', 'category', 'areaServed', 'brand', 'offers'],
  },
  Organization: {
    required: ['name', 'url'],
    allowed: [...THING, 'address', 'subOrganization', 'parentOrganization', 'logo', 'email', 'keywords'],
  },
  BreadcrumbList: { required: ['itemListElement'], allowed: ['itemListElement', 'name'] },
  ListItem: { required: ['position', 'name', 'item'], allowed: ['position', 'name', 'item'] },
  PostalAddress: {
    required: ['addressCountry'],
    allowed: ['addressCountry', 'addressLocality', 'addressRegion', 'postalCode', 'streetAddress'],
  },
  PropertyValue: { required: ['propertyID', 'value'], allowed: ['propertyID', 'value', 'name'] },
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const absent = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The problems of a JSON-LD object and every typed object within it; none when it follows the rules. */
export function checkStructuredData(data: unknown, where = '$'): string[] {
  if (!isObject(data)) return [`${where}: not an object`];
  const problems: string[] = [];
  if (where === '$' && data['@context'] !== 'https://schema.org') problems.push(`${where}: no schema.org @context`);
  const type = data['@type'];
  const rule = typeof type === 'string' ? STRUCTURED_DATA_RULES[type] : undefined;
  if (!rule) return [...problems, `${where}: unknown @type ${String(type)}`];
  for (const property of rule.required) {
    if (absent(data[property])) problems.push(`${where} (${type}): no ${property}`);
  }
  for (const [property, value] of Object.entries(data)) {
    if (property.startsWith('@')) continue;
    if (!rule.allowed.includes(property)) problems.push(`${where} (${type}): ${property} is not a property of it`);
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      const path = Array.isArray(value) ? `${where}.${property}[${index}]` : `${where}.${property}`;
      if (isObject(item)) problems.push(...checkStructuredData(item, path));
      else if (typeof item === 'string' && /^(url|item|sameAs)$/.test(property) && !/^https?:\/\//.test(item))
        problems.push(`${path}: not an absolute URL`);
    });
  }
  if (type === 'BreadcrumbList' && Array.isArray(data.itemListElement)) {
    data.itemListElement.forEach((item, index) => {
      if (isObject(item) && item.position !== index + 1)
        problems.push(`${where}: item ${index} is not at position ${index + 1}`);
    });
  }
  return problems;
}
