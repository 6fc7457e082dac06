import type { FastifyRequest } from 'fastify';
import { BirtizimError } from '../core/errors/birtizim-error';
import type { Store } from '../store/open-store';
import { authOf } from './plugins/auth-plugin';

/**
 * Law 94-V: personal data is read only for a stated purpose, and every read is logged.
 * The purpose comes from the `x-access-purpose` header (URI-encoded, so Kazakh and
 * Russian text travel in a header) or else from the one chosen at sign-in.
 */
export function accessPurpose(request: FastifyRequest): string {
  const header = request.headers['x-access-purpose'];
  if (typeof header === 'string' && header.trim() !== '') {
    try {
      return decodeURIComponent(header).trim().slice(0, 200);
    } catch {
      throw new BirtizimError('BZ_SERVER_BAD_REQUEST', {
        detail: 'x-access-purpose must be URI-encoded text',
      });
    }
  }
  const purpose = authOf(request).session.purpose;
  if (!purpose) throw new BirtizimError('BZ_SERVER_PURPOSE_REQUIRED');
  return purpose;
}

/** Append what the signed-in user read or decided, with the purpose. */
export async function recordAccess(
  store: Store,
  request: FastifyRequest,
  action: string,
  target: string,
  detail: Readonly<Record<string, unknown>> = {},
  purpose: string | null = accessPurpose(request),
): Promise<void> {
  const { user } = authOf(request);
  await store.audit.append({
    userId: user.id,
    login: user.login,
    action,
    target,
    purpose,
    detail: { role: user.role, ...detail },
  });
}
