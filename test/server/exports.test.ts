import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableStream, type RowSource } from '../../src/server/export/table-stream';
import { BACKENDS } from '../store/store-backends';
import { FINDINGS_R2, PERSONS, signIn, startFixture, type Fixture } from './server-fixture';

const rowsSource =
  (n: number): RowSource =>
  async (emit) => {
    for (let i = 0; i < n; i += 4) {
      await emit(Array.from({ length: Math.min(4, n - i) }, (_, k) => [i + k, `name, "${i + k}"`, null]));
    }
  };

async function readXlsx(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

describe('table stream', () => {
  it('writes CSV with a BOM, quoting and empty nulls', async () => {
    const text = (await buffer(tableStream('csv', ['n', 'name', 'empty'], rowsSource(2)))).toString('utf8');
    expect(text).toBe('\uFEFFn,name,empty\r\n0,"name, ""0""",\r\n1,"name, ""1""",\r\n');
  });

  it('splits XLSX sheets at the row limit, repeating the header', async () => {
    const workbook = await readXlsx(
      await buffer(tableStream('xlsx', ['n', 'name', 'empty'], rowsSource(7), 3)),
    );
    expect(workbook.worksheets.map((w) => w.actualRowCount)).toEqual([4, 4, 2]);
    expect(workbook.worksheets[2]?.getRow(1).values).toEqual([undefined, 'n', 'name', 'empty']);
    expect(workbook.worksheets[2]?.getRow(2).getCell(1).value).toBe(6);
  });
});

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`exports on ${backend.name}`, () => {
    let fx: Fixture;
    beforeAll(async () => {
      fx = await startFixture(backend, { loginAttemptsPerMinute: 1000 });
    });
    afterAll(async () => {
      await fx?.close();
    });

    it('exports the filtered findings list as CSV and XLSX', async () => {
      const s = await signIn(fx.app, 'analyst');
      const csv = await fx.app.inject({
        method: 'GET',
        url: '/api/exports/findings?format=csv&sort=amount',
        headers: s.headers,
      });
      expect(csv.headers['content-disposition']).toMatch(/attachment; filename="birtizim-findings-.*\.csv"/);
      const lines = csv.body.trim().split('\r\n');
      expect(lines).toHaveLength(FINDINGS_R2.length + 1);
      expect(lines[1]).toContain('BEN-01');
      const xlsx = await fx.app.inject({
        method: 'GET',
        url: `/api/exports/findings?format=xlsx&subject=${PERSONS.b1}`,
        headers: s.headers,
      });
      const workbook = await readXlsx(xlsx.rawPayload);
      const sheet = workbook.worksheets[0];
      expect(sheet?.actualRowCount).toBe(3);
      expect(sheet?.getRow(2).getCell(7).value).toBe(PERSONS.b1);
      const bad = await fx.app.inject({
        method: 'GET',
        url: '/api/exports/findings?format=csv&minAmount=lots',
        headers: s.headers,
      });
      expect(bad.statusCode).toBe(400);
    });

    it('exports outreach lists and indicators', async () => {
      const s = await signIn(fx.app, 'analyst');
      const out = await fx.app.inject({
        method: 'GET',
        url: '/api/exports/no-phc-visit?format=csv',
        headers: s.headers,
      });
      expect(out.body.trim().split('\r\n')).toHaveLength(3);
      const ind = await fx.app.inject({
        method: 'GET',
        url: '/api/exports/indicators?format=csv&runId=r2',
        headers: s.headers,
      });
      expect(ind.body.trim().split('\r\n')).toHaveLength(5);
    });
  });
}
