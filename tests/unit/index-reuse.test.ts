import { describe, expect, test } from 'vitest';
import { canReuseIndex, type IndexRecord } from '../../src/lib/index-reuse';

const record: IndexRecord = { version: 'v1', pages: ['pratiques/a/index.html', 'pratiques/b/index.html'] };
const nothing = { removed: [], writtenForIndex: [] };

describe('canReuseIndex', () => {
  test('reuses the index when no indexed page changed', () => {
    expect(canReuseIndex(record, 'v1', nothing)).toBe(true);
    // A listing page (not indexed) removed or rewritten changes nothing the index read.
    expect(canReuseIndex(record, 'v1', { removed: ['themes/x/index.html'], writtenForIndex: [] })).toBe(true);
  });

  test('indexes again after a build that wrote no record, or with another indexer', () => {
    expect(canReuseIndex(undefined, 'v1', nothing)).toBe(false);
    expect(canReuseIndex(record, 'v2', nothing)).toBe(false);
  });

  test('indexes again when an indexed page is removed or a page for the index is written', () => {
    expect(canReuseIndex(record, 'v1', { removed: ['pratiques/b/index.html'], writtenForIndex: [] })).toBe(false);
    expect(canReuseIndex(record, 'v1', { removed: [], writtenForIndex: ['pratiques/c/index.html'] })).toBe(false);
  });
});
