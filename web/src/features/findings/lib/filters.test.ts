import { describe, expect, it } from 'vitest';
import { filtersFromSearch, filtersToSearch, withFilter } from './filters';

describe('findings filters and the URL', () => {
  it('reads filters, sort and page from the query string', () => {
    const query = filtersFromSearch(
      new URLSearchParams(
        'district=ALM-AUEZOV&family=asp&severity=high&status=new&minAmount=1 000&sort=amount&order=desc&offset=100&limit=25',
      ),
    );
    expect(query).toMatchObject({
      district: 'ALM-AUEZOV',
      family: 'ASP',
      severity: 'high',
      status: 'new',
      minAmount: 1000,
      sort: 'amount',
      order: 'desc',
      offset: 100,
      limit: 25,
    });
  });
  it('drops values the API would reject', () => {
    const query = filtersFromSearch(
      new URLSearchParams('severity=huge&status=x&sort=name&limit=100000&offset=-5&minAmount=abc'),
    );
    expect(query.severity).toBeUndefined();
    expect(query.status).toBeUndefined();
    expect(query.sort).toBeUndefined();
    expect(query.minAmount).toBeUndefined();
    expect(query.limit).toBe(500);
    expect(query.offset).toBe(0);
  });
  it('writes only what differs from the defaults, in a stable order', () => {
    const search = filtersToSearch({
      district: 'ALM-MEDEU',
      rule: 'ASP-01',
      offset: 0,
      limit: 50,
      sort: 'amount',
    });
    expect(search.toString()).toBe('rule=ASP-01&district=ALM-MEDEU&sort=amount');
  });
  it('round-trips', () => {
    const text =
      'rule=OSMS-01&district=ALM-ALMALY&status=persisting&maxAmount=5000&sort=district&order=asc&offset=50';
    expect(filtersToSearch(filtersFromSearch(new URLSearchParams(text))).toString()).toBe(text);
  });
  it('reads one or several case states, keeping the known ones in their usual order', () => {
    const read = (v: string) => filtersFromSearch(new URLSearchParams({ caseStatus: v })).caseStatus;
    expect(read('open')).toBe('open');
    expect(read('open,none,bogus,open')).toBe('none,open');
    expect(read('assigned')).toBeUndefined();
    expect(filtersToSearch({ status: 'new', caseStatus: 'none', sort: 'amount' }).toString()).toBe(
      'status=new&caseStatus=none&sort=amount',
    );
  });
  it('goes back to the first page when a filter changes, not when the page does', () => {
    const base = filtersFromSearch(new URLSearchParams('offset=150'));
    expect(withFilter(base, { district: 'ALM-MEDEU' }).offset).toBe(0);
    expect(withFilter(base, { offset: 200 }).offset).toBe(200);
  });
});
