import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../store/store-backends';
import {
  B_SECRET_NAME,
  DISTRICT_B,
  PERSONS,
  findingId,
  signIn,
  startFixture,
  type Fixture,
} from './server-fixture';

/**
 * District scoping, walked over EVERY registered route: an officer of district A asks for
 * district B's finding, person, case, lists and exports, and must learn nothing. The route
 * list comes from the app itself (onRoute), so a new route cannot escape the walk.
 */
const B_FINDING = findingId('BEN-01', PERSONS.b1, null);
const B_FINDING_2 = findingId('OSMS-03', PERSONS.b1, null);

/** Values for path parameters: all point at district B's data. */
function fillPath(url: string, bCaseId: number): string[] {
  return [
    url
      .replace(':findingId', B_FINDING)
      .replace(':iin', PERSONS.b1)
      .replace(':caseId', String(bCaseId))
      .replace(':jobId', '00000000-0000-0000-0000-000000000000'),
  ].flatMap((u) =>
    u.includes(':list')
      ? ['findings', 'out-01', 'osms-03', 'no-phc-visit', 'indicators', 'audit', 'cases'].map((l) =>
          u.replace(':list', l),
        )
      : [u],
  );
}

/** Query strings that ask for B explicitly, and none. */
const QUERIES = [
  '',
  `?district=${DISTRICT_B}&format=csv`,
  `?q=${encodeURIComponent(B_SECRET_NAME.slice(0, 4))}&format=xlsx`,
  `?q=${PERSONS.b1.slice(0, 6)}&subject=${PERSONS.b1}&format=csv`,
  `?district=${DISTRICT_B}&caseStatus=none,open,confirmed,dismissed,closed&format=xlsx`,
];

const BODIES: Record<string, unknown> = {
  '/api/cases': { findingId: B_FINDING_2 },
  '/api/cases/:caseId/assign': { assigneeId: 1 },
  '/api/cases/:caseId/comments': { text: 'leak?' },
  '/api/cases/:caseId/decision': { decision: 'confirmed' },
  '/api/cases/:caseId/recovery': { amountRecoveredKzt: 1 },
  '/api/cases/assign': { findingIds: [B_FINDING, B_FINDING_2], assigneeId: 1 },
  '/api/header-mappings': { registry: 'population', header: 'leak?', column: 'ignore' },
};

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`district scoping on ${backend.name}`, () => {
    let fx: Fixture;
    let bCaseId: number;
    beforeAll(async () => {
      fx = await startFixture(backend, { loginAttemptsPerMinute: 1000 });
      const officerB = await signIn(fx.app, 'officerB');
      const opened = await fx.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: officerB.headers,
        payload: { findingId: B_FINDING },
      });
      expect(opened.statusCode).toBe(200);
      bCaseId = opened.json().case.id;
    });
    afterAll(async () => {
      await fx?.close();
    });

    it('every route keeps district B away from an officer of district A', async () => {
      const officerA = await signIn(fx.app, 'officerA');
      const secrets = [PERSONS.b1, B_FINDING, B_FINDING_2, B_SECRET_NAME, '7000'];
      const apiRoutes = fx.routes.filter((r) => r.url.startsWith('/api/') && r.url !== '/api/auth/logout');
      expect(apiRoutes.length).toBeGreaterThan(20);
      let requests = 0;
      for (const route of apiRoutes) {
        const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter(
          (m) => m !== 'HEAD',
        );
        for (const method of methods) {
          for (const path of fillPath(route.url, bCaseId)) {
            for (const query of QUERIES) {
              const response = await fx.app.inject({
                method: method as 'GET',
                url: `${path}${query}`,
                headers: officerA.headers,
                ...(method === 'GET'
                  ? {}
                  : { payload: (BODIES[route.url] ?? {}) as Record<string, unknown> }),
              });
              requests++;
              const where = `${method} ${path}${query} -> ${response.statusCode}`;
              if (response.statusCode >= 400) {
                // An error may echo the id the caller sent, nothing else: no data about it.
                expect(Object.keys(response.json()).sort(), where).toEqual(['code', 'fix', 'message']);
                for (const secret of [B_SECRET_NAME, '7000', PERSONS.b1]) {
                  if (!`${path}${query}`.includes(secret)) expect(response.body, where).not.toContain(secret);
                }
              } else {
                for (const secret of secrets) expect(response.body, where).not.toContain(secret);
              }
              if (method !== 'GET') expect(response.statusCode, where).toBeGreaterThanOrEqual(400);
            }
          }
        }
      }
      expect(requests).toBeGreaterThan(100);
      // Nothing the walk POSTed changed B's case.
      const officerB = await signIn(fx.app, 'officerB');
      const bCase = (
        await fx.app.inject({ method: 'GET', url: `/api/cases/${bCaseId}`, headers: officerB.headers })
      ).json();
      expect(bCase.case.status).toBe('open');
      expect(bCase.events.map((e: { kind: string }) => e.kind)).toEqual(['opened']);
    });

    it('lets the officer of district B see the same data (the walk is not vacuous)', async () => {
      const officerB = await signIn(fx.app, 'officerB');
      const card = await fx.app.inject({
        method: 'GET',
        url: `/api/persons/${PERSONS.b1}`,
        headers: officerB.headers,
      });
      expect(card.body).toContain(B_SECRET_NAME);
      const list = await fx.app.inject({ method: 'GET', url: '/api/findings', headers: officerB.headers });
      expect(list.body).toContain(B_FINDING);
      const csv = await fx.app.inject({
        method: 'GET',
        url: '/api/exports/findings?format=csv',
        headers: officerB.headers,
      });
      expect(csv.body).toContain(PERSONS.b1);
    });

    it("counts only the officer's districts", async () => {
      const officerA = await signIn(fx.app, 'officerA');
      const runs = (
        await fx.app.inject({ method: 'GET', url: '/api/runs', headers: officerA.headers })
      ).json();
      expect(runs.items[0]).toMatchObject({
        runId: 'r2',
        findings: 3,
        newCount: 2,
        persistingCount: 1,
        resolvedCount: 1,
      });
      const dash = (
        await fx.app.inject({ method: 'GET', url: '/api/dashboard', headers: officerA.headers })
      ).json();
      expect(dash.districts.map((d: { district: string }) => d.district)).toEqual(['ALM-AUEZOV']);
      expect(dash.trends.map((t: { findings: number }) => t.findings)).toEqual([2, 3]);
      const stats = (
        await fx.app.inject({ method: 'GET', url: '/api/cases/stats', headers: officerA.headers })
      ).json();
      expect(stats.items.map((r: { ruleId: string }) => r.ruleId)).not.toContain('BEN-01');
    });

    it('denies routes that declare no access, for every role', async () => {
      const undeclared = fx.routes.filter(
        (r) => r.url.startsWith('/api/') && !(r.config as { access?: string } | undefined)?.access,
      );
      expect(undeclared.map((r) => r.url)).toEqual([]);
    });
  });
}
