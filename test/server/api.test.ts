import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingDetail, FindingsPage } from '../../src/server/schemas/findings-schemas';
import type { PersonCard } from '../../src/server/schemas/persons-schemas';
import type { Dashboard } from '../../src/server/schemas/dashboard-schemas';
import type { OutreachPage } from '../../src/server/schemas/outreach-schemas';
import type { RunsResponse } from '../../src/server/schemas/findings-schemas';
import { BACKENDS } from '../store/store-backends';
import {
  DISTRICT_A,
  DISTRICT_B,
  FINDINGS_R1,
  FINDINGS_R2,
  PERSONS,
  findingId,
  signIn,
  startFixture,
  type Fixture,
} from './server-fixture';

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`API on ${backend.name}`, () => {
    let fx: Fixture;
    beforeAll(async () => {
      fx = await startFixture(backend, { loginAttemptsPerMinute: 1000 });
    });
    afterAll(async () => {
      await fx?.close();
    });

    it('answers health without a session and 401 elsewhere without one', async () => {
      const health = await fx.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.json()).toMatchObject({
        status: 'ok',
        store: backend.name,
        workspace: true,
        latestRunId: 'r2',
      });
      const anonymous = await fx.app.inject({ method: 'GET', url: '/api/findings' });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ code: 'BZ_SERVER_UNAUTHENTICATED' });
      expect(anonymous.json().fix).toMatch(/\S/);
    });

    it('rejects wrong passwords and sets an HttpOnly SameSite=Strict expiring cookie', async () => {
      const bad = await fx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'analyst', password: 'nope' },
      });
      expect(bad.statusCode).toBe(401);
      expect(bad.json().code).toBe('BZ_SERVER_BAD_CREDENTIALS');
      const good = await fx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'analyst', password: 'analyst-pass-1' },
      });
      const cookie = good.cookies.find((c) => c.name === 'bz_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
      expect(cookie?.expires).toBeInstanceOf(Date);
    });

    it('requires the CSRF token on state-changing requests', async () => {
      const s = await signIn(fx.app, 'analyst');
      const withoutToken = await fx.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { cookie: s.headers.cookie as string },
        payload: { findingId: findingId('ASP-02', PERSONS.a1, '2024-Q4') },
      });
      expect(withoutToken.statusCode).toBe(403);
      expect(withoutToken.json().code).toBe('BZ_SERVER_CSRF');
    });

    it('lists findings of the latest run with new/persisting/resolved against the previous run', async () => {
      const s = await signIn(fx.app, 'analyst');
      const page = (
        await fx.app.inject({
          method: 'GET',
          url: '/api/findings?limit=2&sort=amount&order=desc',
          headers: s.headers,
        })
      ).json<FindingsPage>();
      expect(page.runId).toBe('r2');
      expect(page.total).toBe(FINDINGS_R2.length);
      expect(page.items.map((i) => i.amountKzt)).toEqual([7000, 1000]);
      expect(page.totalAmountKzt).toBe(7000 + 1000 + 250);
      const byId = async (status: string) =>
        (
          await fx.app.inject({
            method: 'GET',
            url: `/api/findings?status=${status}&limit=50`,
            headers: s.headers,
          })
        )
          .json<FindingsPage>()
          .items.map((i) => i.ruleId)
          .sort();
      expect(await byId('new')).toEqual(['BEN-01', 'EDU-01', 'OUT-01']);
      expect(await byId('persisting')).toEqual(['ASP-02', 'OSMS-03']);
      expect(await byId('resolved')).toEqual(['HLT-01']);
      const filtered = (
        await fx.app.inject({
          method: 'GET',
          url: `/api/findings?district=${DISTRICT_A}&minAmount=300&family=ASP`,
          headers: s.headers,
        })
      ).json<FindingsPage>();
      expect(filtered.items.map((i) => i.ruleId)).toEqual(['ASP-02']);
      const r1 = (
        await fx.app.inject({ method: 'GET', url: '/api/findings?runId=r1', headers: s.headers })
      ).json<FindingsPage>();
      expect(r1.total).toBe(FINDINGS_R1.length);
      expect(r1.items.every((i) => i.status === 'new')).toBe(true);
      const bad = await fx.app.inject({
        method: 'GET',
        url: '/api/findings?limit=100000',
        headers: s.headers,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().code).toBe('BZ_SERVER_BAD_REQUEST');
    });

    it('serves a finding with evidence and the rule id', async () => {
      const s = await signIn(fx.app, 'analyst');
      const id = findingId('BEN-01', PERSONS.b1, null);
      const detail = (
        await fx.app.inject({ method: 'GET', url: `/api/findings/${id}`, headers: s.headers })
      ).json<FindingDetail>();
      expect(detail).toMatchObject({
        findingId: id,
        ruleId: 'BEN-01',
        status: 'new',
        amountKzt: 7000,
        rule: { id: 'BEN-01', family: 'BEN' },
      });
      expect(detail.evidence).toMatchObject({ subject: PERSONS.b1 });
    });

    it('builds the person card side by side per registry with the findings on the person', async () => {
      const s = await signIn(fx.app, 'analyst');
      const card = (
        await fx.app.inject({ method: 'GET', url: `/api/persons/${PERSONS.a1}`, headers: s.headers })
      ).json<PersonCard>();
      expect(card.population).toMatchObject({
        iin: PERSONS.a1,
        last_name: 'Ахметов',
        district: DISTRICT_A,
        birth_date: '1985-03-04',
      });
      const contributions = card.registries.find((r) => r.registry === 'contributions');
      expect(contributions?.rows[0]).toMatchObject({ period: '2025-01', income_kzt: 250000.5 });
      // a1 is also the doctor of a2's service: shown with the column it matched.
      expect(card.registries.find((r) => r.registry === 'medical_services')?.matchedColumns).toEqual([
        'doctor_iin',
      ]);
      expect(card.findings.map((f) => f.ruleId).sort()).toEqual(['ASP-02', 'EDU-01']);
      const unknown = await fx.app.inject({
        method: 'GET',
        url: '/api/persons/901123300258',
        headers: s.headers,
      });
      expect(unknown.statusCode).toBe(404);
    });

    it('requires a purpose for personal data and takes one per request', async () => {
      const s = await signIn(fx.app, 'analyst', null);
      const refused = await fx.app.inject({
        method: 'GET',
        url: `/api/persons/${PERSONS.a1}`,
        headers: s.headers,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().code).toBe('BZ_SERVER_PURPOSE_REQUIRED');
      const allowed = await fx.app.inject({
        method: 'GET',
        url: `/api/persons/${PERSONS.a1}`,
        headers: { ...s.headers, 'x-access-purpose': encodeURIComponent('өтініш №42') },
      });
      expect(allowed.statusCode).toBe(200);
      const log = await fx.store.audit.page({ action: 'person.read', target: PERSONS.a1 }, 0, 100);
      expect(log.items.at(-1)?.purpose).toBe('өтініш №42');
    });

    it('gives viewers aggregates only', async () => {
      const s = await signIn(fx.app, 'viewer');
      const dash = await fx.app.inject({ method: 'GET', url: '/api/dashboard', headers: s.headers });
      expect(dash.statusCode).toBe(200);
      for (const url of [
        '/api/findings',
        `/api/persons/${PERSONS.a1}`,
        '/api/outreach/osms-03',
        '/api/exports/findings?format=csv',
        '/api/audit',
      ]) {
        const r = await fx.app.inject({ method: 'GET', url, headers: s.headers });
        expect(r.statusCode, url).toBe(403);
      }
    });

    it('summarises per district, indicators with gaps, trends and coverage', async () => {
      const s = await signIn(fx.app, 'analyst');
      const dash = (
        await fx.app.inject({ method: 'GET', url: '/api/dashboard', headers: s.headers })
      ).json<Dashboard>();
      const a = dash.districts.find((d) => d.district === DISTRICT_A);
      expect(a).toMatchObject({ findings: 3, amountKzt: 1250 });
      expect(a?.byFamily.map((f) => f.family).sort()).toEqual(['ASP', 'EDU', 'OUT']);
      expect(dash.trends.map((t) => [t.runId, t.findings])).toEqual([
        ['r1', 3],
        ['r2', 5],
      ]);
      const gap = dash.indicators.find((i) => i.district === DISTRICT_A && i.indicator === 'population');
      expect(gap?.gapPct).toBeCloseTo(50);
      expect(dash.coverage.find((c) => c.district === DISTRICT_A)).toMatchObject({
        population: 2,
        osmsCoveragePct: 50,
      });
    });

    it('serves outreach lists including persons without a PHC visit in 2 years', async () => {
      const s = await signIn(fx.app, 'analyst');
      const noVisit = (
        await fx.app.inject({ method: 'GET', url: '/api/outreach/no-phc-visit', headers: s.headers })
      ).json<OutreachPage>();
      expect(noVisit.items.map((i) => i.subjectId).sort()).toEqual([PERSONS.a1, PERSONS.b1].sort());
      const osms = (
        await fx.app.inject({
          method: 'GET',
          url: `/api/outreach/osms-03?district=${DISTRICT_B}`,
          headers: s.headers,
        })
      ).json<OutreachPage>();
      expect(osms.items.map((i) => i.subjectId)).toEqual([PERSONS.b1]);
      const runs = (
        await fx.app.inject({ method: 'GET', url: '/api/runs', headers: s.headers })
      ).json<RunsResponse>();
      expect(runs.items[0]).toMatchObject({
        runId: 'r2',
        previousRunId: 'r1',
        newCount: 3,
        persistingCount: 2,
        resolvedCount: 1,
      });
    });
  });
}

describe('sign-in rate limit and the web app', () => {
  let fx: Fixture;
  const webDist = mkdtempSync(join(tmpdir(), 'bz-web-'));
  beforeAll(async () => {
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Birtizim</title>');
    writeFileSync(join(webDist, 'app.js'), 'console.log(1)');
    fx = await startFixture(BACKENDS[0] as (typeof BACKENDS)[number], { loginAttemptsPerMinute: 3, webDist });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('answers 429 with BZ_SERVER_RATE_LIMITED after the allowed attempts', async () => {
    const attempt = () =>
      fx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'analyst', password: 'guess' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.json()).toMatchObject({ code: 'BZ_SERVER_RATE_LIMITED' });
    // Other routes are not limited.
    expect((await fx.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('serves the built web app with SPA fallback, never for /api paths', async () => {
    expect((await fx.app.inject({ method: 'GET', url: '/app.js' })).body).toBe('console.log(1)');
    const deepLink = await fx.app.inject({ method: 'GET', url: '/findings/abc?x=1' });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.body).toContain('<title>Birtizim</title>');
    const api = await fx.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(api.statusCode).toBe(401);
    expect(api.headers['content-type']).toMatch(/json/);
  });
});
