import { describe, expect, it } from 'vitest';
import { parseEuros, parseRate } from './agreement-labels';

describe('amounts as the office types them', () => {
  it('reads euros written the English or the Italian way, in cents', () => {
    expect(parseEuros('25000')).toBe(2_500_000);
    expect(parseEuros('25.000')).toBe(2_500_000);
    expect(parseEuros('25,000.50')).toBe(2_500_050);
    expect(parseEuros('25.000,5')).toBe(2_500_050);
    expect(parseEuros('€ 1 000')).toBe(100_000);
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('abc')).toBeNull();
  });

  it('reads a royalty rate in per cent as basis points', () => {
    expect(parseRate('3.5')).toBe(350);
    expect(parseRate('3,5 %')).toBe(350);
    expect(parseRate('12.345')).toBeNull();
  });
});
