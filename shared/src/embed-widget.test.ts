import { describe, expect, it } from 'vitest';
import { embedSnippet, embedWidgetPath } from './embed-widget.js';

describe('the listings widget', () => {
  it('has an address per institute and language', () => {
    expect(embedWidgetPath('irst')).toBe('/embed/institutes/irst');
    expect(embedWidgetPath('irst', 'it')).toBe('/embed/institutes/irst?lang=it');
  });

  it('is copied as an iframe with a title and a size, its attributes escaped', () => {
    const snippet = embedSnippet({
      publicUrl: 'https://tt.example.org',
      slug: 'irst',
      language: 'it',
      title: 'Le schede di "IRST"',
    });
    expect(snippet).toBe(
      '<iframe src="https://tt.example.org/embed/institutes/irst?lang=it" title="Le schede di &quot;IRST&quot;" width="100%" height="720" style="border:0;max-width:960px" loading="lazy"></iframe>',
    );
  });
});
