import type { FastifyInstance } from 'fastify';
import { userScope } from '../access/access-policy';
import { authOf } from '../plugins/auth-plugin';
import {
  CreateUserBodySchema,
  UserInfoSchema,
  UsersResponseSchema,
  type CreateUserBody,
} from '../schemas/auth-schemas';
import { AssigneesResponseSchema } from '../schemas/cases-schemas';
import { ERROR_RESPONSES } from '../schemas/common-schemas';
import type { ServerContext } from '../server-context';

export function usersRoutes(context: ServerContext) {
  return async (app: FastifyInstance) => {
    app.get(
      '/api/users',
      {
        config: { access: 'users_admin' },
        schema: { response: { 200: UsersResponseSchema, ...ERROR_RESPONSES } },
      },
      async () => ({
        items: await context.store.users.list(),
      }),
    );

    app.post<{ Body: CreateUserBody }>(
      '/api/users',
      {
        config: { access: 'users_admin' },
        schema: { body: CreateUserBodySchema, response: { 200: UserInfoSchema, ...ERROR_RESPONSES } },
      },
      async (request) => {
        const created = await context.store.users.create(request.body);
        const { user } = authOf(request);
        await context.store.audit.append({
          userId: user.id,
          login: user.login,
          action: 'user.created',
          target: created.login,
          purpose: null,
          detail: { role: created.role, districts: created.districts },
        });
        return created;
      },
    );

    /** Users a case in the caller's scope can be assigned to. */
    app.get(
      '/api/users/assignees',
      {
        config: { access: 'cases_write' },
        schema: { response: { 200: AssigneesResponseSchema, ...ERROR_RESPONSES } },
      },
      async (request) => ({
        items: await context.store.cases.assignees(userScope(authOf(request).user)),
      }),
    );
  };
}
