import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulkAssignResponse } from '../../src/server/schemas/cases-schemas';
import { BACKENDS } from '../store/store-backends';
import { PERSONS, findingId, signIn, startFixture, type Fixture } from './server-fixture';

/** POST /api/cases/assign: all the findings or none, within the caller's districts. */
const A_FINDINGS = [findingId('ASP-02', PERSONS.a1, '2024-Q4'), findingId('OUT-01', 'HH-A1', '2025-Q1')];
const A_OTHER = findingId('EDU-01', `990940003030/${PERSONS.a1}`, null);
const B_FINDING = findingId('BEN-01', PERSONS.b1, null);

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`bulk assign on ${backend.name}`, () => {
    let fx: Fixture;
    let officerAId: number;
    let officerBId: number;
    beforeAll(async () => {
      fx = await startFixture(backend, { loginAttemptsPerMinute: 1000 });
      officerAId = (await fx.store.users.findByLogin('officer-a'))?.id ?? 0;
      officerBId = (await fx.store.users.findByLogin('officer-b'))?.id ?? 0;
    });
    afterAll(async () => {
      await fx?.close();
    });

    const assign = async (who: 'analyst' | 'officerA', findingIds: string[], assigneeId: number) =>
      fx.app.inject({
        method: 'POST',
        url: '/api/cases/assign',
        headers: (await signIn(fx.app, who)).headers,
        payload: { findingIds, assigneeId },
      });

    it('opens the cases where needed and assigns them all', async () => {
      const response = await assign('analyst', A_FINDINGS, officerAId);
      expect(response.statusCode, response.body).toBe(200);
      const { items } = response.json<BulkAssignResponse>();
      expect(items.map((c) => [c.findingId, c.assigneeLogin])).toEqual(
        A_FINDINGS.map((id) => [id, 'officer-a']),
      );
      const audit = await fx.store.audit.page({}, 0, 200);
      expect(audit.items.filter((e) => e.action === 'case.assign')).toHaveLength(2);
    });

    it('refuses the whole request when one finding is outside the districts', async () => {
      const response = await assign('officerA', [A_OTHER, B_FINDING], officerAId);
      expect([response.statusCode, response.json().code]).toEqual([404, 'BZ_SERVER_NOT_FOUND']);
      expect((await fx.store.cases.findByFindingIds([A_OTHER, B_FINDING])).size).toBe(0);
    });

    it('refuses an assignee who cannot work in the district', async () => {
      const response = await assign('analyst', [A_OTHER], officerBId);
      expect([response.statusCode, response.json().code]).toEqual([400, 'BZ_SERVER_BAD_REQUEST']);
      expect((await fx.store.cases.findByFindingIds([A_OTHER])).size).toBe(0);
    });
  });
}
