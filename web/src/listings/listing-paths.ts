// Addresses of the office's listing pages (global ids in a path segment).
export const listingEditorPath = (id: string) => `/office/listings/${encodeURIComponent(id)}/edit`;
export const publicListingPath = (slug: string) => `/assets/${slug}`;
