import type { SqlClient, SqlExecutor } from '../store/sql-client';
import type { Case, CaseEvent, CasesQuery, DismissReason } from '../server/schemas/cases-schemas';
import type { CaseStatus } from '../server/schemas/findings-schemas';
import type { CaseEventInput } from './case-events';

/** The finding a case is opened on, as read from the workspace. */
export interface FindingRef {
  readonly findingId: string;
  readonly ruleId: string;
  readonly district: string | null;
  readonly subjectId: string;
  readonly period: string | null;
  readonly amountKzt: number | null;
  readonly runId: string;
}

interface CaseRow {
  id: number;
  finding_id: string;
  rule_id: string;
  district: string | null;
  subject_id: string;
  period: string | null;
  amount_kzt: string | null;
  status: CaseStatus;
  assignee_id: number | null;
  assignee_login: string | null;
  decision: 'confirmed' | 'dismissed' | null;
  dismiss_reason: DismissReason | null;
  amount_confirmed_kzt: string | null;
  amount_recovered_kzt: string | null;
  opened_at: Date | string;
  opened_by_login: string;
  last_seen_run_id: string | null;
}

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));
const toCase = (r: CaseRow): Case => ({
  id: r.id,
  findingId: r.finding_id,
  ruleId: r.rule_id,
  district: r.district,
  subjectId: r.subject_id,
  period: r.period,
  amountKzt: num(r.amount_kzt),
  status: r.status,
  assigneeId: r.assignee_id,
  assigneeLogin: r.assignee_login,
  decision: r.decision,
  dismissReason: r.dismiss_reason,
  amountConfirmedKzt: num(r.amount_confirmed_kzt),
  amountRecoveredKzt: num(r.amount_recovered_kzt),
  openedAt: new Date(r.opened_at).toISOString(),
  openedBy: r.opened_by_login,
  lastSeenRunId: r.last_seen_run_id,
});

const SELECT_CASE = `SELECT c.*, a.login AS assignee_login, o.login AS opened_by_login
  FROM cases c LEFT JOIN users a ON a.id = c.assignee_id JOIN users o ON o.id = c.opened_by`;

/** Districts a reader may see: null = all. */
export type Scope = readonly string[] | null;

function scopeClause(scope: Scope, params: unknown[], column = 'c.district'): string {
  return scope === null ? 'TRUE' : `${column} = ANY($${params.push([...scope])})`;
}

export interface CaseRepositoryOptions {
  /**
   * This process is the store's only writer (the embedded store): the case of each finding
   * (id and status) is then kept in memory, updated by the writes below, so the findings
   * list attaches cases without a query per page. Loaded at the first lookup.
   */
  readonly exclusive?: boolean;
}

type CaseOfFinding = { id: number; status: CaseStatus };

export function caseRepository(db: SqlClient, options: CaseRepositoryOptions = {}) {
  let index: Promise<Map<string, CaseOfFinding>> | null = null;

  async function loadIndex(): Promise<Map<string, CaseOfFinding>> {
    const rows = await db.query<{ id: number; finding_id: string; status: CaseStatus }>(
      'SELECT id, finding_id, status FROM cases',
    );
    return new Map(rows.map((r) => [r.finding_id, { id: r.id, status: r.status }]));
  }

  function loadedIndex(): Promise<Map<string, CaseOfFinding>> {
    if (!index) {
      const loading = loadIndex();
      index = loading;
      // A failed load is not kept: the next lookup loads again.
      loading.catch(() => {
        if (index === loading) index = null;
      });
    }
    return index;
  }

  /** After a write: re-read the case into the index (a failed re-read drops the index). */
  async function refresh(where: string, value: unknown): Promise<void> {
    if (!index) return;
    try {
      const rows = await db.query<{ id: number; finding_id: string; status: CaseStatus }>(
        `SELECT id, finding_id, status FROM cases WHERE ${where} = $1`,
        [value],
      );
      const map = await index;
      for (const r of rows) map.set(r.finding_id, { id: r.id, status: r.status });
    } catch (error) {
      index = null;
      throw error;
    }
  }

  async function addEvent(
    tx: SqlExecutor,
    caseId: number,
    userId: number,
    event: CaseEventInput,
  ): Promise<void> {
    const { kind, ...body } = event;
    await tx.query('INSERT INTO case_events (case_id, user_id, kind, body) VALUES ($1, $2, $3, $4)', [
      caseId,
      userId,
      kind,
      JSON.stringify(body),
    ]);
  }
  async function find(id: number, scope: Scope): Promise<Case | null> {
    const params: unknown[] = [id];
    const rows = await db.query<CaseRow>(
      `${SELECT_CASE} WHERE c.id = $1 AND ${scopeClause(scope, params)}`,
      params,
    );
    return rows[0] ? toCase(rows[0]) : null;
  }

  return {
    find,
    async findByFindingIds(ids: readonly string[]): Promise<Map<string, { id: number; status: CaseStatus }>> {
      if (ids.length === 0) return new Map();
      if (options.exclusive) {
        const map = await loadedIndex();
        const found = new Map<string, CaseOfFinding>();
        for (const id of ids) {
          const c = map.get(id);
          if (c) found.set(id, { ...c });
        }
        return found;
      }
      const rows = await db.query<{ id: number; finding_id: string; status: CaseStatus }>(
        'SELECT id, finding_id, status FROM cases WHERE finding_id = ANY($1)',
        [[...ids]],
      );
      return new Map(rows.map((r) => [r.finding_id, { id: r.id, status: r.status }]));
    },
    /** Finding ids of the cases in these statuses (the findings list filters on them). */
    async findingIdsWithStatus(statuses: readonly CaseStatus[]): Promise<string[]> {
      if (statuses.length === 0) return [];
      if (options.exclusive) {
        const map = await loadedIndex();
        return [...map].filter(([, c]) => statuses.includes(c.status)).map(([findingId]) => findingId);
      }
      const rows = await db.query<{ finding_id: string }>(
        'SELECT finding_id FROM cases WHERE status = ANY($1)',
        [[...statuses]],
      );
      return rows.map((r) => r.finding_id);
    },
    /** Open a case on a finding, or return the one already open on it (a finding has one case for life). */
    async open(finding: FindingRef, userId: number): Promise<{ case: Case; created: boolean }> {
      const created = await db.transaction(async (tx) => {
        const rows = await tx.query<{ id: number }>(
          `INSERT INTO cases (finding_id, rule_id, district, subject_id, period, amount_kzt, opened_by, last_seen_run_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (finding_id) DO NOTHING RETURNING id`,
          [
            finding.findingId,
            finding.ruleId,
            finding.district,
            finding.subjectId,
            finding.period,
            finding.amountKzt,
            userId,
            finding.runId,
          ],
        );
        if (rows[0]) await addEvent(tx, rows[0].id, userId, { kind: 'opened' });
        return rows[0] !== undefined;
      });
      if (created) await refresh('finding_id', finding.findingId);
      const [row] = await db.query<CaseRow>(`${SELECT_CASE} WHERE c.finding_id = $1`, [finding.findingId]);
      return { case: toCase(row as CaseRow), created };
    },
    async page(query: CasesQuery, scope: Scope): Promise<{ total: number; items: Case[] }> {
      const params: unknown[] = [];
      const where = [scopeClause(scope, params)];
      if (query.status) where.push(`c.status = $${params.push(query.status)}`);
      if (query.rule) where.push(`c.rule_id = $${params.push(query.rule)}`);
      if (query.district) where.push(`c.district = $${params.push(query.district)}`);
      if (query.assigneeId !== undefined) where.push(`c.assignee_id = $${params.push(query.assigneeId)}`);
      const clause = where.join(' AND ');
      const [count] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM cases c WHERE ${clause}`,
        params,
      );
      const rows = await db.query<CaseRow>(
        `${SELECT_CASE} WHERE ${clause} ORDER BY c.id DESC LIMIT ${Math.trunc(query.limit)} OFFSET ${Math.trunc(query.offset)}`,
        params,
      );
      return { total: count?.n ?? 0, items: rows.map(toCase) };
    },
    async events(caseId: number): Promise<CaseEvent[]> {
      const rows = await db.query<{
        kind: CaseEvent['kind'];
        at: Date | string;
        login: string;
        body: Record<string, unknown>;
        assignee: string | null;
      }>(
        `SELECT e.kind, e.at, u.login, e.body, a.login AS assignee FROM case_events e JOIN users u ON u.id = e.user_id
         LEFT JOIN users a ON a.id = (e.body->>'assigneeId')::int WHERE e.case_id = $1 ORDER BY e.id`,
        [caseId],
      );
      return rows.map((r) => {
        const base = { at: new Date(r.at).toISOString(), by: r.login };
        const b = r.body;
        switch (r.kind) {
          case 'assigned':
            return { kind: 'assigned', ...base, assignee: r.assignee ?? '' };
          case 'commented':
            return { kind: 'commented', ...base, text: String(b.text ?? '') };
          case 'decided':
            return {
              kind: 'decided',
              ...base,
              decision: b.decision as 'confirmed' | 'dismissed',
              reason: (b.reason ?? null) as DismissReason | null,
              note: (b.note ?? null) as string | null,
              amountConfirmedKzt: (b.amountConfirmedKzt ?? null) as number | null,
            };
          case 'recovered':
            return { kind: 'recovered', ...base, amountKzt: Number(b.amountKzt) };
          case 'opened':
          case 'closed':
            return { kind: r.kind, ...base };
        }
      });
    },
    /** Apply a state change and record its event atomically. `set` is the SQL SET list with params from $2. */
    async update(
      caseId: number,
      userId: number,
      event: CaseEventInput,
      set: string,
      values: readonly unknown[],
    ): Promise<void> {
      await db.transaction(async (tx) => {
        if (set) await tx.query(`UPDATE cases SET ${set} WHERE id = $1`, [caseId, ...values]);
        await addEvent(tx, caseId, userId, event);
      });
      if (set) await refresh('id', caseId);
    },
    /** Cases whose finding persists in a new run follow it there. */
    async carryOver(findingIds: readonly string[], runId: string): Promise<number> {
      if (findingIds.length === 0) return 0;
      const rows = await db.query<{ id: number }>(
        'UPDATE cases SET last_seen_run_id = $2 WHERE finding_id = ANY($1) RETURNING id',
        [[...findingIds], runId],
      );
      return rows.length;
    },
    async statsByRule(scope: Scope): Promise<
      {
        ruleId: string;
        reviewed: number;
        confirmed: number;
        dismissed: number;
        amountConfirmed: number;
        amountRecovered: number;
      }[]
    > {
      const params: unknown[] = [];
      const rows = await db.query<{
        rule_id: string;
        reviewed: number;
        confirmed: number;
        dismissed: number;
        ac: string;
        ar: string;
      }>(
        `SELECT rule_id, count(decision)::int AS reviewed,
           count(*) FILTER (WHERE decision = 'confirmed')::int AS confirmed,
           count(*) FILTER (WHERE decision = 'dismissed')::int AS dismissed,
           COALESCE(sum(amount_confirmed_kzt) FILTER (WHERE decision = 'confirmed'), 0) AS ac,
           COALESCE(sum(amount_recovered_kzt), 0) AS ar
         FROM cases c WHERE ${scopeClause(scope, params)} GROUP BY rule_id`,
        params,
      );
      return rows.map((r) => ({
        ruleId: r.rule_id,
        reviewed: r.reviewed,
        confirmed: r.confirmed,
        dismissed: r.dismissed,
        amountConfirmed: Number(r.ac),
        amountRecovered: Number(r.ar),
      }));
    },
    async assignees(scope: Scope): Promise<{ id: number; login: string; role: string }[]> {
      const params: unknown[] = [];
      const filter =
        scope === null
          ? "role IN ('admin', 'analyst', 'district_officer')"
          : `role = 'district_officer' AND districts && $${params.push([...scope])}`;
      return db.query(
        `SELECT id, login, role FROM users WHERE NOT disabled AND ${filter} ORDER BY login`,
        params,
      );
    },
  };
}
export type CaseRepository = ReturnType<typeof caseRepository>;
