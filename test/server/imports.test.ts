import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotPipeline } from '../../src/server/imports/snapshot-pipeline';
import type { ImportJob } from '../../src/server/schemas/imports-schemas';
import type { FindingsPage } from '../../src/server/schemas/findings-schemas';
import { openWorkspaceAccess } from '../../src/server/workspace-access';
import { withWorkspace } from '../../src/workspace/workspace';
import { BACKENDS } from '../store/store-backends';
import { seedWorkspace, signIn, startFixture, type Fixture } from './server-fixture';

/**
 * A small real pipeline (DuckDB on the staging file, no mocks): "load" counts the uploaded
 * population rows, "verify" writes run r3 in which every r2 finding persists except one.
 * A population file containing FAIL makes the load fail.
 */
const pipeline: SnapshotPipeline = {
  async load({ snapshotDir, onProgress }) {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(snapshotDir, 'population.csv'), 'utf8');
    if (text.includes('FAIL')) throw new Error('population.csv is broken');
    onProgress({ stage: 'ingest:population', done: 1, total: 1 });
  },
  async verify({ workspaceFile, onProgress }) {
    await withWorkspace({ file: workspaceFile }, async (c) => {
      await c.run(
        `INSERT INTO _runs VALUES ('r3', 'snap-3', DATE '2025-07-01', TIMESTAMP '2025-07-02 10:00:00', '{}')`,
      );
      await c.run(`INSERT INTO findings SELECT 'r3', finding_id, rule_id, rule_version, severity, district, subject_id, period,
        amount_kzt, linked_by_name, evidence FROM findings WHERE run_id = 'r2' AND rule_id <> 'BEN-01'`);
    });
    onProgress({ stage: 'check:done', done: 1, total: 1 });
  },
};

function multipart(
  files: Record<string, string>,
  fields: Record<string, string> = {},
): { body: Buffer; contentType: string } {
  const boundary = '----bz-test-boundary';
  const parts = [
    ...Object.entries(fields).map(
      ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    ),
    ...Object.entries(files).map(
      ([name, content]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n`,
    ),
  ];
  return {
    body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Poll the job the way the web client does, until it ends. */
async function waitFor(fx: Fixture, id: string, headers: Record<string, string>): Promise<ImportJob> {
  for (let i = 0; i < 600; i++) {
    const job = (
      await fx.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers })
    ).json<ImportJob>();
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`import ${id} did not finish`);
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`imports on ${backend.name}`, () => {
    let fx: Fixture;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'bz-import-'));
      const file = join(dir, 'workspace.duckdb');
      const seeded = await openWorkspaceAccess(file);
      await seedWorkspace(seeded);
      await seeded.close();
      fx = await startFixture(
        backend,
        { loginAttemptsPerMinute: 1000, pipeline, dataDir: dir, workspace: await openWorkspaceAccess(file) },
        file,
      );
    });
    afterAll(async () => {
      await fx?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    async function upload(files: Record<string, string>): Promise<ImportJob> {
      const s = await signIn(fx.app, 'admin');
      const { body, contentType } = multipart(files, { asOf: '2025-07-01' });
      const response = await fx.app.inject({
        method: 'POST',
        url: '/api/imports',
        headers: { ...s.headers, 'content-type': contentType },
        payload: body,
      });
      expect(response.statusCode, response.body).toBe(202);
      const job = response.json<ImportJob>();
      await fx.app.inject({ method: 'GET', url: `/api/imports/${job.id}`, headers: s.headers });
      return job;
    }

    it('a failed import leaves the previous snapshot serving', async () => {
      const job = await upload({ 'population.csv': 'iin\nFAIL\n' });
      const s = await signIn(fx.app, 'admin');
      const polled = await waitFor(fx, job.id, s.headers);
      expect(polled.status).toBe('failed');
      expect(polled.error?.code).toBe('BZ_INTERNAL');
      const health = (await fx.app.inject({ method: 'GET', url: '/api/health' })).json();
      expect(health.latestRunId).toBe('r2');
    });

    it('a successful import swaps in the new run, marks resolved findings and carries cases over', async () => {
      const s = await signIn(fx.app, 'analyst');
      const asp = (
        await fx.app.inject({ method: 'GET', url: '/api/findings?rule=ASP-02', headers: s.headers })
      ).json<FindingsPage>().items[0];
      const opened = await fx.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: s.headers,
        payload: { findingId: asp?.findingId },
      });
      const caseId = opened.json().case.id;
      const job = await upload({ 'population.csv': 'iin,last_name\n1,x\n', 'notes.txt': 'ignored' });
      expect(job.files).toEqual(['population.csv']);
      const admin = await signIn(fx.app, 'admin');
      const polled = await waitFor(fx, job.id, admin.headers);
      expect(polled).toMatchObject({ status: 'succeeded', runId: 'r3', progress: { stage: 'check:done' } });
      const resolved = (
        await fx.app.inject({ method: 'GET', url: '/api/findings?status=resolved', headers: s.headers })
      ).json<FindingsPage>();
      expect(resolved.runId).toBe('r3');
      expect(resolved.items.map((f) => f.ruleId)).toEqual(['BEN-01']);
      const carried = (
        await fx.app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: s.headers })
      ).json();
      expect(carried.case.lastSeenRunId).toBe('r3');
      const history = await fx.store.snapshots.list();
      expect(history[0]).toMatchObject({ runId: 'r3', previousRunId: 'r2', resolvedCount: 1 });
    });

    it('refuses uploads without registry files', async () => {
      const s = await signIn(fx.app, 'admin');
      const { body, contentType } = multipart({ 'holiday.csv': 'x' });
      const response = await fx.app.inject({
        method: 'POST',
        url: '/api/imports',
        headers: { ...s.headers, 'content-type': contentType },
        payload: body,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('BZ_SERVER_IMPORT_INVALID');
    });
  });
}
