import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isBirtizimError } from '../../core/errors/birtizim-error';
import { proposeHeaderMapping } from '../../ingest/inspect-file';
import { sqlString, withWorkspace } from '../../workspace/workspace';
import type { HeaderProposalBody, QuarantinePage } from '../schemas/imports-schemas';
import type { WorkspaceAccess } from '../workspace-access';

/**
 * What a job's load leaves behind besides the workspace: a copy of its quarantine, one
 * Parquet file per job in `<data>/import-results/<jobId>/`. The workspace's `_quarantine`
 * belongs to whichever load came last (and a failed verify never swaps it in), so each job
 * keeps its own copy: the imports page can show any recent job's rejected rows. The copy
 * holds IINs and names like the workspace, in the same data folder; only the copies of the
 * KEEP_RESULTS most recent jobs are kept.
 */
export const KEEP_RESULTS = 20;

const resultsRoot = (dataDir: string): string => join(dataDir, 'import-results');
const quarantineFile = (dataDir: string, jobId: string): string =>
  join(resultsRoot(dataDir), jobId, 'quarantine.parquet');

/** Copy `_quarantine` of the freshly loaded staging workspace, in file and line order. */
export async function saveQuarantine(dataDir: string, jobId: string, stagingFile: string): Promise<void> {
  const file = quarantineFile(dataDir, jobId);
  mkdirSync(join(resultsRoot(dataDir), jobId), { recursive: true });
  await withWorkspace({ file: stagingFile }, (connection) =>
    connection.run(
      `COPY (SELECT registry, file, line, "column", value, reason FROM _quarantine ORDER BY registry, file, line)
       TO ${sqlString(file)} (FORMAT parquet)`,
    ),
  );
}

/** A page of a job's quarantine copy; null when the job has none (its load never finished, or pruned). */
export async function readQuarantine(
  workspace: WorkspaceAccess,
  dataDir: string,
  jobId: string,
  offset: number,
  limit: number,
): Promise<QuarantinePage | null> {
  const file = quarantineFile(dataDir, jobId);
  if (!existsSync(file)) return null;
  const source = `read_parquet(${sqlString(file)})`;
  const [count] = await workspace.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${source}`);
  const items = await workspace.query<QuarantinePage['items'][number]>(
    `SELECT registry, file, line::INTEGER AS line, "column", value, reason FROM ${source}
     ORDER BY registry, file, line LIMIT ${limit} OFFSET ${offset}`,
  );
  return { total: count?.n ?? 0, items };
}

/** Remove the copies of jobs that are no longer among the most recent ones. */
export function pruneResults(dataDir: string, keepJobIds: readonly string[]): void {
  const root = resultsRoot(dataDir);
  if (!existsSync(root)) return;
  const keep = new Set(keepJobIds);
  for (const id of readdirSync(root))
    if (!keep.has(id)) rmSync(join(root, id), { recursive: true, force: true });
}

const HEADER_CODES = new Set([
  'BZ_INGEST_UNKNOWN_HEADER',
  'BZ_INGEST_MISSING_COLUMN',
  'BZ_INGEST_DUPLICATE_COLUMN',
]);

/**
 * When ingest refused the headers, read how each uploaded file's headers were mapped
 * (from the head of each file only), before the upload folder is removed. Null otherwise.
 */
export async function headerProposalsFor(
  cause: unknown,
  snapshotDir: string,
  mappingFile: string | null,
): Promise<HeaderProposalBody[] | null> {
  if (!isBirtizimError(cause) || !HEADER_CODES.has(cause.code)) return null;
  const proposals: HeaderProposalBody[] = [];
  for (const name of readdirSync(snapshotDir).sort()) {
    try {
      const p = await proposeHeaderMapping(join(snapshotDir, name), { mappingFile });
      proposals.push({
        registry: p.registry,
        file: basename(p.file),
        format: p.format,
        encoding: p.encoding,
        delimiter: p.delimiter,
        rawHeaders: [...p.rawHeaders],
        headers: p.headers.map((h) => ({ ...h })),
        unknown: [...p.unknown],
        missingRequired: [...p.missingRequired],
        duplicates: p.duplicates.map((d) => ({ column: d.column, headers: [...d.headers] })),
      });
    } catch {
      // A file that names no registry or cannot be sniffed has no proposal; the error says why.
    }
  }
  return proposals;
}
