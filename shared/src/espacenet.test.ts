import { describe, expect, it } from 'vitest';
import { espacenetUrl } from './espacenet.js';

describe('espacenetUrl', () => {
  it('compacts the publication number into an Espacenet search link', () => {
    expect(espacenetUrl('WO 2023/123456 A1')).toBe(
      'https://worldwide.espacenet.com/patent/search?q=pn%3DWO2023123456A1',
    );
    expect(espacenetUrl('EP4123456A1')).toBe('https://worldwide.espacenet.com/patent/search?q=pn%3DEP4123456A1');
  });
});
