import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeIin } from '../../src/core/iin';
import { loadSnapshot } from '../../src/ingest/load-snapshot';
import type { SnapshotPipeline } from '../../src/server/imports/snapshot-pipeline';
import {
  LoadSummarySchema,
  type HeaderProposalsResponse,
  type ImportJob,
  type LoadSummaryBody,
  type QuarantinePage,
} from '../../src/server/schemas/imports-schemas';
import { withWorkspace } from '../../src/workspace/workspace';
import { BACKENDS } from '../store/store-backends';
import { signIn, startFixture, type Fixture, type Session } from './server-fixture';

/**
 * What an import keeps for the imports page: load summary, quarantine copy, header proposals
 * when the headers are refused, and the header mapping the next import uses. Real ingest
 * (loadSnapshot) on a tiny snapshot; verify only records a run.
 */
let runs = 0;
const pipeline: SnapshotPipeline = {
  load: (input) => loadSnapshot(input),
  async verify({ workspaceFile }) {
    runs++;
    await withWorkspace({ file: workspaceFile }, (c) =>
      c.run(
        `INSERT INTO _runs VALUES ('r-up-${runs}', 'snap', DATE '2025-07-01', TIMESTAMP '2025-07-02 10:00:00', '{}')`,
      ),
    );
  },
};

const IIN = composeIin('1985-03-04', 'M', 1201);
const HEADER = 'iin,last_name,first_name,birth_date,sex,district,address_id';
const ROWS = `${IIN},Ахметов,Ерлан,1985-03-04,M,ALM-AUEZOV,A1\n123,Бекова,Айгерім,1990-01-02,F,ALM-AUEZOV,A2\n`;

function multipart(files: Record<string, string>): { body: Buffer; contentType: string } {
  const boundary = '----bz-results-boundary';
  const parts = Object.entries(files).map(
    ([name, content]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`import results on ${backend.name}`, () => {
    let fx: Fixture;
    let dir: string;
    let analyst: Session;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'bz-results-'));
      fx = await startFixture(
        backend,
        { loginAttemptsPerMinute: 1000, pipeline, dataDir: dir },
        join(dir, 'workspace.duckdb'),
      );
      analyst = await signIn(fx.app, 'analyst');
    });
    afterAll(async () => {
      await fx?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    async function importFiles(files: Record<string, string>): Promise<ImportJob> {
      const { body, contentType } = multipart(files);
      const response = await fx.app.inject({
        method: 'POST',
        url: '/api/imports',
        headers: { ...analyst.headers, 'content-type': contentType },
        payload: body,
      });
      expect(response.statusCode, response.body).toBe(202);
      const { id } = response.json<ImportJob>();
      for (let i = 0; i < 600; i++) {
        const job = (
          await fx.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: analyst.headers })
        ).json<ImportJob>();
        if (job.status === 'succeeded' || job.status === 'failed') return job;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`import ${id} did not finish`);
    }

    const get = (url: string, session: Session = analyst) =>
      fx.app.inject({ method: 'GET', url, headers: session.headers });

    it('keeps the load summary and the quarantine with the job', async () => {
      const job = await importFiles({ 'population.csv': `${HEADER}\n${ROWS}` });
      expect(job.status, JSON.stringify(job.error)).toBe('succeeded');

      const summary = await get(`/api/imports/${job.id}/summary`);
      expect(summary.statusCode, summary.body).toBe(200);
      const body = summary.json<LoadSummaryBody>();
      expect(Value.Check(LoadSummarySchema, body)).toBe(true);
      expect(body.files[0]).toMatchObject({ registry: 'population', file: 'population.csv', rowsRead: 2 });
      expect(body.totals).toMatchObject({ rowsLoaded: 1, rowsQuarantined: 1 });

      const page = await get(`/api/imports/${job.id}/quarantine?offset=0&limit=10`);
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json<QuarantinePage>()).toEqual({
        total: 1,
        items: [
          {
            registry: 'population',
            file: 'population.csv',
            line: 3,
            column: 'iin',
            value: '123',
            reason: expect.any(String),
          },
        ],
      });
      const audit = await fx.store.audit.page({}, 0, 100);
      expect(audit.items.map((e) => e.action)).toContain('import.quarantine.read');
    });

    it('keeps whole-snapshot data away from district officers and viewers', async () => {
      const [job] = (await get('/api/imports')).json<{ items: ImportJob[] }>().items;
      for (const who of ['officerA', 'viewer', 'auditor'] as const) {
        const s = await signIn(fx.app, who);
        for (const what of ['summary', 'quarantine', 'headers'])
          expect((await get(`/api/imports/${job?.id}/${what}`, s)).statusCode).toBe(403);
      }
      const noPurpose = await signIn(fx.app, 'analyst', null);
      const refused = await get(`/api/imports/${job?.id}/quarantine`, noPurpose);
      expect(refused.json().code).toBe('BZ_SERVER_PURPOSE_REQUIRED');
    });

    it('shows unknown headers of a refused upload; a saved mapping lets the next upload load', async () => {
      const odd = 'Примечание инспектора';
      const files = { 'population.csv': `${HEADER},${odd}\n${ROWS.replace(/\n/g, ',x\n')}` };
      const failed = await importFiles(files);
      expect(failed.status).toBe('failed');
      expect(failed.error?.code).toBe('BZ_INGEST_UNKNOWN_HEADER');
      const headers = (await get(`/api/imports/${failed.id}/headers`)).json<HeaderProposalsResponse>();
      expect(headers.files).toEqual([
        expect.objectContaining({ registry: 'population', file: 'population.csv', unknown: [odd] }),
      ]);
      const noSummary = await get(`/api/imports/${failed.id}/summary`);
      expect([noSummary.statusCode, noSummary.json().code]).toEqual([409, 'BZ_SERVER_IMPORT_NO_RESULT']);

      const post = (payload: Record<string, string>) =>
        fx.app.inject({ method: 'POST', url: '/api/header-mappings', headers: analyst.headers, payload });
      const wrong = await post({ registry: 'population', header: odd, column: 'income_kzt' });
      expect([wrong.statusCode, wrong.json().code]).toEqual([400, 'BZ_SERVER_BAD_REQUEST']);
      expect((await post({ registry: 'nowhere', header: odd, column: 'ignore' })).statusCode).toBe(400);
      const saved = await post({ registry: 'population', header: odd, column: 'ignore' });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(JSON.parse(readFileSync(join(dir, 'header-mapping.json'), 'utf8'))).toEqual({
        population: { [odd]: 'ignore' },
      });

      const again = await importFiles(files);
      expect(again.status, JSON.stringify(again.error)).toBe('succeeded');
      const summary = (await get(`/api/imports/${again.id}/summary`)).json<LoadSummaryBody>();
      expect(summary.mappingFiles).toContain(join(dir, 'header-mapping.json'));
      expect(summary.files[0]?.headerMapping.find((h) => h.header === odd)?.source).toBe('ignored');
      // the earlier job keeps its own quarantine copy
      expect((await get(`/api/imports/${failed.id}/quarantine`)).json().code).toBe(
        'BZ_SERVER_IMPORT_NO_RESULT',
      );
    });
  });
}
