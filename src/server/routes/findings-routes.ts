import type { FastifyInstance } from 'fastify';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { userScope } from '../access/access-policy';
import { accessPurpose, recordAccess } from '../audit-trail';
import { authOf } from '../plugins/auth-plugin';
import { caseSelection } from '../queries/case-selection';
import { findingDetail, findingsPage, runCounts } from '../queries/findings-query';
import { toSummary, type SummaryRow } from '../queries/summary-row';
import { listRuns, resolveRun } from '../queries/runs-query';
import { ruleInfo } from '../rule-info';
import { ERROR_RESPONSES } from '../schemas/common-schemas';
import {
  FindingDetailSchema,
  FindingParamsSchema,
  FindingsPageSchema,
  FindingsQuerySchema,
  RunQuerySchema,
  RunsResponseSchema,
  type FindingDetail,
  type FindingSummary,
  type FindingsPage,
  type FindingsQuery,
  type RunsResponse,
} from '../schemas/findings-schemas';
import type { ServerContext } from '../server-context';

/** Attach the case (if any) of each finding: cases live in the store, findings in the workspace. */
export async function withCases(
  context: ServerContext,
  rows: readonly SummaryRow[],
): Promise<FindingSummary[]> {
  const cases = await context.store.cases.findByFindingIds(rows.map((r) => r.finding_id));
  return rows.map((r) => {
    const c = cases.get(r.finding_id);
    return { ...toSummary(r), caseId: c?.id ?? null, caseStatus: c?.status ?? null };
  });
}

export function findingsRoutes(context: ServerContext) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: FindingsQuery }>(
      '/api/findings',
      {
        config: { access: 'personal_data' },
        schema: {
          querystring: FindingsQuerySchema,
          response: { 200: FindingsPageSchema, ...ERROR_RESPONSES },
        },
      },
      async (request): Promise<FindingsPage> => {
        const purpose = accessPurpose(request);
        const { offset, limit, ...filter } = request.query;
        const run = await resolveRun(context.workspace, filter.runId);
        if (!run) {
          if (filter.runId) throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `run ${filter.runId}` });
          return { runId: null, total: 0, totalAmountKzt: 0, offset, limit, items: [] };
        }
        const page = await findingsPage(
          context.workspace,
          run,
          filter,
          userScope(authOf(request).user),
          offset,
          limit,
          await caseSelection(context.store.cases, filter.caseStatus),
        );
        // The list shows subjects (IINs): a read of personal data, logged with its filter.
        await recordAccess(
          context.store,
          request,
          'findings.list',
          run.runId,
          { filter, offset, limit, returned: page.rows.length },
          purpose,
        );
        return {
          runId: run.runId,
          total: page.total,
          totalAmountKzt: page.totalAmountKzt,
          offset,
          limit,
          items: await withCases(context, page.rows),
        };
      },
    );

    app.get<{ Params: { findingId: string }; Querystring: { runId?: string } }>(
      '/api/findings/:findingId',
      {
        config: { access: 'personal_data' },
        schema: {
          params: FindingParamsSchema,
          querystring: RunQuerySchema,
          response: { 200: FindingDetailSchema, ...ERROR_RESPONSES },
        },
      },
      async (request): Promise<FindingDetail> => {
        const purpose = accessPurpose(request);
        const run = await resolveRun(context.workspace, request.query.runId);
        const { findingId } = request.params;
        const row = run
          ? await findingDetail(context.workspace, run, findingId, userScope(authOf(request).user))
          : null;
        if (!row) throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `finding ${findingId}` });
        await recordAccess(
          context.store,
          request,
          'finding.read',
          findingId,
          { subjectId: row.subject_id, ruleId: row.rule_id },
          purpose,
        );
        const [summary] = await withCases(context, [row]);
        return {
          ...(summary as FindingSummary),
          evidence: row.evidence,
          rule: ruleInfo(context.rules, row.rule_id),
        };
      },
    );

    // The snapshot history kept in the store (synced from the workspace at start and after each import).
    app.get(
      '/api/runs',
      {
        config: { access: 'aggregates' },
        schema: { response: { 200: RunsResponseSchema, ...ERROR_RESPONSES } },
      },
      async (request): Promise<RunsResponse> => {
        const scope = userScope(authOf(request).user);
        if (scope === null) return { items: await context.store.snapshots.list() };
        // A district officer's counts cover their districts only.
        const runs = (await listRuns(context.workspace)).reverse();
        const items = [];
        for (const run of runs) {
          const counts = await runCounts(context.workspace, run, scope);
          items.push({
            ...run,
            findings: counts.findings,
            newCount: counts.new,
            persistingCount: counts.persisting,
            resolvedCount: counts.resolved,
          });
        }
        return { items };
      },
    );
  };
}
