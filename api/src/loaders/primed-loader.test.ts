import { describe, expect, it } from 'vitest';
import { PrimedLoader } from './primed-loader.js';

function loader() {
  const batches: number[][] = [];
  const instance = new PrimedLoader<number, string>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => `loaded ${key}`);
  });
  return { instance, batches };
}

describe('PrimedLoader', () => {
  it('gives a primed value at once, and loads the others', async () => {
    const { instance, batches } = loader();
    instance.prime(1, 'primed 1');
    expect(instance.loadPrimed(1)).toBe('primed 1');
    expect(await instance.load(1)).toBe('primed 1');
    const other = instance.loadPrimed(2);
    expect(other).toBeInstanceOf(Promise);
    expect(await other).toBe('loaded 2');
    expect(batches).toEqual([[2]]);
  });

  it('keeps the first value a key gets, as DataLoader does', async () => {
    const { instance } = loader();
    instance.prime(1, 'first').prime(1, 'second');
    expect(instance.loadPrimed(1)).toBe('first');
    const loading = instance.load(2);
    instance.prime(2, 'primed after a load');
    expect(await loading).toBe('loaded 2');
    expect(await instance.loadPrimed(2)).toBe('loaded 2');
  });

  it('forgets what is cleared', async () => {
    const { instance } = loader();
    instance.prime(1, 'primed 1').prime(2, 'primed 2');
    instance.clear(1);
    expect(await instance.loadPrimed(1)).toBe('loaded 1');
    instance.clearAll();
    expect(await instance.loadPrimed(2)).toBe('loaded 2');
    instance.prime(3, new Error('no such row'));
    await expect(instance.loadPrimed(3)).rejects.toThrow('no such row');
  });
});
