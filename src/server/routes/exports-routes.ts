import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { requireCapability, userScope } from '../access/access-policy';
import { accessPurpose, recordAccess } from '../audit-trail';
import { AUDIT_COLUMNS, auditSource, duckdbSource } from '../export/export-sources';
import { tableStream, type RowSource } from '../export/table-stream';
import { authOf } from '../plugins/auth-plugin';
import { caseSelection } from '../queries/case-selection';
import { findingsListSql } from '../queries/findings-query';
import { outreachSql } from '../queries/outreach-query';
import { resolveRun } from '../queries/runs-query';
import { SqlParams, scopeSql } from '../queries/sql-params';
import { AuditFilterSchema } from '../schemas/audit-schemas';
import { ERROR_RESPONSES } from '../schemas/common-schemas';
import { IndicatorsQuerySchema } from '../schemas/dashboard-schemas';
import {
  ExportParamsSchema,
  ExportQuerySchema,
  type ExportFormat,
  type ExportList,
} from '../schemas/exports-schemas';
import { FindingsFilterSchema, type FindingsFilter } from '../schemas/findings-schemas';
import { OutreachFilterSchema } from '../schemas/outreach-schemas';
import type { ServerContext } from '../server-context';

/** Validate the list's own filters out of the export query string, with the list endpoint's schema. */
function filterOf<T>(schema: TSchema, query: Record<string, unknown>): T {
  const { format: _format, ...rest } = query;
  const converted = Value.Convert(schema, Value.Clean(schema, Value.Clone(rest)));
  if (!Value.Check(schema, converted)) {
    const first = [...Value.Errors(schema, converted)][0];
    throw new BirtizimError('BZ_SERVER_BAD_REQUEST', {
      detail: first ? `${first.path} ${first.message}` : 'bad filter',
    });
  }
  return converted as T;
}

const FINDING_COLUMNS = [
  'finding_id',
  'run_id',
  'rule_id',
  'rule_version',
  'severity',
  'district',
  'subject_id',
  'period',
  'amount_kzt',
  'linked_by_name',
  'status',
  'evidence',
];

interface Plan {
  readonly columns: readonly string[];
  readonly source: RowSource;
  readonly detail: Readonly<Record<string, unknown>>;
}

export function exportsRoutes(context: ServerContext) {
  async function plan(
    request: FastifyRequest,
    list: ExportList,
    query: Record<string, unknown>,
  ): Promise<Plan> {
    const { user } = authOf(request);
    const scope = userScope(user);
    const ws = context.workspace;
    if (list === 'audit') {
      requireCapability(user, 'audit_read');
      const filter = filterOf<{ login?: string; action?: string; target?: string }>(AuditFilterSchema, query);
      return { columns: AUDIT_COLUMNS, source: auditSource(context.store, filter), detail: { filter } };
    }
    if (list === 'indicators') {
      requireCapability(user, 'aggregates');
      const filter = filterOf<{ runId?: string; district?: string; indicator?: string }>(
        IndicatorsQuerySchema,
        query,
      );
      const p = new SqlParams();
      const where = [scopeSql(scope)];
      if (filter.runId) where.push(`run_id = ${p.add(filter.runId)}`);
      if (filter.district) where.push(`district = ${p.add(filter.district)}`);
      if (filter.indicator) where.push(`indicator = ${p.add(filter.indicator)}`);
      const sql = `SELECT run_id, district, indicator, period, computed, reported FROM indicators WHERE ${where.join(' AND ')} ORDER BY run_id, district, indicator, period`;
      return {
        columns: ['run_id', 'district', 'indicator', 'period', 'computed', 'reported'],
        source: duckdbSource(ws, sql, p.values),
        detail: { filter },
      };
    }
    requireCapability(user, 'personal_data');
    if (list === 'cases') {
      const source: RowSource = async (emit) => {
        for (let offset = 0; ; offset += 1000) {
          const page = await context.store.cases.page({ offset, limit: 1000 }, scope);
          await emit(
            page.items.map((c) => [
              c.id,
              c.findingId,
              c.ruleId,
              c.district,
              c.subjectId,
              c.period,
              c.amountKzt,
              c.status,
              c.assigneeLogin,
              c.decision,
              c.dismissReason,
              c.amountConfirmedKzt,
              c.amountRecoveredKzt,
              c.openedAt,
              c.openedBy,
            ]),
          );
          if (page.items.length < 1000) return;
        }
      };
      const columns = [
        'id',
        'finding_id',
        'rule_id',
        'district',
        'subject_id',
        'period',
        'amount_kzt',
        'status',
        'assignee',
        'decision',
        'dismiss_reason',
        'amount_confirmed_kzt',
        'amount_recovered_kzt',
        'opened_at',
        'opened_by',
      ];
      return { columns, source, detail: {} };
    }
    if (list === 'findings') {
      const filter = filterOf<FindingsFilter>(FindingsFilterSchema, query);
      const run = await resolveRun(ws, filter.runId);
      if (!run) throw new BirtizimError('BZ_SERVER_NO_RUN');
      const p = new SqlParams();
      const sql = findingsListSql(
        run,
        filter,
        scope,
        p,
        `${FINDING_COLUMNS.slice(0, -1).join(', ')}, CAST(evidence AS VARCHAR) AS evidence`,
        await caseSelection(context.store.cases, filter.caseStatus),
      );
      return {
        columns: FINDING_COLUMNS,
        source: duckdbSource(ws, sql, p.values),
        detail: { filter, runId: run.runId },
      };
    }
    const filter = filterOf<{ district?: string; runId?: string }>(OutreachFilterSchema, query);
    const run = await resolveRun(ws, filter.runId);
    if (!run) throw new BirtizimError('BZ_SERVER_NO_RUN');
    const p = new SqlParams();
    const sql = outreachSql(list, run, filter.district, scope, p);
    return {
      columns: ['subject_id', 'district', 'period', 'finding_id', 'detail'],
      source: duckdbSource(ws, sql, p.values),
      detail: { filter, runId: run.runId },
    };
  }

  return async (app: FastifyInstance) => {
    app.get<{
      Params: { list: ExportList };
      Querystring: { format: ExportFormat } & Record<string, unknown>;
    }>(
      '/api/exports/:list',
      {
        config: { access: 'aggregates' },
        schema: {
          params: ExportParamsSchema,
          querystring: ExportQuerySchema,
          response: { ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const { list } = request.params;
        const { format } = request.query;
        const personal = !['indicators', 'audit'].includes(list);
        const purpose = personal || list === 'audit' ? accessPurpose(request) : null;
        const exportPlan = await plan(request, list, request.query);
        await recordAccess(
          context.store,
          request,
          `export.${list}`,
          list,
          { format, ...exportPlan.detail },
          purpose,
        );
        const stamp = new Date().toISOString().slice(0, 10);
        reply
          .header(
            'content-type',
            format === 'csv'
              ? 'text/csv; charset=utf-8'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          )
          .header('content-disposition', `attachment; filename="birtizim-${list}-${stamp}.${format}"`);
        return reply.send(tableStream(format, exportPlan.columns, exportPlan.source));
      },
    );
  };
}
