import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeIin } from '../../src/core/iin';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { runVerify } from '../../src/verify/run-verify';
import type { VerifySummary } from '../../src/verify/verify-summary';
import { queryRows, withWorkspace } from '../../src/workspace/workspace';
import { insertTinyRegistries, type TinyRegistries } from '../checks/harness';

const AS_OF = '2026-10-15';
const dir = mkdtempSync(join(tmpdir(), 'bz-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const person = (i: number, extra: Record<string, string | null> = {}) => ({
  iin: composeIin('1985-03-01', 'M', i),
  last_name: 'Ахметов',
  first_name: 'Ерлан',
  birth_date: '1985-03-01',
  sex: 'M',
  district: 'ALM-MEDEU',
  address_id: `A${i}`,
  household_id: `H${i}`,
  ...extra,
});

/** A workspace as ingest leaves it: registry tables, `_load_files`, `_snapshot`, a quarantined row. */
async function buildWorkspace(file: string, registries: TinyRegistries): Promise<void> {
  await withWorkspace({ file }, async (connection) => {
    await insertTinyRegistries(connection, registries);
    await connection.run(`INSERT INTO _snapshot VALUES ('snap-1', '/snap', TIMESTAMP '2026-10-15 10:00:00')`);
    for (const [name, rows] of Object.entries(registries)) {
      await connection.run(`INSERT INTO _load_files VALUES ('${name}', '${name}.csv', 'csv', 'utf-8', ',',
        ${rows.length + 1}, ${rows.length}, 1, 0, '[]')`);
    }
    await connection.run(
      `INSERT INTO _quarantine VALUES ('population', 'population.csv', 7, 'iin', '12345', 'bad IIN')`,
    );
  });
}

describe('runVerify', () => {
  const workspaceFile = join(dir, 'ws.duckdb');
  const outDir = join(dir, 'out');
  let summary: VerifySummary;
  const unknownIin = composeIin('1990-01-01', 'F', 999);

  beforeAll(async () => {
    await buildWorkspace(workspaceFile, {
      population: [person(1), person(2), person(3, { death_date: '2025-01-01' })],
      osms_status: [{ iin: unknownIin, insured: true, category: 'employee', as_of: '2026-09-30' }],
      reported: [
        { district: 'ALM-MEDEU', indicator: 'population', period: '2026-07-01', value: 2 },
        { district: 'ALM-MEDEU', indicator: 'population', period: '2026-04-01', value: 2 },
      ],
    });
    summary = await runVerify({ workspaceFile, outDir, asOf: AS_OF, params: DEFAULT_PARAMETERS });
  });

  it('writes every output file of the contract with its header', () => {
    const header = (f: string) => readFileSync(join(outDir, f), 'utf8').split('\n')[0];
    expect(header('findings.csv')).toBe(
      'finding_id,rule_id,severity,district,subject_id,period,amount_kzt,linked_by_name,evidence',
    );
    expect(header('indicators.csv')).toBe('district,indicator,period,computed,reported');
    expect(header('quarantine.csv')).toBe('registry,file,line,column,value,reason');
    expect(header('links.csv')).toBe('registry,line,iin,score,decision');
    expect(existsSync(join(outDir, 'summary.json'))).toBe(true);
  });

  it('finds the unknown person, with the registry row in evidence', () => {
    const csv = readFileSync(join(outDir, 'findings.csv'), 'utf8');
    expect(csv).toContain(`REG-02,high,,${unknownIin},`);
    expect(summary.rules_run.find((r) => r.rule_id === 'REG-02')?.findings).toBe(1);
  });

  it('reports rules whose registries are absent as not run, with why', () => {
    const asp01 = summary.rules_not_run.find((r) => r.rule_id === 'ASP-01');
    expect(asp01?.missing_registries).toEqual(['asp_cases', 'asp_members', 'contributions']);
    expect(asp01?.reason).toMatch(/absent or empty/);
    expect(summary.rules_run.some((r) => r.rule_id === 'ASP-01')).toBe(false);
  });

  it('computes indicators for the last complete quarter beside the reported ones', () => {
    const lines = readFileSync(join(outDir, 'indicators.csv'), 'utf8').trim().split('\n');
    expect(lines).toContain('ALM-MEDEU,population,2026-Q3,2.0,2.0');
    expect(lines).toContain('ALM-MEDEU,population,2026-Q2,,2.0');
    expect(summary.indicators.period).toBe('2026-Q3');
  });

  it('summarises rows per registry, parameters, as_of and stage times, and records the run', async () => {
    const file = JSON.parse(readFileSync(join(outDir, 'summary.json'), 'utf8')) as VerifySummary;
    expect(file.as_of).toBe(AS_OF);
    expect(file.registries.find((r) => r.registry === 'population')).toMatchObject({
      present: true,
      rows_read: 4,
      rows_loaded: 3,
      rows_quarantined: 1,
    });
    expect(file.registries.find((r) => r.registry === 'asp_cases')?.present).toBe(false);
    expect(file.parameters.report_tolerance_pct).toBe(5);
    expect(Object.keys(file.seconds_per_stage)).toEqual(
      expect.arrayContaining(['indicators', 'checks', 'outputs']),
    );
    expect(readFileSync(join(outDir, 'quarantine.csv'), 'utf8')).toContain(
      'population,population.csv,7,iin,12345',
    );
    const runs = await withWorkspace({ file: workspaceFile }, (c) =>
      queryRows<{ run_id: string; snapshot_id: string }>(c, 'SELECT run_id, snapshot_id FROM _runs'),
    );
    expect(runs).toEqual([{ run_id: summary.run_id, snapshot_id: 'snap-1' }]);
  });

  it('keeps earlier runs and gives the same finding the same id', async () => {
    const second = await runVerify({ workspaceFile, asOf: AS_OF, params: DEFAULT_PARAMETERS });
    const rows = await withWorkspace({ file: workspaceFile }, (c) =>
      queryRows<{ run_id: string; finding_id: string }>(
        c,
        `SELECT run_id, finding_id FROM findings WHERE rule_id = 'REG-02' ORDER BY run_id`,
      ),
    );
    expect(rows.map((r) => r.run_id).sort()).toEqual([summary.run_id, second.run_id].sort());
    expect(rows[0]?.finding_id).toBe(rows[1]?.finding_id);
  });

  it('fails with a clear error when there is no population', async () => {
    const empty = join(dir, 'empty.duckdb');
    await buildWorkspace(empty, { osms_status: [] });
    await expect(
      runVerify({ workspaceFile: empty, asOf: AS_OF, params: DEFAULT_PARAMETERS }),
    ).rejects.toMatchObject({
      code: 'BZ_VERIFY_NO_POPULATION',
    });
  });

  it('rejects a malformed as-of date', async () => {
    await expect(
      runVerify({ workspaceFile, asOf: '2026-13-01', params: DEFAULT_PARAMETERS }),
    ).rejects.toMatchObject({ code: 'BZ_VERIFY_BAD_AS_OF' });
  });
});
