import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('the way back after sign-in', () => {
  it('follows only paths of this site after sign-in', () => {
    expect(safeNextPath('/assets/int-urinary-rna-prostate-test')).toBe('/assets/int-urinary-rna-prostate-test');
    expect(safeNextPath('//evil.example/x')).toBeNull();
    expect(safeNextPath('https://evil.example')).toBeNull();
    expect(safeNextPath('/\\evil.example')).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });
});
