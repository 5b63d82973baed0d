// Which characters a text may hold, decided once: the API refuses any other (BAD_USER_INPUT naming the field),
// and the web cleans what a paste can bring before it sends anything.

/** C0 control characters other than tab, line feed and carriage return, and DEL: no keyboard types them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A UTF-16 surrogate without its pair: not Unicode, and PostgreSQL refuses it. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// biome-ignore lint/suspicious/noControlCharactersInRegex: Word's line and page breaks
const WORD_BREAKS = /[\u000b\u000c]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const OTHER_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * A typed or pasted text as the API accepts it: Word's manual line breaks (VT) and page breaks (FF) become
 * new lines, other control characters go, and a lone surrogate becomes U+FFFD.
 */
export function acceptableText(text: string): string {
  return text.replace(WORD_BREAKS, '\n').replace(OTHER_CONTROLS, '').replace(LONE_SURROGATES, '\ufffd');
}
