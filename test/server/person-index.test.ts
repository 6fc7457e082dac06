import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { generateCity } from '../../src/generate/generate-city';
import { personData, personDistricts } from '../../src/server/queries/person-query';
import { personIndexIsCurrent } from '../../src/server/queries/person-rows-query';
import { openWorkspaceAccess, type WorkspaceAccess } from '../../src/server/workspace-access';
import { runVerify } from '../../src/verify/run-verify';
import type { VerifySummary } from '../../src/verify/verify-summary';
import { withWorkspace } from '../../src/workspace/workspace';
import { idText } from '../../src/workspace/id-text';

/**
 * The person card read through the person index (built by verify after link) must be the
 * card the registry scan gives: same rows, same order, same matched columns, for people in
 * several registries and roles, and for rows whose IIN the link stage filled in by name.
 */
const AS_OF = '2026-10-15';
const root = mkdtempSync(join(tmpdir(), 'bz-person-index-'));
const workspaceFile = join(root, 'workspace.duckdb');
let summary: VerifySummary;

beforeAll(async () => {
  await generateCity({ persons: 3000, seed: 11, outDir: join(root, 'city'), messy: true, asOf: AS_OF });
  summary = await runVerify({
    snapshotDir: join(root, 'city', 'snapshot'),
    workspaceFile,
    asOf: AS_OF,
    params: DEFAULT_PARAMETERS,
  });
}, 200_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function withAccess<T>(work: (ws: WorkspaceAccess) => Promise<T>): Promise<T> {
  const ws = await openWorkspaceAccess(workspaceFile, { threads: 1 });
  try {
    return await work(ws);
  } finally {
    await ws.close();
  }
}

async function expectSameCards(ws: WorkspaceAccess, iins: readonly string[]): Promise<void> {
  for (const iin of iins) {
    const [indexed, scanned] = [await personData(ws, iin), await personData(ws, iin, { scan: true })];
    expect(indexed, iin).toEqual(scanned);
    expect(await personDistricts(ws, iin), iin).toEqual(await personDistricts(ws, iin, { scan: true }));
  }
}

describe('person index', () => {
  it('is built by verify as its own stage', () => {
    expect(summary.seconds_per_stage).toHaveProperty('person_index');
  });

  it('gives the cards the scan gives: several registries, roles and name-linked rows', async () => {
    await withAccess(async (ws) => {
      expect(await personIndexIsCurrent(ws)).toBe(true);
      const pick = async (sql: string) => (await ws.query<{ iin: string }>(sql)).map((r) => idText(r.iin));
      const sample = await pick(`SELECT iin FROM population ORDER BY hash(iin) LIMIT 25`);
      // A doctor who is also a patient: rows under `doctor_iin` and under `iin`.
      const doctors = await pick(`SELECT doctor_iin AS iin FROM medical_services
        WHERE doctor_iin IN (SELECT iin FROM medical_services) GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2`);
      const linked = await pick(`SELECT iin FROM contributions WHERE linked_by_name
        UNION SELECT iin FROM medical_services WHERE linked_by_name ORDER BY 1 LIMIT 4`);
      const unknown = ['000000000000', '991231999999'];
      expect(doctors.length).toBeGreaterThan(0);
      expect(linked.length).toBeGreaterThan(0);
      await expectSameCards(ws, [...sample, ...doctors, ...linked, ...unknown]);

      const doctorCard = await personData(ws, doctors[0] as string);
      const services = doctorCard.registries.find((r) => r.registry === 'medical_services');
      expect(services?.matchedColumns).toEqual(['iin', 'doctor_iin']);
      const linkedCard = await personData(ws, linked[0] as string);
      const linkedRows = linkedCard.registries
        .flatMap((r) => r.rows)
        .filter((r) => r.linked_by_name === true);
      expect(linkedRows.length).toBeGreaterThan(0);
      expect(new Set(linkedCard.registries.map((r) => r.registry)).size).toBeGreaterThan(1);
    });
  });

  it('is not used once the workspace holds another load, nor when it is absent', async () => {
    const someone = await withAccess(async (ws) =>
      (await ws.query<{ iin: string }>(`SELECT iin FROM population ORDER BY iin LIMIT 1`)).map((r) =>
        idText(r.iin),
      ),
    );
    // What ingest does without verify: a new `_snapshot` stamp over replaced tables.
    await withWorkspace({ file: workspaceFile }, (c) =>
      c.run(`UPDATE _snapshot SET loaded_at = loaded_at + INTERVAL 1 SECOND`),
    );
    await withAccess(async (ws) => {
      expect(await personIndexIsCurrent(ws)).toBe(false);
      await expectSameCards(ws, someone);
    });
    // A workspace written before the index existed.
    await withWorkspace({ file: workspaceFile }, async (c) => {
      await c.run('DROP TABLE _person_rows');
      await c.run('DROP TABLE _person_index');
    });
    await withAccess(async (ws) => {
      expect(await personIndexIsCurrent(ws)).toBe(false);
      const card = await personData(ws, someone[0] as string);
      expect(card.population?.iin).toBe(someone[0]);
    });
  });
});
