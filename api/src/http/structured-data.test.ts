import { describe, expect, it } from 'vitest';
import { breadcrumbs, scriptJson, withContext } from './structured-data.js';
import { checkStructuredData } from './structured-data-requirements.js';

describe('JSON-LD', () => {
  it('is written so that nothing in it can end its script', () => {
    const text = scriptJson({ name: '</script><script>alert(1)</script> & <!-- \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & <!-- \u2028' });
  });

  it('numbers a breadcrumb trail from 1', () => {
    const trail = breadcrumbs([
      { name: 'Catalogue', url: 'https://tt.example.org/' },
      { name: 'A listing', url: 'https://tt.example.org/assets/a' },
    ]);
    expect(checkStructuredData(trail)).toEqual([]);
    expect(trail).toMatchObject({ itemListElement: [{ position: 1 }, { position: 2, name: 'A listing' }] });
  });
});

describe('the structured-data rules the page tests apply', () => {
  it('find a missing required property, an unknown one and a relative URL, in nested objects too', () => {
    const product = withContext({
      '@type': 'Product',
      name: 'X',
      description: '',
      url: '/assets/x',
      category: 'Invention',
      brand: { '@type': 'Organization', name: 'IRST', url: 'https://tt.example.org/institutes/irst' },
    });
    expect(checkStructuredData({ ...product, provider: { '@type': 'Organization', name: 'Y' } })).toEqual([
      '$ (Product): no description',
      '$.url: not an absolute URL',
      '$ (Product): provider is not a property of it',
      '$.provider (Organization): no url',
    ]);
    expect(checkStructuredData({ '@type': 'Thing', name: 'x' })).toEqual([
      '$: no schema.org @context',
      '$: unknown @type Thing',
    ]);
  });
});
