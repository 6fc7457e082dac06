import { describe, expect, it } from 'vitest';
import { ariaSort, nextSort, offsetOfPage, pageInfo } from './table-state';

type Col = 'amount' | 'rule';
const DESC_FIRST = new Set<Col>(['amount']);

describe('nextSort', () => {
  it('starts a text column A→Z and an amount column biggest first', () => {
    expect(nextSort<Col>({ sort: undefined, order: undefined }, 'rule', DESC_FIRST)).toEqual({
      sort: 'rule',
      order: 'asc',
    });
    expect(nextSort<Col>({ sort: 'rule', order: 'asc' }, 'amount', DESC_FIRST)).toEqual({
      sort: 'amount',
      order: 'desc',
    });
  });
  it('flips on the second click and resets on the third', () => {
    const once = nextSort<Col>({ sort: undefined, order: undefined }, 'amount', DESC_FIRST);
    const twice = nextSort(once, 'amount', DESC_FIRST);
    expect(twice).toEqual({ sort: 'amount', order: 'asc' });
    expect(nextSort(twice, 'amount', DESC_FIRST)).toEqual({ sort: undefined, order: undefined });
  });
  it('reports aria-sort', () => {
    expect(ariaSort<Col>({ sort: 'amount', order: 'desc' }, 'amount')).toBe('descending');
    expect(ariaSort<Col>({ sort: 'amount', order: 'desc' }, 'rule')).toBe('none');
  });
});

describe('paging', () => {
  it('describes the rows shown', () => {
    expect(pageInfo(0, 50, 120)).toEqual({
      page: 1,
      pages: 3,
      from: 1,
      to: 50,
      hasPrevious: false,
      hasNext: true,
    });
    expect(pageInfo(100, 50, 120)).toEqual({
      page: 3,
      pages: 3,
      from: 101,
      to: 120,
      hasPrevious: true,
      hasNext: false,
    });
  });
  it('handles an empty list', () => {
    expect(pageInfo(0, 50, 0)).toEqual({
      page: 1,
      pages: 1,
      from: 0,
      to: 0,
      hasPrevious: false,
      hasNext: false,
    });
  });
  it('clamps a page number to the pages that exist', () => {
    expect(offsetOfPage(3, 50, 120)).toBe(100);
    expect(offsetOfPage(99, 50, 120)).toBe(100);
    expect(offsetOfPage(0, 50, 120)).toBe(0);
  });
});
