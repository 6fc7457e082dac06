import { createHash } from 'node:crypto';
import type { SqlClient } from './sql-client';

export interface AuditInput {
  readonly userId: number | null;
  readonly login: string | null;
  readonly action: string;
  readonly target: string;
  readonly purpose: string | null;
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface AuditRecord extends Omit<AuditInput, 'detail'> {
  readonly seq: number;
  readonly at: string;
  readonly detail: unknown;
  readonly prevHash: string;
  readonly hash: string;
}

export interface AuditFilter {
  readonly login?: string | undefined;
  readonly action?: string | undefined;
  readonly target?: string | undefined;
}

const GENESIS = '0'.repeat(64);

/** The hash of an entry covers every field and the previous hash: editing or removing any row breaks the chain. */
export function entryHash(
  prevHash: string,
  e: Omit<AuditRecord, 'seq' | 'hash' | 'prevHash' | 'detail'> & { detail: string },
): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, e.at, e.userId, e.login, e.action, e.target, e.purpose, e.detail]))
    .digest('hex');
}

interface AuditRow {
  seq: string | number;
  at: string;
  user_id: number | null;
  login: string | null;
  action: string;
  target: string;
  purpose: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

const toRecord = (r: AuditRow): AuditRecord => ({
  seq: Number(r.seq),
  at: r.at,
  userId: r.user_id,
  login: r.login,
  action: r.action,
  target: r.target,
  purpose: r.purpose,
  detail: JSON.parse(r.detail) as unknown,
  prevHash: r.prev_hash,
  hash: r.hash,
});

function whereOf(filter: AuditFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.login) clauses.push(`login = $${params.push(filter.login)}`);
  if (filter.action) clauses.push(`action = $${params.push(filter.action)}`);
  if (filter.target) clauses.push(`target = $${params.push(filter.target)}`);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function auditRepository(db: SqlClient) {
  return {
    /** Append one entry; a transaction-level lock serialises writers so the chain has no forks. */
    async append(input: AuditInput): Promise<AuditRecord> {
      return db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(90210)');
        const last = await tx.query<{ hash: string }>('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1');
        const prevHash = last[0]?.hash ?? GENESIS;
        const entry = { ...input, at: new Date().toISOString(), detail: JSON.stringify(input.detail ?? {}) };
        const hash = entryHash(prevHash, entry);
        const rows = await tx.query<AuditRow>(
          `INSERT INTO audit_log (at, user_id, login, action, target, purpose, detail, prev_hash, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
          [
            entry.at,
            entry.userId,
            entry.login,
            entry.action,
            entry.target,
            entry.purpose,
            entry.detail,
            prevHash,
            hash,
          ],
        );
        return toRecord(rows[0] as AuditRow);
      });
    },
    async page(
      filter: AuditFilter,
      offset: number,
      limit: number,
    ): Promise<{ total: number; items: AuditRecord[] }> {
      const where = whereOf(filter);
      const [count] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log ${where.sql}`,
        where.params,
      );
      const rows = await db.query<AuditRow>(
        `SELECT * FROM audit_log ${where.sql} ORDER BY seq LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`,
        where.params,
      );
      return { total: count?.n ?? 0, items: rows.map(toRecord) };
    },
    /** Walk the whole chain in batches; the first entry that does not verify is reported. */
    async verify(): Promise<{ ok: boolean; entries: number; brokenAt: number | null }> {
      let prevHash = GENESIS;
      let entries = 0;
      let after = 0;
      for (;;) {
        const rows = await db.query<AuditRow>(
          'SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 5000',
          [after],
        );
        if (rows.length === 0) return { ok: true, entries, brokenAt: null };
        for (const r of rows) {
          const expected = entryHash(prevHash, {
            at: r.at,
            userId: r.user_id,
            login: r.login,
            action: r.action,
            target: r.target,
            purpose: r.purpose,
            detail: r.detail,
          });
          if (r.prev_hash !== prevHash || r.hash !== expected)
            return { ok: false, entries, brokenAt: Number(r.seq) };
          prevHash = r.hash;
          entries++;
          after = Number(r.seq);
        }
      }
    },
  };
}
export type AuditRepository = ReturnType<typeof auditRepository>;
