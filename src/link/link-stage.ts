import type { DuckDBConnection } from '@duckdb/node-api';
import type { Parameters } from '../core/params';
import { silentProgress, type ProgressListener } from '../core/progress';
import { REGISTRIES, type RegistryName } from '../registries/catalog';
import { idTextSql } from '../workspace/id-text';
import { VERIFY_OUTPUT_DDL } from '../workspace/registry-tables';
import { queryRows, sqlIdent, sqlString, tableExists } from '../workspace/workspace';
import { runLinkJob } from './link-engine';
import type { LinkField } from './link-fields';
import { logit2, probabilityOf } from './model-parameters';

/**
 * LNK stage of verify (checks.md, Linkage): rows loaded without a usable person IIN but with
 * name and birth date are linked to `population`. The best candidate at or above
 * `link_accept_threshold` (a probability) is accepted unless a second person comes within
 * `AMBIGUITY_MARGIN_BITS` of its match weight (then a human decides: review); from
 * `link_review_threshold` the row goes to review; below, it stays unlinked. Every such row is
 * written to `_links` with its score and agreement. The stage is idempotent: links made by
 * name in an earlier run are undone first.
 */
export type LinkDecision = 'accept' | 'review' | 'unlinked';

export interface LinkStageOptions {
  readonly runId: string;
  readonly params: Parameters;
  readonly onProgress?: ProgressListener;
}

export interface LinkStageSummary {
  readonly rows: number;
  readonly byRegistry: Readonly<Partial<Record<RegistryName, Readonly<Record<LinkDecision, number>>>>>;
  readonly candidates: number;
  readonly seconds: number;
}

const FIELDS: readonly LinkField[] = [
  { kind: 'known', name: 'last_name' },
  { kind: 'known', name: 'first_name' },
  { kind: 'known', name: 'middle_name' },
  { kind: 'known', name: 'birth_date' },
  { kind: 'known', name: 'iin' },
];

/**
 * One row is one person, so when two candidates both score high, what matters is how much
 * better the best fits than the runner-up: given that one of the two is the person, the odds
 * for the best are 2^(w1 - w2) for match weights w1, w2 in bits. 6 bits is odds of 64 to 1
 * (the runner-up at most ~1.5 % likely), above the 0.99 precision we keep. It separates a
 * birth date that agrees from one a digit off (~7 bits) or a transliterated name from a
 * different one (~10 bits), and leaves in review what the record cannot tell apart: twins
 * with similar names, namesakes born the same day (a margin near 0), a date whose day and
 * month may be swapped (~3 bits).
 */
export const AMBIGUITY_MARGIN_BITS = 6;

const PERSON_REGISTRIES = REGISTRIES.filter((r) => r.personColumn !== null);

/**
 * Rewrite the rows of `table` chosen by `rows` (a FROM … WHERE over alias `t`, `t` being the
 * table) with the values of `replace`, as DELETE + INSERT in one transaction instead of an
 * UPDATE. DuckDB's UPDATE of a few rows spread over a large compressed table reads each old
 * value back from its compressed vector: 3.1 s for 42 k of contributions' 17 M rows at
 * 2.5 M persons, against 0.7 s to move them. Moved rows go to the end of the table, which no
 * reader minds: they order by `_line`, which is unique in a registry table (one file each).
 */
async function rewriteRows(
  connection: DuckDBConnection,
  table: string,
  replace: string,
  rows: string,
): Promise<void> {
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(`CREATE OR REPLACE TEMP TABLE lk_moved AS SELECT t.* REPLACE (${replace}) ${rows}`);
    const [moved] = await queryRows<{ n: bigint }>(connection, 'SELECT count(*) AS n FROM lk_moved');
    // Nothing to move (a fresh load has no name links to reset): the DELETE would still scan `_line`.
    if (Number(moved?.n ?? 0) > 0) {
      await connection.run(`DELETE FROM ${table} WHERE _line IN (SELECT _line FROM lk_moved)`);
      await connection.run(`INSERT INTO ${table} SELECT * FROM lk_moved`);
    }
    await connection.run('DROP TABLE lk_moved');
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export async function runLinkStage(
  connection: DuckDBConnection,
  options: LinkStageOptions,
): Promise<LinkStageSummary> {
  const started = Date.now();
  const progress = options.onProgress ?? silentProgress;
  const { link_accept_threshold: accept, link_review_threshold: review } = options.params;
  for (const ddl of VERIFY_OUTPUT_DDL.filter((d) => d.includes(' _links '))) await connection.run(ddl);
  await connection.run(`DELETE FROM _links WHERE run_id = ${sqlString(options.runId)}`);

  const waiting: string[] = [];
  for (const spec of PERSON_REGISTRIES) {
    if (!(await tableExists(connection, spec.name))) continue;
    const t = sqlIdent(spec.name);
    const person = sqlIdent(spec.personColumn ?? '');
    await rewriteRows(
      connection,
      t,
      `NULL::BIGINT AS ${person}, false AS linked_by_name, NULL::DOUBLE AS _link_score`,
      `FROM ${t} AS t WHERE linked_by_name`,
    );
    waiting.push(`SELECT ${sqlString(spec.name)} AS registry, _line AS line, last_name, first_name, middle_name,
      birth_date, _iin_raw FROM ${t} WHERE ${person} IS NULL`);
  }
  const empty: LinkStageSummary = { rows: 0, byRegistry: {}, candidates: 0, seconds: 0 };
  if (waiting.length === 0 || !(await tableExists(connection, 'population'))) return empty;
  await connection.run(`CREATE OR REPLACE TEMP TABLE lk_waiting AS ${waiting.join(' UNION ALL ')}`);
  const rows = Number(
    (await queryRows<{ n: bigint }>(connection, 'SELECT count(*) AS n FROM lk_waiting'))[0]?.n ?? 0,
  );
  if (rows === 0) return { ...empty, seconds: (Date.now() - started) / 1000 };

  const result = await runLinkJob(connection, {
    fields: FIELDS,
    left: {
      relation: 'lk_waiting',
      id: `registry || ':' || line`,
      carry: ['registry', 'line'],
      columns: ['last_name', 'first_name', 'middle_name', 'birth_date', '_iin_raw'],
    },
    // Compared and reported as the 12-digit text the waiting rows carry (`_iin_raw`).
    right: {
      relation: 'population',
      id: idTextSql('iin'),
      columns: ['last_name', 'first_name', 'middle_name', 'birth_date', idTextSql('iin')],
    },
    // Keep runners-up that could come within the margin of an accepted best.
    minProbability: Math.min(review, probabilityOf(logit2(accept) - AMBIGUITY_MARGIN_BITS)),
    // The waiting rows may be few; chance agreement is a property of the city's people.
    uFromRight: true,
    estimate: 'u',
    onProgress: progress,
  });

  await connection.run(`INSERT INTO _links
    WITH ranked AS (
      SELECT lid, right_id, probability, agreement,
        row_number() OVER w AS rank,
        match_weight - lead(match_weight) OVER w AS lead_bits
      FROM lk_pairs
      WINDOW w AS (PARTITION BY lid ORDER BY match_weight DESC, right_id))
    SELECT ${sqlString(options.runId)}, l.registry, l.line,
      CASE WHEN b.probability >= ${review} THEN b.right_id ELSE '' END,
      coalesce(b.probability, 0),
      CASE WHEN b.probability >= ${accept} AND coalesce(b.lead_bits >= ${AMBIGUITY_MARGIN_BITS}, true)
             THEN 'accept'
           WHEN b.probability >= ${review} THEN 'review' ELSE 'unlinked' END,
      b.agreement
    FROM lk_left l LEFT JOIN ranked b ON b.lid = l.rid AND b.rank = 1`);

  for (const spec of PERSON_REGISTRIES) {
    if (!(await tableExists(connection, spec.name))) continue;
    const t = sqlIdent(spec.name);
    await rewriteRows(
      connection,
      t,
      `CAST(x.iin AS BIGINT) AS ${sqlIdent(spec.personColumn ?? '')}, true AS linked_by_name, x.score AS _link_score`,
      `FROM ${t} AS t JOIN _links x ON x.line = t._line
       WHERE x.run_id = ${sqlString(options.runId)} AND x.registry = ${sqlString(spec.name)} AND x.decision = 'accept'`,
    );
  }
  const counts = await queryRows<{ registry: RegistryName; decision: LinkDecision; n: bigint }>(
    connection,
    `SELECT registry, decision, count(*) AS n FROM _links WHERE run_id = ${sqlString(options.runId)} GROUP BY ALL`,
  );
  const byRegistry: Partial<Record<RegistryName, Record<LinkDecision, number>>> = {};
  for (const c of counts) {
    const entry = (byRegistry[c.registry] ??= { accept: 0, review: 0, unlinked: 0 });
    entry[c.decision] = Number(c.n);
  }
  for (const t of ['lk_waiting', 'lk_left', 'lk_right', 'lk_pairs', 'lk_patterns']) {
    await connection.run(`DROP TABLE IF EXISTS ${t}`);
  }
  progress({ stage: 'link:done', done: rows, total: rows });
  return { rows, byRegistry, candidates: result.candidates, seconds: (Date.now() - started) / 1000 };
}
