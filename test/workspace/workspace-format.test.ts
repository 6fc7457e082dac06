import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasRun } from '../../src/cli/commands/demo-command';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { openWorkspaceAccess } from '../../src/server/workspace-access';
import { runVerify } from '../../src/verify/run-verify';
import { createEmptyWorkspace, VERIFY_OUTPUT_DDL } from '../../src/workspace/registry-tables';
import { withWorkspace } from '../../src/workspace/workspace';

const dir = mkdtempSync(join(tmpdir(), 'bz-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A workspace as an older Birtizim wrote it: the same tables, IINs and BINs as text. */
async function oldWorkspace(file: string): Promise<void> {
  await withWorkspace({ file }, async (c) => {
    await createEmptyWorkspace(c);
    await c.run('ALTER TABLE population ALTER COLUMN iin TYPE VARCHAR');
    await c.run('ALTER TABLE staff ALTER COLUMN org_bin TYPE VARCHAR');
    await c.run(
      `INSERT INTO population (iin, last_name, first_name, _line) VALUES ('000101500123', 'Т', 'А', 2)`,
    );
  });
}

describe('workspace format', () => {
  it('refuses a workspace whose IDs are text, naming the columns, in verify and in the server', async () => {
    const file = join(dir, 'old.duckdb');
    await oldWorkspace(file);
    const verify = runVerify({ workspaceFile: file, asOf: '2026-10-15', params: DEFAULT_PARAMETERS });
    await expect(verify).rejects.toMatchObject({
      code: 'BZ_WORKSPACE_OUTDATED',
      message: expect.stringContaining('population.iin, staff.org_bin'),
    });
    await expect(openWorkspaceAccess(file)).rejects.toMatchObject({ code: 'BZ_WORKSPACE_OUTDATED' });
  });

  it('opens a workspace written now', async () => {
    const file = join(dir, 'new.duckdb');
    await withWorkspace({ file }, (c) => createEmptyWorkspace(c));
    const access = await openWorkspaceAccess(file);
    try {
      expect(await access.query('SELECT count(*)::INTEGER AS n FROM population')).toEqual([{ n: 0 }]);
    } finally {
      await access.close();
    }
  });
});

describe('the demo', () => {
  it('verifies again a workspace with runs written by an older version, not one written now', async () => {
    const old = join(dir, 'demo-old.duckdb');
    const current = join(dir, 'demo-new.duckdb');
    await oldWorkspace(old);
    await withWorkspace({ file: current }, (c) => createEmptyWorkspace(c));
    for (const file of [old, current]) {
      await withWorkspace({ file }, async (c) => {
        for (const ddl of VERIFY_OUTPUT_DDL) await c.run(ddl);
        await c.run(`INSERT INTO _runs VALUES ('run-1', 's', DATE '2026-10-15', now()::TIMESTAMP, '{}')`);
      });
    }
    expect(await hasRun(old)).toBe(false);
    expect(await hasRun(current)).toBe(true);
  });
});
