import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingsPage } from '../../src/server/schemas/findings-schemas';
import { BACKENDS } from '../store/store-backends';
import { DISTRICT_A, DISTRICT_B, signIn, startFixture, type Fixture, type UserKey } from './server-fixture';

/**
 * The default list (amount, largest first) is paged by the positions stored in
 * `_listed_findings`; any other filter sorts at the request. Both must give the same rows
 * in the same order, page by page, within the user's scope.
 */
for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`list paging on ${backend.name}`, () => {
    let fx: Fixture;
    beforeAll(async () => {
      fx = await startFixture(backend, { loginAttemptsPerMinute: 1000 });
    });
    afterAll(async () => {
      await fx?.close();
    });

    const walk = async (headers: Record<string, string>, query: string, limit: number) => {
      const ids: string[] = [];
      for (let offset = 0; offset < 20; offset += limit) {
        const page = (
          await fx.app.inject({
            method: 'GET',
            url: `/api/findings?limit=${limit}&offset=${offset}${query}`,
            headers,
          })
        ).json<FindingsPage>();
        ids.push(...page.items.map((i) => `${i.findingId}:${i.status}`));
      }
      return ids;
    };

    const cases: readonly [UserKey, string][] = [
      ['analyst', ''],
      ['analyst', '&runId=r1'],
      ['analyst', `&district=${DISTRICT_A}`],
      ['officerA', ''],
      ['officerA', `&district=${DISTRICT_A}`],
      ['officerA', `&district=${DISTRICT_B}`],
    ];
    for (const [who, query] of cases) {
      it(`pages ${who} ${query || '(no filter)'} as the sorted list does`, async () => {
        const s = await signIn(fx.app, who);
        // An empty subject prefix filters nothing but takes the sorting path.
        const sorted = await walk(s.headers, `${query}&subject=`, 50);
        for (const limit of [1, 2, 3]) expect(await walk(s.headers, query, limit)).toEqual(sorted);
        if (who === 'officerA' && query.includes(DISTRICT_B)) expect(sorted).toEqual([]);
        else expect(sorted.length).toBeGreaterThan(0);
      });
    }
  });
}
