import MarkdownIt from 'markdown-it';

// The network's pages are Markdown that administrators write; readers get HTML. No raw HTML passes (`html:
// false` escapes it), and links go only where a reader expects: the web (http, https), e-mail, or a page of
// this site (a relative address). Images are not rendered: the pages are text, and an image address would
// let a page fetch from anywhere.

const SAFE_LINK = /^(?:https?:\/\/|mailto:|\/(?!\/)|#|\.{0,2}\/?[\w-])/i;

/** Whether a link or image address may appear in a page (see above). */
export function isSafeLink(url: string): boolean {
  const trimmed = url.trim();
  // A scheme other than http(s)/mailto (javascript:, data:, vbscript:…) never; neither a protocol-relative //host.
  if (/^[a-z][a-z\d+.-]*:/i.test(trimmed) && !/^(?:https?|mailto):/i.test(trimmed)) return false;
  return SAFE_LINK.test(trimmed);
}

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
markdown.validateLink = isSafeLink;
markdown.disable('image');

// Links to other sites open as usual but tell the browser not to pass the page along (noopener, noreferrer).
const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const href = String(token?.attrGet('href') ?? '');
  if (token && /^https?:\/\//i.test(href)) token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, index, options, env, self);
};

// Each table cell carries its column's heading (data-label), so that on a phone a row can show as a block of
// labelled lines instead of a table wider than the screen (web/src/site-pages/site-page.css).
markdown.core.ruler.push('cell_labels', (state) => {
  let headings: string[] = [];
  let column = 0;
  const tokens = state.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === 'thead_open') headings = [];
    else if (token.type === 'th_open') headings.push(tokens[index + 1]?.content ?? '');
    else if (token.type === 'tr_open') column = 0;
    else if (token.type === 'td_open') {
      const heading = headings[column++];
      if (heading) token.attrSet('data-label', heading);
    }
  }
  return true;
});

/** A page's Markdown as HTML that is safe to put into the page as it is. */
export function renderSitePageMarkdown(text: string): string {
  return markdown.render(text);
}
