import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../../../src/server/schemas/dashboard-schemas';
import { familiesOf, familyMatrix, forDistrict, isGap, reportedVsComputed, totals } from './dashboard-model';

const data: Dashboard = {
  runId: 'r2',
  districts: [
    {
      district: 'ALM-AUEZOV',
      findings: 5,
      amountKzt: 1000,
      byFamily: [
        { family: 'ASP', findings: 3, amountKzt: 900 },
        { family: 'REG', findings: 2, amountKzt: 100 },
      ],
    },
    {
      district: 'ALM-MEDEU',
      findings: 4,
      amountKzt: 5000,
      byFamily: [{ family: 'EDU', findings: 4, amountKzt: 5000 }],
    },
  ],
  indicators: [
    {
      runId: 'r2',
      asOf: null,
      district: 'ALM-AUEZOV',
      indicator: 'osms_insured',
      period: '2025-Q1',
      computed: 100,
      reported: 120,
      gapPct: 20,
    },
    {
      runId: 'r2',
      asOf: null,
      district: 'ALM-MEDEU',
      indicator: 'osms_insured',
      period: '2025-Q1',
      computed: 100,
      reported: 103,
      gapPct: 3,
    },
    {
      runId: 'r1',
      asOf: null,
      district: 'ALM-MEDEU',
      indicator: 'osms_insured',
      period: '2024-Q4',
      computed: 100,
      reported: 200,
      gapPct: 100,
    },
    {
      runId: 'r2',
      asOf: null,
      district: 'ALM-MEDEU',
      indicator: 'population',
      period: '2025-Q1',
      computed: 100,
      reported: null,
      gapPct: null,
    },
  ],
  trends: [],
  coverage: [],
};

describe('dashboard model', () => {
  it('orders families by money at stake', () => {
    expect(familiesOf(data)).toEqual(['EDU', 'ASP', 'REG']);
  });
  it('builds the district × family matrix with zeros', () => {
    expect(familyMatrix(data, ['EDU', 'ASP'], 'findings')).toEqual([
      [0, 4],
      [3, 0],
    ]);
  });
  it('sums totals and restricts to a district', () => {
    expect(totals(data)).toEqual({ findings: 9, amountKzt: 6000 });
    expect(totals(forDistrict(data, 'ALM-MEDEU'))).toEqual({ findings: 4, amountKzt: 5000 });
  });
  it('highlights gaps above 5 % and lists the current run only, gaps first', () => {
    expect(isGap({ gapPct: 20 })).toBe(true);
    expect(isGap({ gapPct: -5 })).toBe(false);
    expect(reportedVsComputed(data).map((r) => r.gapPct)).toEqual([20, 3]);
  });
});
