import type { FastifyInstance } from 'fastify';
import { resolveRun } from '../queries/runs-query';
import { HealthResponseSchema, type HealthResponse } from '../schemas/health-schemas';
import type { ServerContext } from '../server-context';

export function healthRoutes(context: ServerContext) {
  return async (app: FastifyInstance) => {
    app.get(
      '/api/health',
      { config: { access: 'public' }, schema: { response: { 200: HealthResponseSchema } } },
      async (): Promise<HealthResponse> => {
        const run = await resolveRun(context.workspace);
        return {
          status: 'ok',
          store: context.store.sql.backend,
          workspace: run !== null,
          latestRunId: run?.runId ?? null,
        };
      },
    );
  };
}
