import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingsPage } from '../../src/server/queries/findings-query';
import { materializeListedFindings } from '../../src/server/queries/listed-findings';
import { resolveRun } from '../../src/server/queries/runs-query';
import type { FindingsFilter } from '../../src/server/schemas/findings-schemas';
import { openWorkspaceAccess, type WorkspaceAccess } from '../../src/server/workspace-access';

/**
 * Pages of the default order come from blocks of positions kept in memory: across block
 * edges, at any page size, they must be the rows the sorted query gives, and a district
 * outside the reader's scope must give none.
 */
/** A workspace with one run of `count` ASP-01 findings, the i-th in `district` with `amount` (SQL over i). */
async function workspaceWithFindings(
  count: number,
  district: string,
  amount: string,
): Promise<WorkspaceAccess> {
  const ws = await openWorkspaceAccess(':memory:');
  await ws.withConnection(async (c) => {
    await c.run(
      `INSERT INTO _runs VALUES ('r1', 's1', DATE '2025-06-30', TIMESTAMP '2025-07-01 00:00:00', '{}')`,
    );
    await c.run(`INSERT INTO findings SELECT 'r1', substr(md5(i::VARCHAR), 1, 16), 'ASP-01', 1, 'high',
        ${district}, lpad(i::VARCHAR, 12, '0'), '2025-Q2', ${amount}, false, '{}' FROM range(${count}) t(i)`);
    await materializeListedFindings(c);
  });
  return ws;
}

describe('positioned pages over blocks', () => {
  let ws: WorkspaceAccess;
  const FINDINGS = 1234;
  beforeAll(async () => {
    ws = await workspaceWithFindings(
      FINDINGS,
      `['ALM-AUEZOV', 'ALM-BOSTANDYK'][i % 2 + 1]`,
      `((i * 7919) % 300)::DECIMAL(18, 2)`,
    );
  });
  afterAll(async () => {
    await ws?.close();
  });

  const ids = async (
    filter: FindingsFilter,
    scope: readonly string[] | null,
    offset: number,
    limit: number,
  ) => {
    const run = await resolveRun(ws);
    if (!run) throw new Error('no run');
    return (await findingsPage(ws, run, filter, scope, offset, limit)).rows.map((r) => r.finding_id);
  };

  // An empty subject prefix filters nothing but takes the sorting path.
  const pages: readonly [number, number][] = [
    [0, 50],
    [480, 50],
    [499, 2],
    [950, 500],
    [1200, 100],
    [5000, 50],
  ];
  for (const [offset, limit] of pages) {
    it(`reads offset ${offset}, limit ${limit} as the sorted list does`, async () => {
      expect(await ids({}, null, offset, limit)).toEqual(await ids({ subject: '' }, null, offset, limit));
      const district = { district: 'ALM-BOSTANDYK' };
      expect(await ids(district, null, offset, limit)).toEqual(
        await ids({ ...district, subject: '' }, null, offset, limit),
      );
    });
  }

  it('gives a district officer nothing of another district', async () => {
    expect(await ids({ district: 'ALM-BOSTANDYK' }, ['ALM-AUEZOV'], 0, 50)).toEqual([]);
    expect(await ids({}, ['ALM-AUEZOV'], 0, 50)).toEqual(
      await ids({ district: 'ALM-AUEZOV', subject: '' }, ['ALM-AUEZOV'], 0, 50),
    );
  });
});

/**
 * Blocks asked for in one turn of the event loop are read together, in groups of nearby
 * blocks: pages asked for at once, near and far apart, must each still be their own rows.
 */
describe('positioned pages read together', () => {
  let ws: WorkspaceAccess;
  beforeAll(async () => {
    ws = await workspaceWithFindings(30000, `'ALM-AUEZOV'`, `((i * 7919) % 5000)::DECIMAL(18, 2)`);
  });
  afterAll(async () => {
    await ws?.close();
  });

  it('gives every page of a burst the rows the sorted query gives', async () => {
    const run = await resolveRun(ws);
    if (!run) throw new Error('no run');
    const offsets = [0, 450, 1000, 11_950, 12_000, 20_000, 29_990, 35_000, 50, 24_500];
    const page = (filter: FindingsFilter, offset: number) =>
      findingsPage(ws, run, filter, null, offset, 50).then((p) => p.rows.map((r) => r.finding_id));
    const together = await Promise.all(offsets.map((offset) => page({}, offset)));
    const sorted = await Promise.all(offsets.map((offset) => page({ subject: '' }, offset)));
    expect(together).toEqual(sorted);
    expect(together.filter((rows) => rows.length === 50)).toHaveLength(offsets.length - 2);
  });
});
