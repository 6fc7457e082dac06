import type { FastifyInstance } from 'fastify';
import {
  AuditPageSchema,
  AuditQuerySchema,
  AuditVerifySchema,
  type AuditPage,
  type AuditQuery,
} from '../schemas/audit-schemas';
import { ERROR_RESPONSES } from '../schemas/common-schemas';
import type { ServerContext } from '../server-context';

export function auditRoutes(context: ServerContext) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: AuditQuery }>(
      '/api/audit',
      {
        config: { access: 'audit_read' },
        schema: { querystring: AuditQuerySchema, response: { 200: AuditPageSchema, ...ERROR_RESPONSES } },
      },
      async (request): Promise<AuditPage> => {
        const { offset, limit, ...filter } = request.query;
        return context.store.audit.page(filter, offset, limit);
      },
    );
    app.get(
      '/api/audit/verify',
      {
        config: { access: 'audit_read' },
        schema: { response: { 200: AuditVerifySchema, ...ERROR_RESPONSES } },
      },
      () => context.store.audit.verify(),
    );
  };
}
