// The schema.org objects (JSON-LD) public pages carry, typed here for what they use (schema-dts is not among the
// installed packages): structured-data.test.ts checks each emitted object against the properties Google's
// structured-data documentation requires or expects for its type.

/** A schema.org Organization: an institute (a listing's provider or brand), a platform, a partner company. */
export interface OrganizationLd {
  '@type': 'Organization';
  name: string;
  url: string;
  alternateName?: string;
  description?: string;
  sameAs?: string[];
  address?: { '@type': 'PostalAddress'; addressLocality?: string; addressRegion?: string; addressCountry: string };
  /** An institute's research platforms. */
  subOrganization?: OrganizationLd[];
  parentOrganization?: OrganizationLd;
}

/** A patent number of a listing, as an identifier. */
export interface PatentIdentifierLd {
  '@type': 'PropertyValue';
  propertyID: 'patent';
  value: string;
}

/** An invention or a prototype: a Product its institute brands. */
export interface ProductLd {
  '@type': 'Product';
  name: string;
  description: string;
  url: string;
  category: string;
  brand: OrganizationLd;
  identifier?: PatentIdentifierLd[];
  keywords?: string;
}

/** A platform's service: a Service its institute provides. */
export interface ServiceLd {
  '@type': 'Service';
  name: string;
  description: string;
  url: string;
  serviceType: string;
  provider: OrganizationLd;
}

export interface BreadcrumbListLd {
  '@type': 'BreadcrumbList';
  itemListElement: { '@type': 'ListItem'; position: number; name: string; item: string }[];
}

/** A top-level JSON-LD object: one of the above, with its context. */
export type StructuredData = (OrganizationLd | ProductLd | ServiceLd | BreadcrumbListLd) & {
  '@context': 'https://schema.org';
};

export function withContext(data: OrganizationLd | ProductLd | ServiceLd | BreadcrumbListLd): StructuredData {
  return { '@context': 'https://schema.org', ...data };
}

/** The trail to a page, each step a name and an absolute URL (the page itself last). */
export function breadcrumbs(steps: readonly { name: string; url: string }[]): StructuredData {
  return withContext({
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.name,
      item: step.url,
    })),
  });
}

/**
 * JSON for inside `<script type="application/ld+json">`: the characters that could end the script or open a
 * comment there (`<`, `>`, `&`) and the line separators JavaScript once refused are written as \u escapes,
 * which JSON reads back as the same characters.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
