import { createHash, randomBytes } from 'node:crypto';
import type { SqlExecutor } from './sql-client';

export interface Session {
  readonly userId: number;
  readonly csrfToken: string;
  readonly purpose: string | null;
  readonly expiresAt: Date;
}

/** The cookie holds the token; the table holds its hash. */
const tokenId = (token: string): string => createHash('sha256').update(token).digest('hex');

export function sessionRepository(db: SqlExecutor) {
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
      const rows = await db.query<{
        user_id: number;
        csrf_token: string;
        purpose: string | null;
        expires_at: Date | string;
      }>(
        'SELECT user_id, csrf_token, purpose, expires_at FROM sessions WHERE id = $1 AND expires_at > now()',
        [tokenId(token)],
      );
      const r = rows[0];
      return r
        ? {
            userId: r.user_id,
            csrfToken: r.csrf_token,
            purpose: r.purpose,
            expiresAt: new Date(r.expires_at),
          }
        : null;
    },
    async setPurpose(token: string, purpose: string): Promise<void> {
      await db.query('UPDATE sessions SET purpose = $2 WHERE id = $1', [tokenId(token), purpose]);
    },
    async delete(token: string): Promise<void> {
      await db.query('DELETE FROM sessions WHERE id = $1', [tokenId(token)]);
    },
    async deleteExpired(): Promise<void> {
      await db.query('DELETE FROM sessions WHERE expires_at <= now()');
    },
  };
}
export type SessionRepository = ReturnType<typeof sessionRepository>;
