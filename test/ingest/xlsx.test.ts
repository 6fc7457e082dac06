import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUARANTINE_REASONS as R } from '../../src/ingest/quarantine-reasons';
import { loadInMemory, writeSnapshot } from './ingest-fixture';
import { idTextSql } from '../../src/workspace/id-text';

describe('XLSX extracts', () => {
  it('reads the first sheet: numeric IINs lose and regain zeros, date cells, sheet row numbers', async () => {
    const dir = writeSnapshot({});
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Члены семьи');
    sheet.addRow(['Номер дела', 'ИИН', 'Родство', 'Заявленный доход', 'Туған күні']);
    sheet.addRow(['K-1', 61211600012, 'Child', 0, new Date(Date.UTC(2006, 11, 11))]);
    sheet.addRow(['K-1', '901123300258', 'applicant', 45000.5, null]);
    sheet.addRow([]);
    sheet.addRow(['K-2', 901123300255, 'spouse', 10, null]);
    sheet.addRow(['K-2', 791028302728, 'other', 10, null, 'surplus']);
    sheet.getCell('E2').numFmt = 'dd.mm.yyyy';
    workbook.addWorksheet('Other').addRow(['not', 'read']);
    await workbook.xlsx.writeFile(join(dir, 'asp_members.xlsx'));

    const loaded = await loadInMemory(dir);
    try {
      expect(loaded.file('asp_members')).toMatchObject({
        format: 'xlsx',
        encoding: 'xlsx',
        delimiter: null,
        rowsRead: 4,
        rowsLoaded: 2,
        rowsQuarantined: 2,
        iinsRestored: 1,
        lineNumbers: 'staged_copy',
      });
      const rows = await loaded.rows<{
        _line: bigint;
        iin: string;
        relation: string;
        birth_date: Date | null;
        declared_income_kzt: number;
      }>(
        `SELECT _line, ${idTextSql('iin')} AS iin, relation, birth_date, declared_income_kzt FROM asp_members ORDER BY _line`,
      );
      expect(
        rows.map((r) => [
          Number(r._line),
          r.iin,
          r.relation,
          r.birth_date?.toISOString().slice(0, 10) ?? null,
          r.declared_income_kzt,
        ]),
      ).toEqual([
        [2, '061211600012', 'child', '2006-12-11', 0],
        [3, '901123300258', 'applicant', null, 45000.5],
      ]);
      const q = await loaded.rows<{ line: bigint; reason: string }>(
        'SELECT line, reason FROM _quarantine ORDER BY line',
      );
      expect(q.map((r) => [Number(r.line), r.reason])).toEqual([
        [5, R.iinChecksum],
        [6, R.tooManyFields],
      ]);
    } finally {
      loaded.close();
    }
  });

  // ExcelJS's streaming reader split a Cyrillic character at zip chunk boundaries into two
  // U+FFFD (exceljs#2316): thousands of distinct Cyrillic values cross many boundaries.
  it.each([
    ['shared strings', true],
    ['inline strings', false],
  ] as const)('keeps Cyrillic text whole across chunk boundaries (%s)', async (_kind, useSharedStrings) => {
    const dir = writeSnapshot({});
    const names = Array.from({ length: 3000 }, (_, i) => `Жұмабаев-${i} Әлиханұлы Сәрсенбай Құдайбергенов`);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: join(dir, 'population.xlsx'),
      useSharedStrings,
    });
    const sheet = workbook.addWorksheet('Халық');
    sheet.addRow(['ЖСН', 'Тегі', 'Аты', 'Туған күні', 'Жынысы', 'Аудан', 'address_id']).commit();
    for (const name of names) {
      sheet.addRow(['901123300258', name, 'Ерлан', '1990-11-23', 'M', 'Алатауский', 'A1']).commit();
    }
    await workbook.commit();

    const loaded = await loadInMemory(dir);
    try {
      expect(loaded.file('population')).toMatchObject({ rowsRead: 3000, rowsLoaded: 3000 });
      const rows = await loaded.rows<{ last_name: string; district: string }>(
        'SELECT last_name, district FROM population ORDER BY _line',
      );
      expect(rows.map((r) => r.last_name)).toEqual(names);
      expect(new Set(rows.map((r) => r.district))).toEqual(new Set(['ALM-ALATAU']));
    } finally {
      loaded.close();
    }
  });
});
