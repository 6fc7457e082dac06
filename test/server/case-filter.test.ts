import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../src/server/schemas/cases-schemas';
import type { FindingsPage } from '../../src/server/schemas/findings-schemas';
import { BACKENDS } from '../store/store-backends';
import { PERSONS, findingId, signIn, startFixture, type Fixture, type Session } from './server-fixture';

/**
 * GET /api/findings?caseStatus=...: the list (and its export) by the state of each finding's
 * case, `none` for no case, several states at once; totals count what is listed, within
 * the reader's districts, and follow case changes at once.
 */
const ASP = findingId('ASP-02', PERSONS.a1, '2024-Q4'); // A, 1000
const EDU = findingId('EDU-01', `990940003030/${PERSONS.a1}`, null); // A, 250
const OUT = findingId('OUT-01', 'HH-A1', '2025-Q1'); // A, no amount
const BEN = findingId('BEN-01', PERSONS.b1, null); // B, 7000
const OSMS = findingId('OSMS-03', PERSONS.b1, null); // B, no amount

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`findings by case status on ${backend.name}`, () => {
    let fx: Fixture;
    let analyst: Session;
    let officerA: Session;

    const list = async (s: Session, query: string) => {
      const response = await fx.app.inject({
        method: 'GET',
        url: `/api/findings?${query}`,
        headers: s.headers,
      });
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<FindingsPage>();
      return {
        total: page.total,
        amount: page.totalAmountKzt,
        ids: page.items.map((f) => f.findingId).sort(),
        states: page.items.map((f) => f.caseStatus),
      };
    };
    const post = (s: Session, url: string, payload: object) =>
      fx.app.inject({ method: 'POST', url, headers: s.headers, payload });

    beforeAll(async () => {
      fx = await startFixture(backend, { loginAttemptsPerMinute: 1000 });
      analyst = await signIn(fx.app, 'analyst');
      officerA = await signIn(fx.app, 'officerA');
      // A's ASP-02 confirmed, B's BEN-01 open; the other three findings have no case.
      const asp = (await post(analyst, '/api/cases', { findingId: ASP })).json<CaseDetail>().case.id;
      expect((await post(analyst, `/api/cases/${asp}/decision`, { decision: 'confirmed' })).statusCode).toBe(
        200,
      );
      expect((await post(analyst, '/api/cases', { findingId: BEN })).statusCode).toBe(200);
    });
    afterAll(async () => {
      await fx?.close();
    });

    it('lists findings without a case, with a case in some states, or both', async () => {
      expect(await list(analyst, 'caseStatus=none')).toEqual({
        total: 3,
        amount: 250,
        ids: [EDU, OSMS, OUT].sort(),
        states: [null, null, null],
      });
      expect(await list(analyst, 'caseStatus=open')).toMatchObject({ total: 1, amount: 7000, ids: [BEN] });
      expect(await list(analyst, 'caseStatus=confirmed,open')).toMatchObject({
        total: 2,
        amount: 8000,
        ids: [ASP, BEN].sort(),
      });
      expect(await list(analyst, 'caseStatus=none,confirmed&sort=amount&order=asc')).toMatchObject({
        total: 4,
        amount: 1250,
      });
      expect(await list(analyst, 'caseStatus=dismissed')).toEqual({
        total: 0,
        amount: 0,
        ids: [],
        states: [],
      });
      // With the other filters and paging.
      expect(await list(analyst, 'caseStatus=none&district=ALM-AUEZOV&limit=1')).toMatchObject({
        total: 2,
        amount: 250,
        ids: [EDU],
      });
    });

    it('keeps a district officer to their districts, in rows and totals', async () => {
      expect(await list(officerA, 'caseStatus=open')).toEqual({ total: 0, amount: 0, ids: [], states: [] });
      expect(await list(officerA, 'caseStatus=none')).toMatchObject({
        total: 2,
        amount: 250,
        ids: [EDU, OUT].sort(),
      });
      expect(await list(officerA, 'caseStatus=open,confirmed,none')).toMatchObject({
        total: 3,
        amount: 1250,
        ids: [ASP, EDU, OUT].sort(),
      });
      expect(await list(officerA, 'caseStatus=open&district=ALM-BOSTANDYK')).toMatchObject({
        total: 0,
        ids: [],
      });
    });

    it('follows case changes at once, totals included', async () => {
      const asp = (await post(analyst, '/api/cases', { findingId: ASP })).json<CaseDetail>().case.id;
      expect((await list(analyst, 'caseStatus=closed')).total).toBe(0);
      expect((await post(analyst, `/api/cases/${asp}/close`, {})).statusCode).toBe(200);
      expect(await list(analyst, 'caseStatus=closed')).toMatchObject({
        total: 1,
        amount: 1000,
        states: ['closed'],
      });
      expect((await list(analyst, 'caseStatus=confirmed')).total).toBe(0);
      expect((await post(analyst, '/api/cases', { findingId: OSMS })).statusCode).toBe(200);
      expect((await list(analyst, 'caseStatus=none')).ids).toEqual([EDU, OUT].sort());
    });

    it('refuses unknown states with 400', async () => {
      for (const bad of ['assigned', 'open,,none', 'OPEN', '']) {
        const response = await fx.app.inject({
          method: 'GET',
          url: `/api/findings?caseStatus=${bad}`,
          headers: analyst.headers,
        });
        expect(response.statusCode, bad).toBe(400);
      }
    });

    it('logs the case filter with the list read, and exports the same rows', async () => {
      const since = (await fx.store.audit.page({}, 0, 1)).total;
      await list(officerA, 'caseStatus=none');
      const log = await fx.store.audit.page({}, since, 10);
      expect(log.items.map((e) => [e.action, e.detail])).toEqual([
        ['findings.list', expect.objectContaining({ filter: { caseStatus: 'none' }, returned: 2 })],
      ]);
      const csv = await fx.app.inject({
        method: 'GET',
        url: '/api/exports/findings?format=csv&caseStatus=none',
        headers: officerA.headers,
      });
      expect(csv.statusCode).toBe(200);
      const rows = csv.body.trim().split('\r\n').slice(1);
      expect(rows.map((r) => r.split(',')[0]).sort()).toEqual([EDU, OUT].sort());
      const bad = await fx.app.inject({
        method: 'GET',
        url: '/api/exports/findings?format=csv&caseStatus=maybe',
        headers: officerA.headers,
      });
      expect(bad.statusCode).toBe(400);
    });
  });
}
