import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { requireCapability } from '../access/access-policy';
import type { ServerContext } from '../server-context';

export const SESSION_COOKIE = 'bz_session';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Deny by default: every /api route must declare `config.access`. The session cookie is
 * resolved to a user; a missing/expired one gives 401; state-changing requests must carry
 * the session's CSRF token; then the route's capability is checked.
 */
export function installAuth(app: FastifyInstance, context: ServerContext): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/')) return;
    const access = request.routeOptions.config.access;
    if (access === 'public') return;
    const token = request.cookies[SESSION_COOKIE];
    // One round trip (or none, from the embedded store's session cache): session and user together.
    const resolved = token ? await context.store.sessions.resolve(token) : null;
    if (!token || !resolved) throw new BirtizimError('BZ_SERVER_UNAUTHENTICATED');
    const { session, user } = resolved;
    request.auth = { user, session, token };
    if (STATE_CHANGING.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken))
        throw new BirtizimError('BZ_SERVER_CSRF');
    }
    // A route that forgot to declare its access is refused to everyone, never open.
    if (access === undefined)
      throw new BirtizimError('BZ_SERVER_FORBIDDEN', { role: user.role, what: request.url });
    requireCapability(user, access);
  });
}

/** The signed-in user of a route that requires one (the hook guarantees it). */
export function authOf(request: FastifyRequest) {
  if (!request.auth) throw new BirtizimError('BZ_SERVER_UNAUTHENTICATED');
  return request.auth;
}
