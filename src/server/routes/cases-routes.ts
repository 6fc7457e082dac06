import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FindingRef } from '../../cases/case-repository';
import { applyCaseAction, type CaseAction } from '../../cases/case-workflow';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { userScope } from '../access/access-policy';
import { accessPurpose, recordAccess } from '../audit-trail';
import { authOf } from '../plugins/auth-plugin';
import { findingDetail } from '../queries/findings-query';
import { resolveRun } from '../queries/runs-query';
import {
  AssignBodySchema,
  BulkAssignBodySchema,
  BulkAssignResponseSchema,
  type BulkAssignBody,
  type BulkAssignResponse,
  CaseDetailSchema,
  CaseParamsSchema,
  CasesPageSchema,
  CasesQuerySchema,
  CommentBodySchema,
  DecisionBodySchema,
  OpenCaseBodySchema,
  RecoveryBodySchema,
  RuleStatsResponseSchema,
  type CaseDetail,
  type DecisionBody,
  type CasesPage,
  type CasesQuery,
  type RuleStatsResponse,
} from '../schemas/cases-schemas';
import { ERROR_RESPONSES } from '../schemas/common-schemas';
import type { ServerContext } from '../server-context';
import type { SummaryRow } from '../queries/summary-row';

/** What a case keeps of the finding it is opened on. */
function findingRef(finding: SummaryRow, runId: string): FindingRef {
  return {
    findingId: finding.finding_id,
    ruleId: finding.rule_id,
    district: finding.district,
    subjectId: finding.subject_id,
    period: finding.period,
    amountKzt: finding.amount_kzt,
    runId,
  };
}

export function casesRoutes(context: ServerContext) {
  const { cases } = context.store;

  async function loadCase(request: FastifyRequest, caseId: number) {
    const found = await cases.find(caseId, userScope(authOf(request).user));
    if (!found) throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `case ${caseId}` });
    return found;
  }

  async function act(request: FastifyRequest, caseId: number, action: CaseAction): Promise<CaseDetail> {
    const purpose = accessPurpose(request);
    const { user } = authOf(request);
    const current = await loadCase(request, caseId);
    if (action.kind === 'assign') {
      const assignee = await context.store.users.findById(action.assigneeId);
      const allowed = await cases.assignees(current.district === null ? null : [current.district]);
      if (!assignee || !allowed.some((a) => a.id === assignee.id)) {
        throw new BirtizimError('BZ_SERVER_BAD_REQUEST', {
          detail: `user ${action.assigneeId} cannot work on cases of ${current.district}`,
        });
      }
    }
    await applyCaseAction(cases, current, user.id, action);
    const { kind, ...detail } = action;
    await recordAccess(
      context.store,
      request,
      `case.${kind}`,
      String(caseId),
      { findingId: current.findingId, ...detail },
      purpose,
    );
    return { case: await loadCase(request, caseId), events: await cases.events(caseId) };
  }

  return async (app: FastifyInstance) => {
    const detailResponse = { response: { 200: CaseDetailSchema, ...ERROR_RESPONSES } };
    type P = { Params: { caseId: number } };

    app.post<{ Body: { findingId: string } }>(
      '/api/cases',
      { config: { access: 'cases_write' }, schema: { body: OpenCaseBodySchema, ...detailResponse } },
      async (request): Promise<CaseDetail> => {
        const purpose = accessPurpose(request);
        const { user } = authOf(request);
        const run = await resolveRun(context.workspace);
        const finding = run
          ? await findingDetail(context.workspace, run, request.body.findingId, userScope(user))
          : null;
        if (!run || !finding || finding.status === 'resolved')
          throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `finding ${request.body.findingId}` });
        const opened = await cases.open(findingRef(finding, run.runId), user.id);
        if (opened.created)
          await recordAccess(
            context.store,
            request,
            'case.open',
            String(opened.case.id),
            { findingId: finding.finding_id },
            purpose,
          );
        return { case: opened.case, events: await cases.events(opened.case.id) };
      },
    );

    app.post<{ Body: BulkAssignBody }>(
      '/api/cases/assign',
      {
        config: { access: 'cases_write' },
        schema: {
          body: BulkAssignBodySchema,
          response: { 200: BulkAssignResponseSchema, ...ERROR_RESPONSES },
        },
      },
      async (request): Promise<BulkAssignResponse> => {
        const purpose = accessPurpose(request);
        const { user } = authOf(request);
        const scope = userScope(user);
        const { findingIds, assigneeId } = request.body;
        // Everything is checked before anything is written: all the findings or none.
        const run = await resolveRun(context.workspace);
        const findings = [];
        const missing: string[] = [];
        for (const id of findingIds) {
          const finding = run ? await findingDetail(context.workspace, run, id, scope) : null;
          if (!finding || finding.status === 'resolved') missing.push(id);
          else findings.push(finding);
        }
        if (!run || missing.length > 0)
          throw new BirtizimError('BZ_SERVER_NOT_FOUND', {
            what: `finding ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` (+${missing.length - 5})` : ''}`,
          });
        const assignee = await context.store.users.findById(assigneeId);
        for (const district of new Set(findings.map((f) => f.district))) {
          const allowed = await cases.assignees(district === null ? null : [district]);
          if (!assignee || !allowed.some((a) => a.id === assignee.id))
            throw new BirtizimError('BZ_SERVER_BAD_REQUEST', {
              detail: `user ${assigneeId} cannot work on cases of ${district}`,
            });
        }
        const existing = await cases.findByFindingIds(findingIds);
        const closed = findingIds.map((id) => existing.get(id)).find((c) => c?.status === 'closed');
        if (closed)
          throw new BirtizimError('BZ_SERVER_CASE_STATE', {
            caseId: closed.id,
            status: 'closed',
            what: 'assign',
          });

        const items = [];
        for (const finding of findings) {
          const opened = await cases.open(findingRef(finding, run.runId), user.id);
          const caseId = String(opened.case.id);
          const detail = { findingId: finding.finding_id };
          if (opened.created)
            await recordAccess(context.store, request, 'case.open', caseId, detail, purpose);
          await applyCaseAction(cases, opened.case, user.id, { kind: 'assign', assigneeId });
          await recordAccess(
            context.store,
            request,
            'case.assign',
            caseId,
            { ...detail, assigneeId, bulk: true },
            purpose,
          );
          items.push(await loadCase(request, opened.case.id));
        }
        return { items };
      },
    );

    app.get<{ Querystring: CasesQuery }>(
      '/api/cases',
      {
        config: { access: 'personal_data' },
        schema: { querystring: CasesQuerySchema, response: { 200: CasesPageSchema, ...ERROR_RESPONSES } },
      },
      async (request): Promise<CasesPage> => {
        const purpose = accessPurpose(request);
        const page = await cases.page(request.query, userScope(authOf(request).user));
        await recordAccess(
          context.store,
          request,
          'cases.list',
          'cases',
          { query: request.query, returned: page.items.length },
          purpose,
        );
        return page;
      },
    );

    app.get(
      '/api/cases/stats',
      {
        config: { access: 'aggregates' },
        schema: { response: { 200: RuleStatsResponseSchema, ...ERROR_RESPONSES } },
      },
      async (request): Promise<RuleStatsResponse> => {
        const scope = userScope(authOf(request).user);
        const run = await resolveRun(context.workspace);
        const counts = new Map<string, number>();
        if (run) {
          // Findings per rule of the latest run, through the same scoped query as the list.
          const ruleRows = await context.workspace.query<{ rule_id: string; n: number }>(
            `SELECT rule_id, count(*)::INTEGER AS n FROM findings WHERE run_id = $1 AND ${scope === null ? 'TRUE' : scope.length === 0 ? 'FALSE' : `district IN (${scope.map((d) => `'${d.replace(/'/g, "''")}'`).join(', ')})`} GROUP BY rule_id`,
            [run.runId],
          );
          for (const r of ruleRows) counts.set(r.rule_id, r.n);
        }
        const stats = await cases.statsByRule(scope);
        const ids = [...new Set([...counts.keys(), ...stats.map((s) => s.ruleId)])].sort();
        return {
          runId: run?.runId ?? null,
          items: ids.map((ruleId) => {
            const s = stats.find((x) => x.ruleId === ruleId);
            return {
              ruleId,
              findings: counts.get(ruleId) ?? 0,
              reviewed: s?.reviewed ?? 0,
              confirmed: s?.confirmed ?? 0,
              dismissed: s?.dismissed ?? 0,
              hitRate: s && s.reviewed > 0 ? s.confirmed / s.reviewed : null,
              amountConfirmedKzt: s?.amountConfirmed ?? 0,
              amountRecoveredKzt: s?.amountRecovered ?? 0,
            };
          }),
        };
      },
    );

    app.get<P>(
      '/api/cases/:caseId',
      { config: { access: 'personal_data' }, schema: { params: CaseParamsSchema, ...detailResponse } },
      async (request): Promise<CaseDetail> => {
        const purpose = accessPurpose(request);
        const found = await loadCase(request, request.params.caseId);
        await recordAccess(
          context.store,
          request,
          'case.read',
          String(found.id),
          { findingId: found.findingId },
          purpose,
        );
        return { case: found, events: await cases.events(found.id) };
      },
    );

    app.post<P & { Body: { assigneeId: number } }>(
      '/api/cases/:caseId/assign',
      {
        config: { access: 'cases_write' },
        schema: { params: CaseParamsSchema, body: AssignBodySchema, ...detailResponse },
      },
      (request) =>
        act(request, request.params.caseId, { kind: 'assign', assigneeId: request.body.assigneeId }),
    );
    app.post<P & { Body: { text: string } }>(
      '/api/cases/:caseId/comments',
      {
        config: { access: 'cases_write' },
        schema: { params: CaseParamsSchema, body: CommentBodySchema, ...detailResponse },
      },
      (request) => act(request, request.params.caseId, { kind: 'comment', text: request.body.text }),
    );
    app.post<P & { Body: DecisionBody }>(
      '/api/cases/:caseId/decision',
      {
        config: { access: 'cases_write' },
        schema: { params: CaseParamsSchema, body: DecisionBodySchema, ...detailResponse },
      },
      (request) => act(request, request.params.caseId, { kind: 'decide', ...request.body }),
    );
    app.post<P & { Body: { amountRecoveredKzt: number } }>(
      '/api/cases/:caseId/recovery',
      {
        config: { access: 'cases_write' },
        schema: { params: CaseParamsSchema, body: RecoveryBodySchema, ...detailResponse },
      },
      (request) =>
        act(request, request.params.caseId, {
          kind: 'recover',
          amountRecoveredKzt: request.body.amountRecoveredKzt,
        }),
    );
    app.post<P>(
      '/api/cases/:caseId/close',
      { config: { access: 'cases_write' }, schema: { params: CaseParamsSchema, ...detailResponse } },
      (request) => act(request, request.params.caseId, { kind: 'close' }),
    );
  };
}
