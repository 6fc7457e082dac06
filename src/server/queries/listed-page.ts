import type { FindingsFilter } from '../schemas/findings-schemas';
import type { WorkspaceAccess } from '../workspace-access';
import type { RunRef } from './runs-query';
import { PromiseCache } from './promise-cache';
import { SqlParams } from './sql-params';
import { SUMMARY_STRUCT, type SummaryRow } from './summary-row';

/**
 * Pages of the list in its default order (amount, largest first), for the whole city or
 * one district, read by the positions stored in `_listed_findings` (see listed-findings.ts).
 *
 * Even a range of positions costs DuckDB a scan of a whole row group (122 880 rows: zone
 * maps go no finer), about 5 ms of CPU whether it returns 50 rows or 500; with many
 * readers that scan was most of the server's work per page. The rows are therefore read
 * in blocks of BLOCK_ROWS positions and the blocks kept in memory: a run's findings never
 * change once written (an import swaps the file and bumps the generation, which is part
 * of the key), so a block is read once and the next pages of it cost no query.
 */
const BLOCK_ROWS = 500;
/** About 0.3 KB a row in memory: at most ~8 MB of blocks. */
const MAX_BLOCKS = 48;

const blockCache = new PromiseCache<readonly SummaryRow[]>(MAX_BLOCKS);

/**
 * Blocks `first..last` as JSON texts built by DuckDB on its own threads: turning 500 rows of
 * eleven columns into objects value by value cost the event loop ~3 ms a block, JSON.parse
 * of the same rows ~1 ms.
 */
async function readBlocks(
  ws: WorkspaceAccess,
  runId: string,
  district: string | null,
  first: number,
  last: number,
): Promise<Map<number, readonly SummaryRow[]>> {
  const p = new SqlParams();
  const column = district === null ? 'list_pos' : 'district_pos';
  const inDistrict = district === null ? 'TRUE' : `district = ${p.add(district)}`;
  const sql = `SELECT (pos - 1) // ${BLOCK_ROWS} AS block, CAST(to_json(list(r ORDER BY pos)) AS VARCHAR) AS rows
    FROM (SELECT ${column} AS pos, ${SUMMARY_STRUCT} AS r FROM _listed_findings WHERE list_run_id = ${p.add(runId)}
      AND ${column} > ${p.add(first * BLOCK_ROWS)} AND ${column} <= ${p.add((last + 1) * BLOCK_ROWS)} AND ${inDistrict})
    GROUP BY block`;
  const result = await ws.query<{ block: bigint | number; rows: string | null }>(sql, p.values);
  return new Map(result.map((r) => [Number(r.block), r.rows ? (JSON.parse(r.rows) as SummaryRow[]) : []]));
}

/** Blocks asked for in one turn of the event loop are read together when this close. */
const MAX_BATCH_SPAN = 24;

interface PendingBlock {
  readonly resolve: (rows: readonly SummaryRow[]) => void;
  readonly reject: (error: unknown) => void;
}

const pendingReads = new WeakMap<WorkspaceAccess, Map<string, Map<number, PendingBlock[]>>>();

/**
 * Reads the blocks asked for in one turn of the event loop with as few queries as their
 * spread allows: a query costs a scan of a row group whether it returns one block or many
 * (see above), so fifty first requests spread over twenty blocks cost one scan, not twenty.
 */
async function flushBlocks(
  ws: WorkspaceAccess,
  runId: string,
  district: string | null,
  pending: Map<number, PendingBlock[]>,
): Promise<void> {
  const blocks = [...pending.keys()].sort((a, b) => a - b);
  while (blocks.length > 0) {
    const first = blocks[0] as number;
    const group = blocks.splice(0, blocks.filter((b) => b - first < MAX_BATCH_SPAN).length);
    const last = group[group.length - 1] as number;
    try {
      const read = await readBlocks(ws, runId, district, first, last);
      for (const b of group) for (const waiting of pending.get(b) ?? []) waiting.resolve(read.get(b) ?? []);
    } catch (error) {
      for (const b of group) for (const waiting of pending.get(b) ?? []) waiting.reject(error);
    }
  }
}

function readBlock(
  ws: WorkspaceAccess,
  runId: string,
  district: string | null,
  block: number,
): Promise<readonly SummaryRow[]> {
  let byKey = pendingReads.get(ws);
  if (!byKey) {
    byKey = new Map();
    pendingReads.set(ws, byKey);
  }
  const key = JSON.stringify([ws.generation, runId, district]);
  let pending = byKey.get(key);
  if (!pending) {
    const batch = new Map<number, PendingBlock[]>();
    pending = batch;
    byKey.set(key, batch);
    const owner = byKey;
    setImmediate(() => {
      owner.delete(key);
      void flushBlocks(ws, runId, district, batch);
    });
  }
  const batch = pending;
  return new Promise((resolve, reject) => {
    const waiting = batch.get(block);
    if (waiting) waiting.push({ resolve, reject });
    else batch.set(block, [{ resolve, reject }]);
  });
}

/** One block, shared by concurrent requests for it; a failed read is not remembered. */
function cachedBlock(
  ws: WorkspaceAccess,
  runId: string,
  district: string | null,
  block: number,
): Promise<readonly SummaryRow[]> {
  const key = JSON.stringify([ws.generation, runId, district, block]);
  return blockCache.get(ws, key, () => readBlock(ws, runId, district, block));
}

/**
 * The page, or null when the filter asks for something other than the default order of
 * the city or of one district (the caller then sorts). The user's district scope is
 * applied here as in every other query: a district outside it gives no rows.
 */
export function positionedPage(
  ws: WorkspaceAccess,
  run: RunRef,
  filter: FindingsFilter,
  scope: readonly string[] | null,
  offset: number,
  limit: number,
): Promise<SummaryRow[]> | null {
  const { runId: _runId, sort, order, district, ...rest } = filter;
  if (Object.values(rest).some((v) => v !== undefined)) return null;
  if ((sort ?? 'amount') !== 'amount' || (order ?? 'desc') !== 'desc') return null;
  const only = district ?? (scope?.length === 1 ? scope[0] : undefined);
  if (only === undefined && scope !== null) return null;
  if (only !== undefined && scope !== null && !scope.includes(only)) return Promise.resolve([]);
  const from = Math.trunc(offset);
  const to = from + Math.trunc(limit);
  const first = Math.floor(from / BLOCK_ROWS);
  const last = Math.floor((to - 1) / BLOCK_ROWS);
  const blocks: Promise<readonly SummaryRow[]>[] = [];
  for (let b = first; b <= last; b++) blocks.push(cachedBlock(ws, run.runId, only ?? null, b));
  // Positions are row numbers (1, 2, 3 ... with no gap), so block b holds b*BLOCK_ROWS+1 onwards.
  return Promise.all(blocks).then((read) =>
    read.flat().slice(from - first * BLOCK_ROWS, to - first * BLOCK_ROWS),
  );
}
