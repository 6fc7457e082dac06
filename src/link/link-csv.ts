import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BirtizimError } from '../core/errors/birtizim-error';
import { silentProgress, type ProgressListener } from '../core/progress';
import { queryRows, sqlString, withWorkspace } from '../workspace/workspace';
import { connectedComponents } from './clusters';
import { parseColumnMap } from './column-map';
import { csvSide } from './csv-source';
import { runLinkJob, type LinkJobResult } from './link-engine';

/**
 * `birtizim link`: deduplicate one CSV or link two, on data that is not ours. Writes
 * `pairs.csv` (left_id, right_id, score, decision match|review, agreement JSON) and
 * `clusters.csv` (id, cluster_id[, source]): connected components of the matches, every
 * record listed, a singleton being its own cluster.
 */
export interface LinkCsvOptions {
  readonly left: string;
  readonly right?: string | null;
  readonly map: string;
  readonly outDir: string;
  /** Probability from which a pair is a match. */
  readonly threshold: number;
  /** Probability from which a pair is kept for review. */
  readonly reviewThreshold: number;
  /** How m and u are estimated (see LinkJob); EM by default. */
  readonly estimate?: 'em' | 'u' | 'none';
  readonly onProgress?: ProgressListener;
}

export interface LinkCsvSummary extends LinkJobResult {
  readonly matches: number;
  readonly reviews: number;
  readonly clusters: number;
  readonly seconds: number;
}

function checkProbability(value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new BirtizimError('BZ_LINK_BAD_THRESHOLD', { value: String(value) });
  }
}

async function writeClusters(
  connection: DuckDBConnection,
  result: LinkJobResult,
  twoFiles: boolean,
  threshold: number,
  file: string,
): Promise<number> {
  // Nodes: left records 0..L-1, right records L..L+R-1 (rid is 1-based in SQL).
  const offset = twoFiles ? result.leftRecords : 0;
  const rows = await queryRows<{ lid: bigint; rid: bigint }>(
    connection,
    `SELECT lid, rid FROM lk_pairs WHERE probability >= ${threshold}`,
  );
  const size = result.leftRecords + (twoFiles ? result.rightRecords : 0);
  const roots = connectedComponents(
    size,
    rows.map((r) => [Number(r.lid) - 1, Number(r.rid) - 1 + offset] as const),
  );
  await connection.run('CREATE OR REPLACE TEMP TABLE lk_roots (node BIGINT, root BIGINT)');
  const moved: string[] = [];
  roots.forEach((root, node) => {
    if (root !== node) moved.push(`(${node}, ${root})`);
  });
  for (let i = 0; i < moved.length; i += 5000) {
    await connection.run(`INSERT INTO lk_roots VALUES ${moved.slice(i, i + 5000).join(', ')}`);
  }
  const nodes = twoFiles
    ? `SELECT rid - 1 AS node, id, 'left' AS source FROM lk_left UNION ALL SELECT rid - 1 + ${offset}, id, 'right' FROM lk_right`
    : `SELECT rid - 1 AS node, id FROM lk_left`;
  await connection.run(`COPY (
      WITH n AS (${nodes}), named AS (SELECT n.*, coalesce(x.root, n.node) AS root FROM n LEFT JOIN lk_roots x USING (node))
      SELECT a.id, b.id AS cluster_id${twoFiles ? ', a.source' : ''}
      FROM named a JOIN n b ON b.node = a.root ORDER BY a.node
    ) TO ${sqlString(file)} (HEADER, DELIMITER ',')`);
  return new Set(roots).size;
}

export async function linkCsv(options: LinkCsvOptions): Promise<LinkCsvSummary> {
  checkProbability(options.threshold);
  checkProbability(options.reviewThreshold);
  const started = Date.now();
  const map = parseColumnMap(options.map);
  mkdirSync(options.outDir, { recursive: true });
  return withWorkspace({ file: ':memory:' }, async (connection) => {
    const left = await csvSide(connection, options.left, map, 'lk_src_left');
    const right = options.right ? await csvSide(connection, options.right, map, 'lk_src_right') : null;
    const result = await runLinkJob(connection, {
      fields: map.entries.map((e) => e.field),
      left,
      right,
      minProbability: Math.min(options.reviewThreshold, options.threshold),
      estimate: options.estimate ?? 'em',
      onProgress: options.onProgress ?? silentProgress,
    });
    const t = options.threshold;
    await connection.run(`COPY (
        SELECT left_id, right_id, round(probability, 6) AS score,
          CASE WHEN probability >= ${t} THEN 'match' ELSE 'review' END AS decision, agreement
        FROM lk_pairs ORDER BY probability DESC, left_id, right_id
      ) TO ${sqlString(join(options.outDir, 'pairs.csv'))} (HEADER, DELIMITER ',')`);
    const counts = await queryRows<{ matches: bigint; reviews: bigint }>(
      connection,
      `SELECT count(*) FILTER (WHERE probability >= ${t}) AS matches, count(*) FILTER (WHERE probability < ${t}) AS reviews FROM lk_pairs`,
    );
    const clusters = await writeClusters(
      connection,
      result,
      right !== null,
      t,
      join(options.outDir, 'clusters.csv'),
    );
    return {
      ...result,
      matches: Number(counts[0]?.matches ?? 0),
      reviews: Number(counts[0]?.reviews ?? 0),
      clusters,
      seconds: (Date.now() - started) / 1000,
    };
  });
}
