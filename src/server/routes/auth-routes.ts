import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { DUMMY_HASH_PROMISE, verifyPassword } from '../../store/password-hash';
import { publicUser } from '../../store/user-repository';
import { authOf, SESSION_COOKIE } from '../plugins/auth-plugin';
import {
  LoginBodySchema,
  PurposeBodySchema,
  SessionResponseSchema,
  type LoginBody,
  type PurposeBody,
  type SessionResponse,
} from '../schemas/auth-schemas';
import { ERROR_RESPONSES, OkSchema } from '../schemas/common-schemas';
import type { ServerContext } from '../server-context';

export interface AuthOptions {
  readonly sessionTtlMs: number;
  /** Sign-in attempts per client address per minute. */
  readonly loginAttemptsPerMinute: number;
  /** Set the cookie's Secure flag (behind HTTPS). */
  readonly secureCookies: boolean;
}

export function authRoutes(context: ServerContext, options: AuthOptions) {
  return async (app: FastifyInstance) => {
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: () => new BirtizimError('BZ_SERVER_RATE_LIMITED'),
    });

    app.post<{ Body: LoginBody }>(
      '/api/auth/login',
      {
        config: { access: 'public', rateLimit: { max: options.loginAttemptsPerMinute, timeWindow: 60_000 } },
        schema: { body: LoginBodySchema, response: { 200: SessionResponseSchema, ...ERROR_RESPONSES } },
      },
      async (request, reply): Promise<SessionResponse> => {
        const { login, password, purpose } = request.body;
        const user = await context.store.users.findByLogin(login);
        // Verify against a dummy hash for unknown users: timing does not reveal which logins exist.
        const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
        if (!user || !ok || user.disabled) {
          await context.store.audit.append({
            userId: null,
            login,
            action: 'auth.failed',
            target: login,
            purpose: null,
          });
          throw new BirtizimError('BZ_SERVER_BAD_CREDENTIALS');
        }
        // Sign-ins are rare: a good moment to drop expired sessions.
        await context.store.sessions.deleteExpired();
        const { token, session } = await context.store.sessions.create(
          user.id,
          purpose ?? null,
          options.sessionTtlMs,
        );
        await context.store.audit.append({
          userId: user.id,
          login,
          action: 'auth.login',
          target: login,
          purpose: purpose ?? null,
        });
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure: options.secureCookies,
          expires: session.expiresAt,
        });
        return {
          user: publicUser(user) as SessionResponse['user'],
          csrfToken: session.csrfToken,
          purpose: session.purpose,
          expiresAt: session.expiresAt.toISOString(),
        };
      },
    );

    app.post(
      '/api/auth/logout',
      { config: { access: 'session' }, schema: { response: { 200: OkSchema, ...ERROR_RESPONSES } } },
      async (request, reply) => {
        const auth = authOf(request);
        await context.store.sessions.delete(auth.token);
        await context.store.audit.append({
          userId: auth.user.id,
          login: auth.user.login,
          action: 'auth.logout',
          target: auth.user.login,
          purpose: null,
        });
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true };
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { access: 'session' },
        schema: { response: { 200: SessionResponseSchema, ...ERROR_RESPONSES } },
      },
      async (request): Promise<SessionResponse> => {
        const { user, session } = authOf(request);
        return {
          user: user as SessionResponse['user'],
          csrfToken: session.csrfToken,
          purpose: session.purpose,
          expiresAt: session.expiresAt.toISOString(),
        };
      },
    );

    app.put<{ Body: PurposeBody }>(
      '/api/auth/purpose',
      {
        config: { access: 'session' },
        schema: { body: PurposeBodySchema, response: { 200: PurposeBodySchema, ...ERROR_RESPONSES } },
      },
      async (request) => {
        const auth = authOf(request);
        await context.store.sessions.setPurpose(auth.token, request.body.purpose);
        await context.store.audit.append({
          userId: auth.user.id,
          login: auth.user.login,
          action: 'auth.purpose',
          target: auth.user.login,
          purpose: request.body.purpose,
        });
        return { purpose: request.body.purpose };
      },
    );
  };
}
