import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, RuleStatsResponse } from '../../src/server/schemas/cases-schemas';
import type { AuditPage } from '../../src/server/schemas/audit-schemas';
import type { FindingsPage } from '../../src/server/schemas/findings-schemas';
import { BACKENDS } from '../store/store-backends';
import { PERSONS, findingId, signIn, startFixture, type Fixture } from './server-fixture';

const ASP = findingId('ASP-02', PERSONS.a1, '2024-Q4');
const EDU = findingId('EDU-01', `990940003030/${PERSONS.a1}`, null);

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`cases and audit on ${backend.name}`, () => {
    let fx: Fixture;
    beforeAll(async () => {
      fx = await startFixture(backend, { loginAttemptsPerMinute: 1000 });
    });
    afterAll(async () => {
      await fx?.close();
    });

    it('runs a case from finding to decision, recovery and closing, with per-rule figures', async () => {
      const s = await signIn(fx.app, 'officerA');
      const post = (url: string, payload: object) =>
        fx.app.inject({ method: 'POST', url, headers: s.headers, payload });
      const opened = (await post('/api/cases', { findingId: ASP })).json<CaseDetail>();
      expect(opened.case).toMatchObject({
        findingId: ASP,
        status: 'open',
        amountKzt: 1000,
        lastSeenRunId: 'r2',
      });
      const id = opened.case.id;
      expect((await post('/api/cases', { findingId: ASP })).json<CaseDetail>().case.id).toBe(id);

      const assignees = (
        await fx.app.inject({ method: 'GET', url: '/api/users/assignees', headers: s.headers })
      ).json();
      const me = assignees.items.find((u: { login: string }) => u.login === 'officer-a');
      expect(assignees.items.map((u: { login: string }) => u.login)).not.toContain('officer-b');
      expect((await post(`/api/cases/${id}/assign`, { assigneeId: me.id })).statusCode).toBe(200);
      const officerB = (await fx.store.users.findByLogin('officer-b'))?.id;
      expect((await post(`/api/cases/${id}/assign`, { assigneeId: officerB as number })).statusCode).toBe(
        400,
      );
      await post(`/api/cases/${id}/comments`, { text: 'checked the death record' });
      expect((await post(`/api/cases/${id}/close`, {})).json().code).toBe('BZ_SERVER_CASE_STATE');
      expect((await post(`/api/cases/${id}/decision`, { decision: 'dismissed' })).statusCode).toBe(400);
      const decided = (
        await post(`/api/cases/${id}/decision`, {
          decision: 'confirmed',
          note: 'confirmed by registry office',
        })
      ).json<CaseDetail>();
      expect(decided.case).toMatchObject({ status: 'confirmed', amountConfirmedKzt: 1000 });
      await post(`/api/cases/${id}/recovery`, { amountRecoveredKzt: 400 });
      const closed = (await post(`/api/cases/${id}/close`, {})).json<CaseDetail>();
      expect(closed.case).toMatchObject({
        status: 'closed',
        amountRecoveredKzt: 400,
        assigneeLogin: 'officer-a',
      });
      expect(closed.events.map((e) => e.kind)).toEqual([
        'opened',
        'assigned',
        'commented',
        'decided',
        'recovered',
        'closed',
      ]);

      const edu = (await post('/api/cases', { findingId: EDU })).json<CaseDetail>().case.id;
      await post(`/api/cases/${edu}/decision`, { decision: 'dismissed', reason: 'data_error' });

      const list = (
        await fx.app.inject({ method: 'GET', url: '/api/findings?rule=ASP-02', headers: s.headers })
      ).json<FindingsPage>();
      expect(list.items[0]).toMatchObject({ caseId: id, caseStatus: 'closed' });
      const stats = (
        await fx.app.inject({ method: 'GET', url: '/api/cases/stats', headers: s.headers })
      ).json<RuleStatsResponse>();
      expect(stats.items.find((r) => r.ruleId === 'ASP-02')).toMatchObject({
        findings: 1,
        reviewed: 1,
        confirmed: 1,
        hitRate: 1,
        amountConfirmedKzt: 1000,
        amountRecoveredKzt: 400,
      });
      expect(stats.items.find((r) => r.ruleId === 'EDU-01')).toMatchObject({
        reviewed: 1,
        confirmed: 0,
        dismissed: 1,
        hitRate: 0,
      });
    });

    it('logs exactly the reads of a scripted session, with purposes, in a valid chain', async () => {
      const s = await signIn(fx.app, 'analyst', 'inspection 7');
      const since = (await fx.store.audit.page({}, 0, 1)).total;
      const script: { url: string; action: string; target: string; purpose: string }[] = [
        {
          url: `/api/persons/${PERSONS.a1}`,
          action: 'person.read',
          target: PERSONS.a1,
          purpose: 'inspection 7',
        },
        { url: `/api/findings/${ASP}`, action: 'finding.read', target: ASP, purpose: 'inspection 7' },
        { url: '/api/dashboard', action: '', target: '', purpose: '' },
        {
          url: `/api/persons/${PERSONS.b1}`,
          action: 'person.read',
          target: PERSONS.b1,
          purpose: 'complaint 12',
        },
        {
          url: '/api/exports/findings?format=csv&rule=ASP-02',
          action: 'export.findings',
          target: 'findings',
          purpose: 'inspection 7',
        },
        { url: '/api/indicators', action: '', target: '', purpose: '' },
      ];
      for (const step of script) {
        const headers =
          step.purpose === 'complaint 12' ? { ...s.headers, 'x-access-purpose': 'complaint 12' } : s.headers;
        expect((await fx.app.inject({ method: 'GET', url: step.url, headers })).statusCode, step.url).toBe(
          200,
        );
      }
      const log = await fx.store.audit.page({}, since, 100);
      expect(log.items.map((e) => [e.login, e.action, e.target, e.purpose])).toEqual(
        script.filter((s) => s.action !== '').map((s) => ['analyst', s.action, s.target, s.purpose]),
      );
      expect(await fx.store.audit.verify()).toMatchObject({ ok: true, brokenAt: null });
    });

    it('shows and exports the log to auditors only', async () => {
      const auditor = await signIn(fx.app, 'auditor', 'quarterly audit');
      const page = (
        await fx.app.inject({ method: 'GET', url: '/api/audit?action=person.read', headers: auditor.headers })
      ).json<AuditPage>();
      expect(page.total).toBeGreaterThanOrEqual(2);
      expect(page.items.every((e) => e.action === 'person.read')).toBe(true);
      const verify = await fx.app.inject({
        method: 'GET',
        url: '/api/audit/verify',
        headers: auditor.headers,
      });
      expect(verify.json()).toMatchObject({ ok: true });
      const csv = await fx.app.inject({
        method: 'GET',
        url: '/api/exports/audit?format=csv',
        headers: auditor.headers,
      });
      expect(csv.statusCode).toBe(200);
      expect(csv.body.split('\r\n')[0]).toBe(
        '\uFEFFseq,at,login,action,target,purpose,detail,prev_hash,hash',
      );
      expect(csv.body).toContain('person.read');
      const analyst = await signIn(fx.app, 'analyst');
      expect(
        (await fx.app.inject({ method: 'GET', url: '/api/audit', headers: analyst.headers })).statusCode,
      ).toBe(403);
      // Auditors are read-only.
      const write = await fx.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: auditor.headers,
        payload: { findingId: ASP },
      });
      expect(write.statusCode).toBe(403);
    });
  });
}
