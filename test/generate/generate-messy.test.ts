import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidIdNumber } from '../../src/core/iin';
import { normaliseDistrict } from '../../src/core/districts';
import { generateCity } from '../../src/generate/generate-city';
import { QUARANTINE_REASONS as R } from '../../src/ingest/quarantine-reasons';
import { parseCsv, readCsv } from './csv-read';

let root = '';
let again = '';
const snap = (f: string): string => join(root, 'snapshot', f);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bz-messy-'));
  again = mkdtempSync(join(tmpdir(), 'bz-messy-again-'));
  await generateCity({ persons: 600, seed: 'messy', outDir: root, asOf: '2025-11-03', messy: true });
  await generateCity({ persons: 600, seed: 'messy', outDir: again, asOf: '2025-11-03', messy: true });
}, 120_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(again, { recursive: true, force: true });
});

function cp1251Lines(file: string): string[] {
  return iconv.decode(readFileSync(snap(file)), 'win1251').split('\r\n');
}

describe('generate --messy', () => {
  it('gives the same bytes for the same seed, XLSX included', () => {
    for (const sub of ['snapshot', 'truth']) {
      for (const f of readdirSync(join(root, sub))) {
        expect(readFileSync(join(again, sub, f)).equals(readFileSync(join(root, sub, f))), f).toBe(true);
      }
    }
  });

  it('writes Windows-1251 files with ";" and Russian headers', () => {
    const bytes = readFileSync(snap('contributions.csv'));
    expect(bytes.toString('utf8')).toContain('\uFFFD');
    const [header = ''] = cp1251Lines('contributions.csv');
    expect(header.split(';')[0]).toBe('Иин');
    expect(header.split(';')).toHaveLength(10);
  });

  it('prints dates as DD.MM.YYYY, money with decimal commas, districts by name', () => {
    const population = readFileSync(snap('population.csv'), 'utf8').split('\n');
    const first = population[1]?.split(';') ?? [];
    expect(first[4]).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(normaliseDistrict(first[6])).toMatch(/^ALM-/);
    expect(first[6]).not.toMatch(/^ALM-/);
    expect(cp1251Lines('contributions.csv').some((l) => /;\d{1,3}( \d{3})+(,\d{2})?;/.test(l))).toBe(true);
  });

  it('loses the leading zero of IINs of people born 2000-2009, restorably', () => {
    // Rows planted with a mistyped IIN (links) or a bad checksum (quarantine) are not restorable.
    const planted = new Set(
      [...readCsv(join(root, 'truth/links.csv')), ...readCsv(join(root, 'truth/quarantine.csv'))]
        .filter((r) => r.registry === 'contributions')
        .map((r) => Number(r.line)),
    );
    const lost = cp1251Lines('contributions.csv')
      .map((l, i) => ({ iin: l.split(';')[0] ?? '', line: i + 1 }))
      .filter((r) => r.line > 1 && !planted.has(r.line) && r.iin.length === 11)
      .map((r) => r.iin);
    expect(lost.length).toBeGreaterThan(0);
    for (const iin of lost) expect(isValidIdNumber(`0${iin}`)).toBe(true);
  });

  it('writes XLSX with the streaming writer, readable back', async () => {
    const manifest = JSON.parse(readFileSync(join(root, 'truth/manifest.json'), 'utf8')) as {
      files: Record<string, { format: string; rows: number }>;
    };
    expect(manifest.files.staff?.format).toBe('xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(snap('staff.xlsx'));
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe((manifest.files.staff?.rows ?? 0) + 1);
    expect(String(sheet?.getRow(1).getCell(1).value)).toBe('Бин организации');
  });

  it('lists every malformed row at its real line, with a real defect', async () => {
    const quarantine = readCsv(join(root, 'truth/quarantine.csv'));
    const reasons = new Set(quarantine.map((q) => q.reason));
    for (const r of [
      R.iinChecksum,
      R.impossibleDate,
      R.missingRequired,
      R.district,
      R.money,
      R.tooManyFields,
    ]) {
      expect(reasons.has(r), r).toBe(true);
    }
    for (const q of quarantine) {
      if (q.file?.endsWith('.xlsx')) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(snap(q.file));
        const sheet = workbook.worksheets[0];
        const header = (sheet?.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
        const col = header.indexOf('Аудан');
        expect(normaliseDistrict(String(sheet?.getRow(Number(q.line)).getCell(col).value))).toBeNull();
        continue;
      }
      const cp1251 = q.registry === 'contributions' || q.registry === 'phc_attachment';
      const text = cp1251
        ? iconv.decode(readFileSync(snap(q.file ?? '')), 'win1251')
        : readFileSync(snap(q.file ?? ''), 'utf8');
      const delimiter = q.registry === 'benefits' ? ',' : ';';
      const rows = parseCsv(text, delimiter);
      const header = rows[0] ?? [];
      const row = rows[Number(q.line) - 1] ?? [];
      const cell = (i: number) => row[i] ?? '';
      switch (q.reason) {
        case R.tooManyFields:
          expect(row.length).not.toBe(header.length);
          break;
        case R.iinChecksum:
          expect(isValidIdNumber(cell(0).padStart(12, '0'))).toBe(false);
          expect(cell(6)).toBe('');
          break;
        case R.money:
          expect(Number(cell(3).replace(/\s/g, '').replace(',', '.'))).toBeNaN();
          break;
        case R.impossibleDate:
          expect(cell(2)).toMatch(/^31\.02\./);
          break;
        case R.missingRequired:
          expect(cell(3)).toBe('');
          break;
        default:
          throw new Error(`unexpected reason ${q.reason}`);
      }
    }
  });
});
