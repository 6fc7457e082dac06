import { describe, expect, it } from 'vitest';
import { readIdNumber } from '../../src/core/iin';
import { QUARANTINE_REASONS as R } from '../../src/ingest/quarantine-reasons';
import { loadInMemory, writeSnapshot } from './ingest-fixture';
import { idTextSql } from '../../src/workspace/id-text';

/** Deterministic 12-digit strings (no Math.random: failures must reproduce); about 1 in 11 passes the checksum. */
function pseudoRandomTwelveDigits(count: number): string[] {
  let x = 987654321;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    const high = String(x % 1000000).padStart(6, '0');
    x = (x * 1103515245 + 12345) % 2147483648;
    return high + String(x % 1000000).padStart(6, '0');
  });
}

const day = (d: unknown): string | null => (d instanceof Date ? d.toISOString().slice(0, 10) : null);

describe('value rules of registries.md', () => {
  it('reads booleans in every language, enums case-insensitively, and dates in both formats', async () => {
    const text = [
      'iin;insured;category;as_of',
      '901123300258;да;Pensioner;01.02.2024',
      '901123300258;ЖОҚ;child;2024-02-29',
      '901123300258;Yes;EMPLOYEE;2024-3-5',
      '901123300258;1;none;2024-03-01',
      '901123300258;иә;none;2024-03-01',
      '901123300258;no;none;2024-03-01',
      '901123300258;maybe;none;2024-03-01',
      '901123300258;true;astronaut;2024-03-01',
      '901123300258;false;none;29.02.2023',
      '901123300258;false;none;2024/03/01',
    ].join('\n');
    const loaded = await loadInMemory(writeSnapshot({ 'osms_status.csv': text }));
    try {
      const rows = await loaded.rows<{ insured: boolean; category: string; as_of: Date }>(
        'SELECT insured, category, as_of FROM osms_status ORDER BY _line',
      );
      expect(rows.map((r) => [r.insured, r.category, day(r.as_of)])).toEqual([
        [true, 'pensioner', '2024-02-01'],
        [false, 'child', '2024-02-29'],
        [true, 'employee', '2024-03-05'],
        [true, 'none', '2024-03-01'],
        [true, 'none', '2024-03-01'],
        [false, 'none', '2024-03-01'],
      ]);
      const q = await loaded.rows<{ line: bigint; column: string; reason: string }>(
        'SELECT line, "column", reason FROM _quarantine ORDER BY line',
      );
      expect(q.map((r) => [Number(r.line), r.column, r.reason])).toEqual([
        [8, 'insured', R.bool],
        [9, 'category', R.enumValue],
        [10, 'as_of', R.impossibleDate],
        [11, 'as_of', R.dateFormat],
      ]);
    } finally {
      loaded.close();
    }
  });

  it('reads quarters, districts in three languages, integers and money with separators', async () => {
    const header =
      'case_id,period,district,applicant_iin,address_id,kind,members_count,declared_income_kzt,paid_kzt';
    const text = [
      header,
      'C1,2024-Q1,Алмалинский район,901123300258,A,Conditional,4,"120 000,50",30000',
      'C2,2024 Q3,Бостандық ауданы,901123300258,A,unconditional,3.0,1000.25,0',
      'C3,2024Q4,auezov district,901123300258,A,unconditional,2,"1\u00a0234\u00a0567",5',
      'C4,2024-Q5,Almaly,901123300258,A,unconditional,2,1,1',
      'C5,2024-Q2,Atlantis,901123300258,A,unconditional,2,1,1',
      'C6,2024-Q2,Almaly,901123300258,A,unconditional,two,1,1',
      'C7,2024-Q2,Almaly,901123300258,A,unconditional,2,"1.000,00",1',
    ].join('\n');
    const loaded = await loadInMemory(writeSnapshot({ 'asp_cases.csv': text }));
    try {
      const rows = await loaded.rows<{
        period: Date;
        district: string;
        kind: string;
        members_count: number;
        declared_income_kzt: number;
      }>('SELECT period, district, kind, members_count, declared_income_kzt FROM asp_cases ORDER BY _line');
      expect(
        rows.map((r) => [day(r.period), r.district, r.kind, r.members_count, r.declared_income_kzt]),
      ).toEqual([
        ['2024-01-01', 'ALM-ALMALY', 'conditional', 4, 120000.5],
        ['2024-07-01', 'ALM-BOSTANDYK', 'unconditional', 3, 1000.25],
        ['2024-10-01', 'ALM-AUEZOV', 'unconditional', 2, 1234567],
      ]);
      const q = await loaded.rows<{ line: bigint; column: string; reason: string }>(
        'SELECT line, "column", reason FROM _quarantine ORDER BY line',
      );
      expect(q.map((r) => [Number(r.line), r.column, r.reason])).toEqual([
        [5, 'period', R.quarter],
        [6, 'district', R.district],
        [7, 'members_count', R.int],
        [8, 'declared_income_kzt', R.money],
      ]);
    } finally {
      loaded.close();
    }
  });

  it('reads numbers, optional empty values and an optional BIN', async () => {
    const text = [
      'org_bin,iin,position,rate,hired,left,last_name,first_name,birth_date',
      '990940003030,901123300258,Teacher,"1,5",2020-09-01,,,,',
      '990940003030,901123300258,doctor,0.25,2020-09-01,31.08.2023,,,',
      '990940003030,901123300258,nurse,x,2020-09-01,,,,',
    ].join('\n');
    const loaded = await loadInMemory(writeSnapshot({ 'staff.csv': text }));
    try {
      const rows = await loaded.rows<{ rate: number; left: Date | null; position: string }>(
        'SELECT rate, "left", position FROM staff ORDER BY _line',
      );
      expect(rows.map((r) => [r.position, r.rate, day(r.left)])).toEqual([
        ['teacher', 1.5, null],
        ['doctor', 0.25, '2023-08-31'],
      ]);
      const q = await loaded.rows<{ reason: string }>('SELECT reason FROM _quarantine');
      expect(q).toEqual([{ reason: R.number }]);
    } finally {
      loaded.close();
    }
  });

  it('leaves an empty optional BIN NULL but quarantines an invalid one', async () => {
    const text = [
      'child_iin,district,registered_on,status,placed_org_bin',
      '901123300258,Almaly,2024-01-01,waiting,',
      '901123300258,Almaly,2024-01-01,placed,990940003031',
    ].join('\n');
    const loaded = await loadInMemory(writeSnapshot({ 'kindergarten_queue.csv': text }));
    try {
      expect(loaded.file('kindergarten_queue')).toMatchObject({ rowsLoaded: 1, rowsQuarantined: 1 });
      const q = await loaded.rows<{ column: string; reason: string }>(
        'SELECT "column", reason FROM _quarantine',
      );
      expect(q).toEqual([{ column: 'placed_org_bin', reason: R.binChecksum }]);
    } finally {
      loaded.close();
    }
  });

  it('reads IINs and amounts exactly as the TypeScript core does, fast path for plain values included', async () => {
    // 12-character values that a cast to a number alone would take for 12 digits.
    const iins = [
      '9011233018e2', // 901123301800 is a valid IIN: the cast alone would load it
      '901123300258',
      '061211600012',
      '61211600012',
      '901123300259',
      '1.0000000e11',
      '+90112330025',
      '0x174876E800',
      '9_0112330025',
      '901123300258.0',
      '90112330025 ',
      '9011 2330 0258',
      '-90112330025',
      // Below 10^11 the fast path compares with the number padded to 12 digits.
      '0x0174876E80',
      '001123300e02',
      '-01123300258',
      '000000000000',
      // Plain 12-digit values in bulk: the usual rows, whose checksum takes the fast path.
      ...pseudoRandomTwelveDigits(3000),
    ];
    const amounts = ['1000', '-5', '007', '1e5', '1 000', '12345678901234567', '0', '10.5', '0x10'];
    const header = 'iin,payer_bin,period,income_kzt,opv_kzt,osms_kzt,last_name,first_name,birth_date';
    const rows = [
      ...iins.map((iin) => `${iin},990940003030,2024-01,1,,,,,`),
      ...amounts.map((amount) => `901123300258,990940003030,2024-01,${amount},,,,,`),
    ];
    const loaded = await loadInMemory(
      writeSnapshot({ 'contributions.csv': `${[header, ...rows].join('\n')}\n` }),
    );
    try {
      const got = await loaded.rows<{ line: bigint; iin: string; income: number }>(
        `SELECT _line AS line, ${idTextSql('iin')} AS iin, CAST(income_kzt AS DOUBLE) AS income FROM contributions ORDER BY _line`,
      );
      const byLine = new Map(got.map((r) => [Number(r.line), r]));
      const validIins = iins.filter((raw) =>
        ['valid', 'restored'].includes(readIdNumber(raw.trim(), 'iin').kind),
      );
      expect(validIins.length).toBeGreaterThan(150);
      iins.forEach((raw, i) => {
        const reading = readIdNumber(raw.trim(), 'iin');
        const expected = reading.kind === 'valid' || reading.kind === 'restored' ? reading.value : undefined;
        expect(byLine.get(i + 2)?.iin, raw).toBe(expected);
      });
      const income = (i: number): number | undefined => byLine.get(iins.length + i + 2)?.income;
      expect(amounts.map((_, i) => income(i))).toEqual([
        1000,
        -5,
        7,
        undefined,
        1000,
        undefined,
        0,
        10.5,
        undefined,
      ]);
      expect(byLine.size).toBe(got.length);
      const quarantined = await loaded.rows<{ n: bigint }>('SELECT count(*) AS n FROM _quarantine');
      expect(got.length + Number(quarantined[0]?.n)).toBe(rows.length);
    } finally {
      loaded.close();
    }
  });
});
