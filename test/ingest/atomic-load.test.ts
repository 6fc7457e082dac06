import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/ingest/load-snapshot';
import { queryRows, withWorkspace } from '../../src/workspace/workspace';
import { writeSnapshot } from './ingest-fixture';

const POP = 'iin,last_name,first_name,birth_date,sex,district,address_id';
const CONTRIB = 'iin,payer_bin,period,income_kzt';
const popRows = (n: number): string =>
  [POP, ...Array.from({ length: n }, (_, i) => `901123300258,Name${i},B,1990-11-23,M,Almaly,A${i}`)].join(
    '\n',
  );
const contribRows = (n: number): string =>
  [
    CONTRIB,
    ...Array.from({ length: n }, (_, i) => `901123300258,990940003030,2024-0${(i % 9) + 1},${i}`),
  ].join('\n');

/** Tables a load writes before it swaps them in (load-snapshot.ts). */
async function shadowTables(workspaceFile: string): Promise<string[]> {
  const rows = await withWorkspace({ file: workspaceFile }, (c) =>
    queryRows<{ table_name: string }>(
      c,
      "SELECT table_name FROM duckdb_tables() WHERE starts_with(table_name, '_bz_load_') ORDER BY 1",
    ),
  );
  return rows.map((r) => r.table_name);
}

async function state(
  workspaceFile: string,
): Promise<{ population: number; contributions: number; snapshots: string[]; findings: number }> {
  return withWorkspace({ file: workspaceFile }, async (c) => {
    const [counts] = await queryRows<{ p: bigint; c: bigint; f: bigint }>(
      c,
      'SELECT (SELECT count(*) FROM population) p, (SELECT count(*) FROM contributions) c, (SELECT count(*) FROM findings) f',
    );
    const snaps = await queryRows<{ snapshot_id: string }>(c, 'SELECT snapshot_id FROM _snapshot');
    return {
      population: Number(counts?.p),
      contributions: Number(counts?.c),
      findings: Number(counts?.f),
      snapshots: snaps.map((s) => s.snapshot_id),
    };
  });
}

function loadAndKillMidway(snapshotDir: string, workspaceFile: string): Promise<string> {
  const script = fileURLToPath(new URL('./killable-load.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, snapshotDir, workspaceFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('MID-LOAD')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(out) : reject(new Error(`child ended ${code}: ${out} ${err}`)),
    );
  });
}

describe('atomic load', () => {
  it('keeps the previous snapshot when a load is killed half-way, and keeps verify outputs across loads', async () => {
    const workspaceFile = join(mkdtempSync(join(tmpdir(), 'bz-atomic-')), 'workspace.duckdb');
    const first = await loadSnapshot({
      snapshotDir: writeSnapshot({ 'population.csv': popRows(5), 'contributions.csv': contribRows(7) }),
      workspaceFile,
    });
    await withWorkspace({ file: workspaceFile }, (c) =>
      c
        .run(`INSERT INTO findings (run_id, finding_id, rule_id) VALUES ('r1', 'f1', 'ASP-01')`)
        .then(() => undefined),
    );
    const before = await state(workspaceFile);
    expect(before).toEqual({ population: 5, contributions: 7, findings: 1, snapshots: [first.snapshotId] });

    const second = writeSnapshot({ 'population.csv': popRows(300), 'contributions.csv': contribRows(400) });
    const out = await loadAndKillMidway(second, workspaceFile);
    expect(out).toContain('MID-LOAD');
    expect(out).not.toContain('FINISHED');
    expect(await state(workspaceFile)).toEqual(before);
    // The kill came after the new population was written beside the live one.
    expect(await shadowTables(workspaceFile)).toContain('_bz_load_population');

    const reloaded = await loadSnapshot({ snapshotDir: second, workspaceFile });
    expect(await state(workspaceFile)).toEqual({
      population: 300,
      contributions: 400,
      findings: 1,
      snapshots: [reloaded.snapshotId],
    });
    expect(await shadowTables(workspaceFile)).toEqual([]);
  });

  it('rolls back a load that fails on a later file', async () => {
    const workspaceFile = join(mkdtempSync(join(tmpdir(), 'bz-atomic-')), 'workspace.duckdb');
    await loadSnapshot({ snapshotDir: writeSnapshot({ 'population.csv': popRows(4) }), workspaceFile });
    const next = writeSnapshot({ 'population.csv': popRows(9), 'contributions.csv': contribRows(3) });
    const failing = loadSnapshot({
      snapshotDir: next,
      workspaceFile,
      onProgress(event) {
        if (event.stage === 'ingest:contributions') throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect((await state(workspaceFile)).population).toBe(4);
    expect(await shadowTables(workspaceFile)).toEqual([]);
  });

  it('reports an unreadable XLSX with a code, before touching the workspace', async () => {
    const workspaceFile = join(mkdtempSync(join(tmpdir(), 'bz-atomic-')), 'workspace.duckdb');
    await loadSnapshot({ snapshotDir: writeSnapshot({ 'population.csv': popRows(4) }), workspaceFile });
    const broken = writeSnapshot({
      'population.csv': popRows(9),
      'staff.xlsx': 'PK\u0003\u0004 not really a workbook',
    });
    await expect(loadSnapshot({ snapshotDir: broken, workspaceFile })).rejects.toMatchObject({
      code: 'BZ_INGEST_READ_FAILED',
    });
    expect((await state(workspaceFile)).population).toBe(4);
  });
});
