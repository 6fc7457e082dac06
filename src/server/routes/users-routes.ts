import type { FastifyInstance } from 'fastify';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { userScope } from '../access/access-policy';
import { authOf } from '../plugins/auth-plugin';
import {
  CreateUserBodySchema,
  DisableUserBodySchema,
  ResetPasswordBodySchema,
  UserAccountSchema,
  UserIdParamsSchema,
  UserInfoSchema,
  UsersResponseSchema,
  type CreateUserBody,
  type DisableUserBody,
  type ResetPasswordBody,
  type UserAccount,
  type UserIdParams,
} from '../schemas/auth-schemas';
import { AssigneesResponseSchema } from '../schemas/cases-schemas';
import { ERROR_RESPONSES, OkSchema } from '../schemas/common-schemas';
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

    // Disable (or re-enable) an account: a disabled user cannot sign in, and their open
    // sessions end at once (the session lookup refuses disabled users; the sessions are deleted).
    app.put<{ Params: UserIdParams; Body: DisableUserBody }>(
      '/api/users/:id/disabled',
      {
        config: { access: 'users_admin' },
        schema: {
          params: UserIdParamsSchema,
          body: DisableUserBodySchema,
          response: { 200: UserAccountSchema, ...ERROR_RESPONSES },
        },
      },
      async (request): Promise<UserAccount> => {
        const { user } = authOf(request);
        const { id } = request.params;
        // An administrator locking themselves out could leave nobody to undo it.
        if (id === user.id && request.body.disabled)
          throw new BirtizimError('BZ_SERVER_BAD_REQUEST', { detail: 'you cannot disable your own account' });
        const account = await context.store.users.setDisabled(id, request.body.disabled);
        if (!account) throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `user ${id}` });
        if (account.disabled) await context.store.sessions.deleteForUser(id);
        await context.store.audit.append({
          userId: user.id,
          login: user.login,
          action: account.disabled ? 'user.disabled' : 'user.enabled',
          target: account.login,
          purpose: null,
        });
        return { ...account, districts: [...account.districts] };
      },
    );

    // Set a new password chosen by the administrator; the user's sessions end, so whoever
    // held the old password is signed out everywhere.
    app.put<{ Params: UserIdParams; Body: ResetPasswordBody }>(
      '/api/users/:id/password',
      {
        config: { access: 'users_admin' },
        schema: {
          params: UserIdParamsSchema,
          body: ResetPasswordBodySchema,
          response: { 200: OkSchema, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const { user } = authOf(request);
        const { id } = request.params;
        const target = await context.store.users.setPassword(id, request.body.password);
        if (target === null) throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `user ${id}` });
        const ended = await context.store.sessions.deleteForUser(id);
        // The password itself is never logged, only that it was reset and by whom.
        await context.store.audit.append({
          userId: user.id,
          login: user.login,
          action: 'user.password_reset',
          target,
          purpose: null,
          detail: { sessionsEnded: ended },
        });
        return { ok: true };
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
