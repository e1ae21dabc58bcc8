import { describe, expect, test } from 'vitest';
import { mapLimited } from '../../src/lib/concurrency';

describe('mapLimited', () => {
  test('keeps the items’ order whatever order the tasks end in, and never runs more than the limit', async () => {
    let running = 0;
    let most = 0;
    const delays = [30, 5, 20, 1, 10, 0, 15];
    const results = await mapLimited(delays, 3, async (delay) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running--;
      return delay * 2;
    });
    expect(results).toEqual(delays.map((delay) => delay * 2));
    expect(most).toBe(3);
  });

  test('returns an empty list for no items', async () => {
    expect(await mapLimited([], 4, () => Promise.resolve(1))).toEqual([]);
  });
});
