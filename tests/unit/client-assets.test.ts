import { describe, expect, test } from 'vitest';
import { keptPagesMayBeStale } from '../../src/lib/client-assets';

describe('keptPagesMayBeStale', () => {
  test('keeps pages when every file of the previous client bundle is still written', () => {
    expect(keptPagesMayBeStale(['_astro/kit.A1.js', '_astro/style.B2.css'], ['_astro/kit.A1.js', '_astro/style.B2.css'])).toBe(false);
    // A new script alone cannot make an older page wrong: the pages that load it are rendered anew.
    expect(keptPagesMayBeStale(['_astro/kit.A1.js'], ['_astro/kit.A1.js', '_astro/copy.C3.js'])).toBe(false);
  });

  test('renders every page again when a file was renamed or removed, or the previous list is unknown', () => {
    expect(keptPagesMayBeStale(['_astro/kit.A1.js'], ['_astro/kit.Z9.js'])).toBe(true);
    expect(keptPagesMayBeStale(['_astro/kit.A1.js', '_astro/shared.D4.js'], ['_astro/kit.A1.js'])).toBe(true);
    expect(keptPagesMayBeStale(undefined, ['_astro/kit.A1.js'])).toBe(true);
  });
});
