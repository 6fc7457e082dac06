import { describe, expect, it } from 'vitest';
import { QUARANTINE_REASONS as R } from '../../src/ingest/quarantine-reasons';
import { loadInMemory, writeSnapshot } from './ingest-fixture';
import { idTextSql } from '../../src/workspace/id-text';

// contributions: person column `iin`, so rows without a usable IIN but with names are kept for linkage.
const HEADER = 'iin,payer_bin,period,income_kzt,opv_kzt,osms_kzt,last_name,first_name,birth_date';
const LINES = [
  HEADER, // 1
  '901123300258,990940003030,2024-01,"1 234,50",100,,,,', // 2 loaded
  '61211600012,990940003030,01.2024,85000.00,,,,,', // 3 loaded, zero restored
  '901123300255,990940003030,2024-02,1000,,,,,', // 4 bad IIN, no names
  '901123300255,990940003030,2024-02,1000,,,Иванов,Иван,23.11.1990', // 5 loaded for linkage
  ',990940003030,2024-02,1000,,,Петров,Пётр,1980-01-02', // 6 loaded for linkage
  '901123300258,990940003031,2024-02,1000,,,,,', // 7 bad BIN
  '901123300258,990940003030,2024-13,1000,,,,,', // 8 impossible month
  '901123300258,990940003030,2024-03,abc,,,,,', // 9 not an amount
  '901123300258,990940003030,2024-03,,,,,,', // 10 missing income
  '901123300258,990940003030,2024-03,1000,,,,,,extra', // 11 too many fields
  '901123300258,990940003030,2024-03,1000', // 12 too few fields
  '901123300258,990940003030,2024-04,2000,,,"Multi', // 13 quoted newline...
  'line",Name,', // 14 ...continues
  '', // 15 blank line: not a row
  '901123300258,990940003030,2024-05,"1\u00a0000\u202f000,5",,,ТОО "Ромашка",B,', // 16 stray quote, NBSP money
  'ABC,990940003030,2024-05,1000,,,,,', // 17 not digits
  '12345,990940003030,2024-05,1000,,,,,', // 18 wrong length
  '901123300255,990940003030,2024-05,1000,,,Иванов,Иван,31.02.1990', // 19 impossible birth date: IIN reason
  '901123300258,990940003030,2024-05,1000,,,"abc"def,B,', // 20 text after closing quote
  '901123300258,990940003030,2024-06,1000,,,"never closed,B,', // 21 unterminated to end of file
  '901123300258,990940003030,2024-06,1000,,,,,',
];

describe('quarantine: every malformed row, with its line and reason', () => {
  it('loads good rows, quarantines bad ones, and accounts for every row', async () => {
    const loaded = await loadInMemory(writeSnapshot({ 'contributions.csv': `${LINES.join('\n')}\n` }));
    try {
      const f = loaded.file('contributions');
      expect(f.rowsRead).toBe(18);
      expect(f.rowsLoaded + f.rowsQuarantined).toBe(f.rowsRead);
      const quarantine = await loaded.rows<{
        line: bigint;
        column: string | null;
        value: string | null;
        reason: string;
      }>(
        `SELECT line, "column", value, reason FROM _quarantine WHERE registry = 'contributions' ORDER BY line`,
      );
      expect(quarantine.map((q) => [Number(q.line), q.column, q.reason])).toEqual([
        [4, 'iin', R.iinChecksum],
        [7, 'payer_bin', R.binChecksum],
        [8, 'period', R.month],
        [9, 'income_kzt', R.money],
        [10, 'income_kzt', R.missingRequired],
        [11, null, R.tooManyFields],
        [12, null, R.tooFewFields],
        [17, 'iin', R.iinNotDigits],
        [18, 'iin', R.iinLength],
        [19, 'iin', R.iinChecksum],
        [20, null, R.textAfterQuote],
        [21, null, R.unterminatedQuote],
      ]);
      expect(quarantine.find((q) => q.line === 9n)?.value).toBe('abc');
      expect(quarantine.find((q) => q.line === 4n)?.value).toBe('901123300255');
      expect(f.rowsQuarantined).toBe(12);

      const rows = await loaded.rows<{
        _line: bigint;
        iin: string | null;
        _iin_raw: string | null;
        income_kzt: number;
        period: Date;
        last_name: string | null;
        linked_by_name: boolean;
      }>(
        `SELECT _line, ${idTextSql('iin')} AS iin, _iin_raw, income_kzt, period, last_name, linked_by_name FROM contributions ORDER BY _line`,
      );
      expect(rows.map((r) => Number(r._line))).toEqual([2, 3, 5, 6, 13, 16]);
      expect(rows.map((r) => r.iin)).toEqual([
        '901123300258',
        '061211600012',
        null,
        null,
        '901123300258',
        '901123300258',
      ]);
      expect(rows.map((r) => r._iin_raw)).toEqual([null, null, '901123300255', '', null, null]);
      expect(rows.map((r) => r.income_kzt)).toEqual([1234.5, 85000, 1000, 1000, 2000, 1000000.5]);
      expect(rows[1]?.period.toISOString().slice(0, 10)).toBe('2024-01-01');
      expect(rows[4]?.last_name).toBe('Multi\nline');
      expect(rows[5]?.last_name).toBe('ТОО "Ромашка"');
      expect(rows.every((r) => r.linked_by_name === false)).toBe(true);
      expect(f.iinsRestored).toBe(1);
    } finally {
      loaded.close();
    }
  });

  it('restores two or three zeros lost by a numeric cell only when the padded number decodes', async () => {
    const text = [
      'iin,payer_bin,period,income_kzt,opv_kzt,osms_kzt',
      '608500018,540000077,2024-01,1000,,', // 2: IIN born 2000-06-08, BIN of 2000-05: both restored
      '1125600031,1140000055,2024-01,1000,,', // 3: 10 digits each: both restored
      '230500013,990940003030,2024-01,1000,,', // 4: passes the checksum padded, but 30 February
      '901123300258,1340000012,2024-01,1000,,', // 5: BIN passes the checksum padded, but month 13
      '608500019,990940003030,2024-01,1000,,', // 6: padded form fails the checksum
    ].join('\n');
    const loaded = await loadInMemory(writeSnapshot({ 'contributions.csv': `${text}\n` }));
    try {
      const f = loaded.file('contributions');
      expect(f).toMatchObject({ rowsRead: 5, rowsLoaded: 2, rowsQuarantined: 3, iinsRestored: 4 });
      // The load's time by phase (staging, parse, write) lies within the file's time.
      const phases = Object.values(f.phaseMs);
      expect(phases.every((ms) => ms >= 0)).toBe(true);
      expect(phases.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(f.ms + 3);
      expect(f.phaseMs.parse).toBeGreaterThan(0);
      const rows = await loaded.rows<{ iin: string; payer_bin: string }>(
        `SELECT ${idTextSql('iin')} AS iin, ${idTextSql('payer_bin')} AS payer_bin FROM contributions ORDER BY _line`,
      );
      expect(rows).toEqual([
        { iin: '000608500018', payer_bin: '000540000077' },
        { iin: '001125600031', payer_bin: '001140000055' },
      ]);
      const quarantine = await loaded.rows<{ line: bigint; column: string; reason: string }>(
        `SELECT line, "column", reason FROM _quarantine ORDER BY line`,
      );
      expect(quarantine.map((q) => [Number(q.line), q.column, q.reason])).toEqual([
        [4, 'iin', R.iinLength],
        [5, 'payer_bin', R.binLength],
        [6, 'iin', R.iinLength],
      ]);
    } finally {
      loaded.close();
    }
  });

  it('reports the first failing column in catalog order when an ID and other columns fail together', async () => {
    // IDs are checked per distinct value after the rest of the row (id-values-sql.ts): the
    // reason must still be the first failing column, as if every column were checked in order.
    const text = [
      HEADER,
      '901123300255,990940003031,2024-13,1000,,,,,', // 2: iin, payer_bin, period all bad: iin
      '901123300258,990940003031,2024-13,1000,,,,,', // 3: payer_bin and period bad: payer_bin
      '901123300255,990940003030,2024-02,abc,,,Иванов,Иван,23.11.1990', // 4: bad IIN kept for linkage, bad income
      '901123300255,990940003030,2024-13,1000,,,,,', // 5: bad IIN before a bad month: iin
      '61211600012,990940003030,2024-02,abc,,,,,', // 6: restored IIN, bad income
      '61211600012,990940003031,2024-02,1000,,,,,', // 7: restored IIN, bad BIN
      '901123300255,990940003030,2024-02,1000,,,Иванов,Иван,23.11.1990', // 8: kept for linkage
      '61211600012,990940003030,2024-02,1000,,,,,', // 9: loaded, restored
    ].join('\n');
    const loaded = await loadInMemory(writeSnapshot({ 'contributions.csv': `${text}\n` }));
    try {
      const quarantine = await loaded.rows<{ line: bigint; column: string; value: string; reason: string }>(
        `SELECT line, "column", value, reason FROM _quarantine ORDER BY line`,
      );
      expect(quarantine.map((q) => [Number(q.line), q.column, q.value, q.reason])).toEqual([
        [2, 'iin', '901123300255', R.iinChecksum],
        [3, 'payer_bin', '990940003031', R.binChecksum],
        [4, 'income_kzt', 'abc', R.money],
        [5, 'iin', '901123300255', R.iinChecksum],
        [6, 'income_kzt', 'abc', R.money],
        [7, 'payer_bin', '990940003031', R.binChecksum],
      ]);
      const rows = await loaded.rows<{ line: bigint; iin: string | null; raw: string | null }>(
        `SELECT _line AS line, ${idTextSql('iin')} AS iin, _iin_raw AS raw FROM contributions ORDER BY _line`,
      );
      expect(rows.map((r) => [Number(r.line), r.iin, r.raw])).toEqual([
        [8, null, '901123300255'],
        [9, '061211600012', null],
      ]);
      // Every restored IIN counts, as in the parse: the three on lines 6, 7 and 9.
      expect(loaded.file('contributions')).toMatchObject({
        rowsLoaded: 2,
        rowsQuarantined: 6,
        iinsRestored: 3,
      });
    } finally {
      loaded.close();
    }
  });

  it('quarantines a population row with a bad IIN even when it has names (population has no person column)', async () => {
    const text =
      'iin,last_name,first_name,birth_date,sex,district,address_id\n901123300255,A,B,1990-11-23,M,Almaly,X\n';
    const loaded = await loadInMemory(writeSnapshot({ 'population.csv': text }));
    try {
      expect(loaded.file('population')).toMatchObject({ rowsLoaded: 0, rowsQuarantined: 1 });
    } finally {
      loaded.close();
    }
  });

  it('keeps the count exact over many rows with scattered defects', async () => {
    const lines = ['iin,last_name,first_name,birth_date,sex,district,address_id'];
    const expectedBad: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const line = lines.length + 1;
      const kind = i % 7;
      if (kind === 3) expectedBad.push(line);
      if (kind === 5) expectedBad.push(line);
      lines.push(
        kind === 3
          ? `901123300258,A,B,1990-11-23,M,Almaly` // too few
          : kind === 5
            ? `901123300258,A,B,1990-02-30,M,Almaly,X` // impossible date
            : kind === 6
              ? `901123300258,"A\nB",C,1990-11-23,F,Медеу,X` // quoted newline: two lines
              : `901123300258,A,B,1990-11-23,M,Almaly,X`,
      );
    }
    const loaded = await loadInMemory(writeSnapshot({ 'population.csv': lines.join('\r\n') }));
    try {
      const f = loaded.file('population');
      expect(f.rowsRead).toBe(3000);
      expect(f.rowsLoaded + f.rowsQuarantined).toBe(3000);
      // Physical lines: every quoted-newline row before a line shifts it by one.
      const physical = (index: number): number => {
        let line = 2;
        for (let i = 0; i < index; i++) line += i % 7 === 6 ? 2 : 1;
        return line;
      };
      const expectedLines = Array.from({ length: 3000 }, (_, i) => i)
        .filter((i) => i % 7 === 3 || i % 7 === 5)
        .map(physical);
      const got = await loaded.rows<{ line: bigint; reason: string }>(
        'SELECT line, reason FROM _quarantine ORDER BY line',
      );
      expect(got.map((g) => Number(g.line))).toEqual(expectedLines);
      expect(new Set(got.map((g) => g.reason))).toEqual(new Set([R.tooFewFields, R.impossibleDate]));
      const lastLoaded = await loaded.rows<{ m: bigint }>('SELECT max(_line) AS m FROM population');
      expect(2999 % 7).toBe(3); // the last row is quarantined, the one before it loaded
      expect(Number(lastLoaded[0]?.m)).toBe(physical(2998));
      expect(expectedBad.length).toBe(got.length);
    } finally {
      loaded.close();
    }
  });
});
