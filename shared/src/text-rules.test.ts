import { describe, expect, it } from 'vitest';
import { acceptableText, CONTROL_CHARACTER, LONE_SURROGATE } from './text-rules.js';

describe('text rules', () => {
  it('find control characters and lone surrogates, and leave ordinary text alone', () => {
    for (const bad of ['a\u0000b', '\u0001', '\u000b', '\u000c', '\u001f', '\u007f']) {
      expect(CONTROL_CHARACTER.test(bad), JSON.stringify(bad)).toBe(true);
    }
    for (const bad of ['\ud800', 'x\udfffy', '\udc00\ud800']) expect(LONE_SURROGATE.test(bad)).toBe(true);
    for (const good of ['Tab\tnew\nline\r\n', 'è ß ✓ 🧬 العربية', '']) {
      expect(CONTROL_CHARACTER.test(good) || LONE_SURROGATE.test(good), good).toBe(false);
      expect(acceptableText(good)).toBe(good);
    }
  });

  it('cleans a paste from a word processor into what the API accepts', () => {
    expect(acceptableText('First line\u000bsecond line\u000cnext page')).toBe('First line\nsecond line\nnext page');
    expect(acceptableText('a\u0000b\u0007c\u007fd')).toBe('abcd');
    expect(acceptableText('x\ud800y 🧬')).toBe('x\ufffdy 🧬');
    const cleaned = acceptableText('\u0001\u000b\ud800\t');
    expect(CONTROL_CHARACTER.test(cleaned) || LONE_SURROGATE.test(cleaned)).toBe(false);
  });
});
