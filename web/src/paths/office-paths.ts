// Addresses of the pages the office's features link to one another (global ids in a path segment):
// here once, so the disclosures and listings features need not import each other's internals.
export const listingEditorPath = (id: string) => `/office/listings/${encodeURIComponent(id)}/edit`;
export const publicListingPath = (slug: string) => `/assets/${slug}`;
export const officeDisclosurePath = (id: string) => `/office/disclosures/${encodeURIComponent(id)}`;
