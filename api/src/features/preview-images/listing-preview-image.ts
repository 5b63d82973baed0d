import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import type { Language } from '@tt/shared/languages';
import satori from 'satori';
import { mailMessages } from '../../mail/mail-messages.js';
import type { ListingPreview } from './listing-preview.service.js';

// A listing's preview image, the picture link previews show (Open Graph, Twitter cards): 1200×630 PNG with its
// title, kind, institute and, for an invention, its TRL, under the marketplace's name. Laid out by satori (HTML and
// CSS to SVG) and rasterised by resvg, both on this server; the font is Inter (SIL OFL 1.1) from the
// @fontsource/inter package, read from disk once: nothing is fetched while rendering.

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

const COLORS = { primary: '#0b5563', primarySoft: '#e4f0f1', accent: '#b14f17', text: '#1d2a2e', muted: '#4d5f64' };
const TITLE_MAX_CHARACTERS = 140;
/** The title's size by its length: a short one large, a long one in at most four lines. */
const titleSize = (title: string) => (title.length <= 60 ? 64 : title.length <= 100 ? 52 : 44);

const require = createRequire(import.meta.url);
const fontFile = (name: string) => readFileSync(require.resolve(`@fontsource/inter/files/${name}.woff`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
/** Latin and Latin Extended (Italian, and names from elsewhere in Europe), regular and bold; read once. */
function interFonts(): Parameters<typeof satori>[1]['fonts'] {
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Inter',
      data: fontFile(`inter-${subset}-${weight}-normal`),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

interface Box {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Box | string)[] | Box | string };
}
const box = (style: Box['props']['style'], ...children: (Box | string)[]): Box => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** A title cut at a word near the limit, with an ellipsis. */
function shorten(text: string): string {
  if (text.length <= TITLE_MAX_CHARACTERS) return text;
  const cut = text.slice(0, TITLE_MAX_CHARACTERS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX_CHARACTERS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

function layout(listing: ListingPreview, language: Language): Box {
  const say = mailMessages(language);
  const chip = (text: string, color: string, background: string) =>
    box({ padding: '8px 20px', borderRadius: 999, fontSize: 26, fontWeight: 700, color, background }, text);
  // Sized boxes hold no padding (satori adds it to their size): the padding is on the box that grows into them.
  return box(
    { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, flexDirection: 'column', background: '#ffffff' },
    box({ height: 16, background: COLORS.primary }),
    box(
      {
        flexGrow: 1,
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '48px 72px 56px',
        fontFamily: 'Inter',
        color: COLORS.text,
      },
      box(
        { alignItems: 'baseline', gap: 24 },
        box({ fontSize: 34, fontWeight: 700, color: COLORS.primary }, 'TT Marketplace'),
        box({ fontSize: 24, color: COLORS.muted }, say('preview.tagline')),
      ),
      box(
        { flexDirection: 'column', gap: 28 },
        box(
          { gap: 16 },
          chip(say(`preview.kind.${listing.kind}`), '#ffffff', COLORS.accent),
          ...(listing.trl === null
            ? []
            : [chip(say('preview.trl', { trl: listing.trl }), COLORS.primary, COLORS.primarySoft)]),
        ),
        box({ fontSize: titleSize(listing.title), fontWeight: 700, lineHeight: 1.15 }, shorten(listing.title)),
      ),
      box({ fontSize: 30, color: COLORS.muted }, listing.institute),
    ),
  );
}

/** The listing's preview as PNG bytes. CPU-heavy (tens of milliseconds): callers bound how many run at once. */
export async function renderListingPreview(listing: ListingPreview, language: Language): Promise<Buffer> {
  const svg = await satori(layout(listing, language) as unknown as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: interFonts(),
  });
  // resvg's async render runs on libuv's thread pool, not on the event loop.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: PREVIEW_WIDTH },
    font: { loadSystemFonts: false },
  });
  return image.asPng();
}
