import type { FastifyInstance } from 'fastify';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { userScope } from '../access/access-policy';
import { authOf } from '../plugins/auth-plugin';
import { dashboard, indicatorRows } from '../queries/dashboard-query';
import { resolveRun } from '../queries/runs-query';
import { ERROR_RESPONSES } from '../schemas/common-schemas';
import {
  DashboardQuerySchema,
  DashboardSchema,
  IndicatorsQuerySchema,
  IndicatorsResponseSchema,
  type Dashboard,
  type IndicatorsQuery,
  type IndicatorsResponse,
} from '../schemas/dashboard-schemas';
import type { ServerContext } from '../server-context';

/** Aggregates only: no person is named, so viewers see these and nothing is audited. */
export function dashboardRoutes(context: ServerContext) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: { runId?: string } }>(
      '/api/dashboard',
      {
        config: { access: 'aggregates' },
        schema: { querystring: DashboardQuerySchema, response: { 200: DashboardSchema, ...ERROR_RESPONSES } },
      },
      async (request): Promise<Dashboard> => {
        const run = await resolveRun(context.workspace, request.query.runId);
        if (!run && request.query.runId)
          throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `run ${request.query.runId}` });
        return dashboard(context.workspace, run, userScope(authOf(request).user));
      },
    );

    app.get<{ Querystring: IndicatorsQuery }>(
      '/api/indicators',
      {
        config: { access: 'aggregates' },
        schema: {
          querystring: IndicatorsQuerySchema,
          response: { 200: IndicatorsResponseSchema, ...ERROR_RESPONSES },
        },
      },
      async (request): Promise<IndicatorsResponse> => ({
        items: await indicatorRows(context.workspace, request.query, userScope(authOf(request).user)),
      }),
    );
  };
}
