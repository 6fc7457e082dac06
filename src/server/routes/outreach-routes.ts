import type { FastifyInstance } from 'fastify';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { userScope } from '../access/access-policy';
import { accessPurpose, recordAccess } from '../audit-trail';
import { authOf } from '../plugins/auth-plugin';
import { outreachPage } from '../queries/outreach-query';
import { resolveRun } from '../queries/runs-query';
import { ERROR_RESPONSES } from '../schemas/common-schemas';
import {
  OutreachPageSchema,
  OutreachParamsSchema,
  OutreachQuerySchema,
  type OutreachList,
  type OutreachPage,
  type OutreachQuery,
} from '../schemas/outreach-schemas';
import type { ServerContext } from '../server-context';

export function outreachRoutes(context: ServerContext) {
  return async (app: FastifyInstance) => {
    app.get<{ Params: { list: OutreachList }; Querystring: OutreachQuery }>(
      '/api/outreach/:list',
      {
        config: { access: 'personal_data' },
        schema: {
          params: OutreachParamsSchema,
          querystring: OutreachQuerySchema,
          response: { 200: OutreachPageSchema, ...ERROR_RESPONSES },
        },
      },
      async (request): Promise<OutreachPage> => {
        const purpose = accessPurpose(request);
        const { list } = request.params;
        const { offset, limit, district, runId } = request.query;
        const run = await resolveRun(context.workspace, runId);
        if (!run) {
          if (runId) throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `run ${runId}` });
          return { list, runId: null, total: 0, offset, limit, items: [] };
        }
        const page = await outreachPage(
          context.workspace,
          list,
          run,
          district,
          userScope(authOf(request).user),
          offset,
          limit,
        );
        await recordAccess(
          context.store,
          request,
          'outreach.list',
          list,
          { district: district ?? null, offset, limit, returned: page.rows.length },
          purpose,
        );
        return {
          list,
          runId: run.runId,
          total: page.total,
          offset,
          limit,
          items: page.rows.map((r) => ({
            subjectId: r.subject_id,
            district: r.district,
            period: r.period,
            findingId: r.finding_id,
            detail: r.detail === null ? null : (JSON.parse(r.detail) as unknown),
          })),
        };
      },
    );
  };
}
