import { createHash, randomBytes } from 'node:crypto';
import type { Role } from './roles';
import { NO_SESSION_CACHE, type ResolvedSession, type SessionCache } from './session-cache';
import type { SqlExecutor } from './sql-client';

export interface Session {
  readonly userId: number;
  readonly csrfToken: string;
  readonly purpose: string | null;
  readonly expiresAt: Date;
}

/** The cookie holds the token; the table holds its hash. */
const tokenId = (token: string): string => createHash('sha256').update(token).digest('hex');

interface SessionRow {
  user_id: number;
  csrf_token: string;
  purpose: string | null;
  expires_at: Date | string;
}

const toSession = (r: SessionRow): Session => ({
  userId: r.user_id,
  csrfToken: r.csrf_token,
  purpose: r.purpose,
  expiresAt: new Date(r.expires_at),
});

/**
 * Sessions, and the live session of a cookie with its user in one round trip. With a
 * `cache` (embedded store only, see session-cache.ts) every change below drops the cached
 * entry before it returns, so a logout or a purpose change is seen by the next request.
 */
export function sessionRepository(db: SqlExecutor, cache: SessionCache = NO_SESSION_CACHE) {
  return {
    async create(
      userId: number,
      purpose: string | null,
      ttlMs: number,
    ): Promise<{ token: string; session: Session }> {
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const expiresAt = new Date(Date.now() + ttlMs);
      await db.query(
        'INSERT INTO sessions (id, user_id, csrf_token, purpose, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [tokenId(token), userId, csrfToken, purpose, expiresAt.toISOString()],
      );
      return { token, session: { userId, csrfToken, purpose, expiresAt } };
    },
    /** The live session of a token; expired ones are never returned. */
    async find(token: string): Promise<Session | null> {
      const rows = await db.query<SessionRow>(
        'SELECT user_id, csrf_token, purpose, expires_at FROM sessions WHERE id = $1 AND expires_at > now()',
        [tokenId(token)],
      );
      return rows[0] ? toSession(rows[0]) : null;
    },
    /** The live session of a token and its user, unless expired or the user is disabled. */
    async resolve(token: string): Promise<ResolvedSession | null> {
      const id = tokenId(token);
      const cached = cache.get(id);
      if (cached) return cached;
      const epoch = cache.epoch();
      const rows = await db.query<SessionRow & { login: string; role: Role; districts: string[] }>(
        `SELECT s.user_id, s.csrf_token, s.purpose, s.expires_at, u.login, u.role, u.districts
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.id = $1 AND s.expires_at > now() AND NOT u.disabled`,
        [id],
      );
      const r = rows[0];
      if (!r) return null;
      const resolved: ResolvedSession = {
        session: toSession(r),
        user: { id: r.user_id, login: r.login, role: r.role, districts: r.districts },
      };
      cache.set(id, resolved, epoch);
      return resolved;
    },
    async setPurpose(token: string, purpose: string): Promise<void> {
      await db.query('UPDATE sessions SET purpose = $2 WHERE id = $1', [tokenId(token), purpose]);
      cache.delete(tokenId(token));
    },
    async delete(token: string): Promise<void> {
      await db.query('DELETE FROM sessions WHERE id = $1', [tokenId(token)]);
      cache.delete(tokenId(token));
    },
    /** End every session of a user (password reset, account disabled). */
    async deleteForUser(userId: number): Promise<number> {
      const rows = await db.query<{ id: string }>('DELETE FROM sessions WHERE user_id = $1 RETURNING id', [
        userId,
      ]);
      cache.deleteUser(userId);
      return rows.length;
    },
    async deleteExpired(): Promise<void> {
      await db.query('DELETE FROM sessions WHERE expires_at <= now()');
    },
  };
}
export type SessionRepository = ReturnType<typeof sessionRepository>;
