import type { DuckDBConnection } from '@duckdb/node-api';
import { silentProgress, type ProgressListener } from '../core/progress';
import { queryRows } from '../workspace/workspace';
import { identifierRule, type BlockingRule } from './blocking-rules';
import { fieldColumn, type LinkField } from './link-fields';
import {
  blockingKeysSql,
  candidatesSql,
  patternSql,
  planLink,
  preparedSql,
  type LinkPlan,
  type LinkSide,
} from './link-sql';
import {
  estimateByEm,
  estimateU,
  priorParameters,
  type ModelParameters,
  type PatternCount,
} from './model-parameters';
import { writePatternTable } from './pattern-table';

/**
 * The one link engine: prepares both sides, blocks, compares and scores, all as DuckDB
 * temporary tables of the connection; only pattern counts come to TS. The result is the
 * temporary table `lk_pairs(lid, rid, left_id, right_id, probability, match_weight,
 * agreement)` holding the pairs at or above `minProbability`; `lk_left`/`lk_right` hold the
 * prepared records (with carried columns) for the caller to join.
 */
export interface LinkJob {
  readonly fields: readonly LinkField[];
  readonly left: LinkSide;
  /** Null: deduplicate the left side. */
  readonly right: LinkSide | null;
  readonly minProbability: number;
  /**
   * `em` (default): u from random pairs, m by EM on the candidates. `u`: u from random pairs,
   * m as the priors say (for jobs whose candidates are dominated by near namesakes, where EM
   * would take "same birth date and surname" for a match). `none`: the priors as they are.
   */
  readonly estimate?: 'em' | 'u' | 'none';
  /** Draw the random pairs for u from the right side only (when the left side is small). */
  readonly uFromRight?: boolean;
  readonly onProgress?: ProgressListener;
}

export interface LinkJobResult {
  readonly leftRecords: number;
  readonly rightRecords: number;
  readonly candidates: number;
  readonly pairs: number;
  readonly parameters: ModelParameters;
  readonly blockingRules: readonly string[];
}

const SAMPLE_PAIRS = 50_000;

/**
 * Patterns of random pairs, drawn by row id: pairs of two different people, but for the
 * handful of true matches a random draw may hit. The draw is a hash of the pair's number, not
 * random(): DuckDB's random() is not reproducible across threads even after setseed, and a
 * different sample moved link scores, decisions near a threshold and indicators between two
 * runs over the same snapshot.
 */
function randomPairsPatternSql(
  plan: LinkPlan,
  job: LinkJob,
  right: string,
  leftRecords: number,
  rightRecords: number,
): string {
  const leftTable = job.uFromRight ? right : 'lk_left';
  const leftCount = job.uFromRight ? rightRecords : leftRecords;
  const draw = (n: number, side: number) => `CAST(hash(i, ${side}) % ${n} AS BIGINT) + 1`;
  return `SELECT ${patternSql(plan)} AS pattern
    FROM (SELECT ${draw(leftCount, 1)} AS a, ${draw(rightRecords, 2)} AS b FROM range(${SAMPLE_PAIRS}) t(i)
      ORDER BY a, b) d
    JOIN ${leftTable} l ON l.rid = d.a JOIN ${right} r ON r.rid = d.b
    WHERE l.rid <> r.rid OR ${job.right && !job.uFromRight ? 'TRUE' : 'FALSE'}`;
}
/** Below this many candidates EM has too little to learn from: the priors stand. */
const MIN_PAIRS_FOR_EM = 1000;
const MIN_RECORDS_FOR_U = 200;

async function count(connection: DuckDBConnection, sql: string): Promise<number> {
  const rows = await queryRows<{ n: bigint | number }>(connection, `SELECT count(*) AS n FROM ${sql}`);
  return Number(rows[0]?.n ?? 0);
}

async function patternCounts(connection: DuckDBConnection, sql: string): Promise<PatternCount[]> {
  const rows = await queryRows<{ pattern: bigint | number; n: bigint | number }>(
    connection,
    `SELECT pattern, count(*) AS n FROM (${sql}) GROUP BY pattern`,
  );
  return rows.map((r) => ({ pattern: Number(r.pattern), count: Number(r.n) }));
}

/** Extra text columns whose values are mostly distinct (ids, phone numbers) also block. */
async function identifierRules(
  connection: DuckDBConnection,
  fields: readonly LinkField[],
  rows: number,
): Promise<BlockingRule[]> {
  const rules: BlockingRule[] = [];
  for (const [i, field] of fields.entries()) {
    if (field.kind !== 'text' || rows === 0) continue;
    const c = fieldColumn(field, i);
    const distinct = await queryRows<{ d: bigint | number }>(
      connection,
      `SELECT count(DISTINCT ${c}) AS d FROM lk_left`,
    );
    if (Number(distinct[0]?.d ?? 0) >= 0.25 * rows) rules.push(identifierRule(c, field.name));
  }
  return rules;
}

export async function runLinkJob(connection: DuckDBConnection, job: LinkJob): Promise<LinkJobResult> {
  const progress = job.onProgress ?? silentProgress;
  const basePlan = planLink(job.fields);
  await connection.run(`CREATE OR REPLACE TEMP TABLE lk_left AS ${preparedSql(basePlan, job.left)}`);
  if (job.right)
    await connection.run(`CREATE OR REPLACE TEMP TABLE lk_right AS ${preparedSql(basePlan, job.right)}`);
  const leftRecords = await count(connection, 'lk_left');
  const rightRecords = job.right ? await count(connection, 'lk_right') : leftRecords;
  progress({ stage: 'link:prepare', done: leftRecords + (job.right ? rightRecords : 0), total: null });

  const plan = planLink(job.fields, await identifierRules(connection, job.fields, leftRecords));
  for (const side of job.right ? ['lk_left', 'lk_right'] : ['lk_left']) {
    await connection.run(`CREATE OR REPLACE TEMP TABLE ${side}_keys AS ${blockingKeysSql(plan, side)}`);
  }
  const right = job.right ? 'lk_right' : 'lk_left';

  await connection.run(
    `CREATE OR REPLACE TEMP TABLE lk_candidates AS ${candidatesSql(plan, 'lk_left_keys', job.right ? 'lk_right_keys' : null)}`,
  );
  await connection.run('DROP TABLE IF EXISTS lk_left_keys');
  await connection.run('DROP TABLE IF EXISTS lk_right_keys');
  await connection.run(`CREATE OR REPLACE TEMP TABLE lk_gamma AS
    SELECT c.lid, c.rid, ${patternSql(plan)} AS pattern
    FROM lk_candidates c JOIN lk_left l ON l.rid = c.lid JOIN ${right} r ON r.rid = c.rid`);
  await connection.run('DROP TABLE lk_candidates');
  const candidates = await patternCounts(connection, 'SELECT pattern FROM lk_gamma');
  const candidateCount = candidates.reduce((a, p) => a + p.count, 0);
  progress({ stage: 'link:compare', done: candidateCount, total: null });

  // EM works on the candidates, where matches are common; it starts from "every record of
  // the smaller side has one partner among them".
  // For a dedupe without EM, assume one record in ten is a second registration.
  const expectedMatches = job.right ? Math.min(leftRecords, rightRecords) : leftRecords / 10;
  const lambda0 = Math.min(0.5, Math.max(1e-4, expectedMatches / Math.max(1, candidateCount)));
  let parameters = priorParameters(plan.comparisons, lambda0);
  const estimate = job.estimate ?? 'em';
  // Random pairs of a few dozen records would mostly be the true pairs themselves.
  const sampled = Math.min(job.uFromRight ? rightRecords : leftRecords, rightRecords);
  if (estimate !== 'none' && sampled >= MIN_RECORDS_FOR_U) {
    const sample = await patternCounts(
      connection,
      randomPairsPatternSql(plan, job, right, leftRecords, rightRecords),
    );
    parameters = { ...parameters, u: estimateU(plan.comparisons, sample) };
    if (estimate === 'em' && candidateCount >= MIN_PAIRS_FOR_EM) {
      parameters = estimateByEm(plan.comparisons, candidates, parameters);
    }
  }
  // Scores use the prior over *all* pairs (as Splink does), so that a probability does not
  // depend on how generous the blocking rules were: expected matches / pairs compared
  // by a full cartesian product.
  const allPairs = job.right ? leftRecords * rightRecords : (leftRecords * (leftRecords - 1)) / 2;
  const lambdaAll = Math.min(
    0.5,
    Math.max(1e-12, (parameters.lambda * candidateCount) / Math.max(1, allPairs)),
  );
  parameters = { ...parameters, lambda: lambdaAll };

  await writePatternTable(connection, plan.comparisons, candidates, parameters);
  await connection.run(`CREATE OR REPLACE TEMP TABLE lk_pairs AS
    SELECT g.lid, g.rid, l.id AS left_id, r.id AS right_id, p.probability, p.match_weight, p.agreement
    FROM lk_gamma g JOIN lk_patterns p USING (pattern)
    JOIN lk_left l ON l.rid = g.lid JOIN ${right} r ON r.rid = g.rid
    WHERE p.probability >= ${job.minProbability}`);
  await connection.run('DROP TABLE lk_gamma');
  const pairs = await count(connection, 'lk_pairs');
  progress({ stage: 'link:score', done: pairs, total: null });
  return {
    leftRecords,
    rightRecords,
    candidates: candidateCount,
    pairs,
    parameters,
    blockingRules: plan.rules.map((r) => r.name),
  };
}
