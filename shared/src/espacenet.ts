// Public patent numbers link to Espacenet's bibliographic page.
export function espacenetUrl(patentNumber: string): string {
  const compact = patentNumber.replace(/[\s/.,-]/g, '').toUpperCase();
  return `https://worldwide.espacenet.com/patent/search?q=pn%3D${encodeURIComponent(compact)}`;
}
