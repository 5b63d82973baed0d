import type { Language } from '@tt/shared/languages';
import { Feed } from 'feed';

// An Atom 1.0 document (RFC 4287) written by the `feed` library, from what anyone may read: the caller gives only
// public fields. The library writes entries' titles and summaries as HTML (type="html"): the text is escaped here
// first, so that a title reading "<b>" shows as such instead of becoming markup.

export interface AtomEntry {
  /** A permanent id: a tag: URI of the listing, never its address (slugs change). */
  id: string;
  title: string;
  summary: string;
  /** The listing's page. */
  url: string;
  updated: Date;
  published: Date | null;
  /** Who offers it: the institute. */
  author: string;
  /** Its sectors: term (slug) and label. */
  categories: { term: string; label: string }[];
}

export interface AtomFeed {
  /** The feed's own address, also its id. */
  selfUrl: string;
  /** The page the feed follows. */
  pageUrl: string;
  title: string;
  subtitle?: string;
  language: Language;
  author: string;
  icon: string;
  /** When nothing is listed: the feed's last change otherwise comes from its entries. */
  emptyUpdated: Date;
  entries: AtomEntry[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML shows it literally. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** An attribute's text: the library escapes `&` and `"` in attributes, not `<`, which XML forbids there. */
const attribute = (text: string) => text.replace(/</g, '‹');

/** Characters XML 1.0 cannot carry (the API refuses them in input; the feed never relies on that alone). */
const clean = (text: string) =>
  text.replace(/[\p{Cc}\p{Noncharacter_Code_Point}]/gu, (character) => ('\t\n\r'.includes(character) ? character : ''));

export function buildAtomFeed(feed: AtomFeed): { xml: string; updated: Date } {
  const updated = feed.entries.reduce<Date | null>(
    (latest, entry) => (latest === null || entry.updated > latest ? entry.updated : latest),
    null,
  );
  const atom = new Feed({
    id: feed.selfUrl,
    title: clean(feed.title),
    description: feed.subtitle ? clean(feed.subtitle) : undefined,
    link: feed.pageUrl,
    feedLinks: { atom: feed.selfUrl },
    language: feed.language,
    updated: updated ?? feed.emptyUpdated,
    generator: 'TT Marketplace',
    author: { name: clean(feed.author) },
    favicon: feed.icon,
  });
  for (const entry of feed.entries) {
    atom.addItem({
      id: entry.id,
      title: escapeHtml(clean(entry.title)),
      description: escapeHtml(clean(entry.summary)),
      link: entry.url,
      date: entry.updated,
      published: entry.published ?? undefined,
      author: [{ name: clean(entry.author) }],
      category: entry.categories.map((category) => ({
        term: attribute(clean(category.term)),
        name: attribute(clean(category.label)),
      })),
    });
  }
  // The library says the language in RSS only; Atom carries it as xml:lang on the root.
  const xml = atom
    .atom1()
    .replace(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">`,
    );
  return { xml, updated: updated ?? feed.emptyUpdated };
}
