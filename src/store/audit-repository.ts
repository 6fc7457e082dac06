import { createHash } from 'node:crypto';
import type { SqlClient, SqlExecutor } from './sql-client';

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

/** Entries written by one transaction at most: 9 parameters each, far below PostgreSQL's 65 535. */
const MAX_BATCH = 500;

interface Pending {
  readonly entry: Omit<AuditRecord, 'seq' | 'hash' | 'prevHash' | 'detail'> & { detail: string };
  resolve(record: AuditRecord): void;
  reject(error: unknown): void;
}

const LAST_HASH_SQL = 'SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1';

/** Insert entries chained in order after `prevHash`, as one statement (all or none). */
async function insertChained(
  db: SqlExecutor,
  prevHash: string,
  batch: readonly Pending[],
): Promise<AuditRecord[]> {
  const params: unknown[] = [];
  const values: string[] = [];
  let prev = prevHash;
  const chained = batch.map(({ entry }) => {
    const hash = entryHash(prev, entry);
    const first = params.length;
    params.push(entry.at, entry.userId, entry.login, entry.action, entry.target, entry.purpose);
    params.push(entry.detail, prev, hash);
    values.push(`(${Array.from({ length: 9 }, (_, i) => `$${first + i + 1}`).join(', ')})`);
    const record = { ...entry, prevHash: prev, hash };
    prev = hash;
    return record;
  });
  const rows = await db.query<{ seq: string | number; hash: string }>(
    `INSERT INTO audit_log (at, user_id, login, action, target, purpose, detail, prev_hash, hash)
     VALUES ${values.join(', ')} RETURNING seq, hash`,
    params,
  );
  const seqs = new Map(rows.map((r) => [r.hash, Number(r.seq)]));
  return chained.map((r) => ({ ...r, seq: seqs.get(r.hash) ?? 0, detail: JSON.parse(r.detail) as unknown }));
}

export interface AuditOptions {
  /**
   * This process is the log's only writer (the embedded store, which one process opens at
   * a time): the chain's last hash can then be kept in memory, and a batch is one INSERT.
   * A PostgreSQL server may have other writers, so there each batch takes the lock.
   */
  readonly exclusive?: boolean;
}

export function auditRepository(db: SqlClient, options: AuditOptions = {}) {
  let queue: Pending[] = [];
  let writing = false;
  /** The chain's last hash when `exclusive`; null until read, and again after a failed write. */
  let head: string | null = null;

  /**
   * Write a batch chained after the last entry. With other writers possible, a
   * transaction-level lock serialises them (other processes on the same server included)
   * so the chain has no forks, and the last hash is read after taking it.
   */
  async function writeBatch(batch: readonly Pending[]): Promise<AuditRecord[]> {
    if (options.exclusive) {
      try {
        head ??= (await db.query<{ hash: string }>(LAST_HASH_SQL))[0]?.hash ?? GENESIS;
        const records = await insertChained(db, head, batch);
        head = records[records.length - 1]?.hash ?? head;
        return records;
      } catch (error) {
        head = null;
        throw error;
      }
    }
    return db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(90210)');
      const last = await tx.query<{ hash: string }>(LAST_HASH_SQL);
      return insertChained(tx, last[0]?.hash ?? GENESIS, batch);
    });
  }

  /**
   * Group commit: while one transaction is writing, the entries that arrive wait and go
   * together in the next one, so many concurrent reads cost one transaction instead of one
   * each. The first write waits only for the current turn of the event loop to end: the
   * embedded store runs on this thread and blocks it for a whole transaction, so the requests
   * whose data arrived meanwhile append in the next turn, and that wait is what lets them
   * share one. Each caller's promise settles only when its own entry is committed, so a read
   * is logged before it is answered.
   */
  async function drain(): Promise<void> {
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, MAX_BATCH);
        queue = queue.slice(batch.length);
        try {
          const records = await writeBatch(batch);
          batch.forEach((p, i) => p.resolve(records[i] as AuditRecord));
        } catch (error) {
          if (batch.length === 1) {
            batch[0]?.reject(error);
            continue;
          }
          // One bad entry must not fail the reads of everyone batched with it: retry alone.
          for (const p of batch) {
            try {
              const [record] = await writeBatch([p]);
              p.resolve(record as AuditRecord);
            } catch (single) {
              p.reject(single);
            }
          }
        }
      }
    } finally {
      writing = false;
    }
  }

  return {
    /** Append one entry to the chain; resolves once it is committed. */
    append(input: AuditInput): Promise<AuditRecord> {
      return new Promise<AuditRecord>((resolve, reject) => {
        const entry = { ...input, at: new Date().toISOString(), detail: JSON.stringify(input.detail ?? {}) };
        queue.push({ entry, resolve, reject });
        if (!writing) {
          writing = true;
          setImmediate(() => void drain());
        }
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
