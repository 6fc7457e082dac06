import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUARANTINE_REASONS as R } from '../../src/ingest/quarantine-reasons';
import { checkPlainCsv } from '../../src/ingest/readers/plain-csv-check';
import { loadInMemory, writeSnapshot } from './ingest-fixture';
import { idTextSql } from '../../src/workspace/id-text';

function check(text: string | Buffer): Promise<unknown> {
  const dir = writeSnapshot({});
  const path = join(dir, 'x.csv');
  writeFileSync(path, text);
  return checkPlainCsv(path, ',');
}

describe('plain CSV files are read in place', () => {
  it('accepts single-line records with well-formed quotes, with or without a final line break', async () => {
    expect(await check('a,b\n1,"x, y"\n"q""r",\n"",""\n')).toEqual({ dataRecords: 3, edgeSpaces: false });
    expect(await check('a,b\n1,2')).toEqual({ dataRecords: 1, edgeSpaces: false });
    expect(await check('a,b\n')).toEqual({ dataRecords: 0, edgeSpaces: false });
  });

  it('says whether any value may start or end with whitespace, so that trimming can be skipped', async () => {
    const edge = async (text: string): Promise<boolean> =>
      ((await check(text)) as { edgeSpaces: boolean }).edgeSpaces;
    // Spaces inside values, quoted or not, are not at an edge.
    expect(await edge('a,b\n1 2,"x, y"\n3,"q ""r"" s"\n')).toBe(false);
    // Quoted fields full of ', ' and spaces, one after another, hide nothing outside them.
    expect(await edge('a,b,c\n"x , y","p q r",1\n"s t",2,"u, v"\n')).toBe(false);
    for (const text of [
      'a,b\n 1,2\n', // line start
      'a,b\n1 ,2\n', // before a delimiter
      'a,b\n1, 2\n', // after a delimiter
      'a,b\n1,2 \n', // line end
      'a,b\n1,2 ', // end of file
      'a,b\n1," x"\n', // just inside quotes
      'a,b\n1,"x "\n',
      'a,b\n1,\t2\n', // tab
      'a,b\n1,2\u00a0000\n', // no-break space outside quotes
      'a ,b\n1,2\n', // header
      'a,b,c\n"x , y","p q",1\n"s t",2, 3\n', // after quoted fields full of spaces
    ]) {
      expect(await edge(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('loads values with edge whitespace trimmed whether or not the file is read in place', async () => {
    const header = 'iin,payer_bin,period,income_kzt,opv_kzt,osms_kzt,last_name,first_name,birth_date';
    const loaded = await loadInMemory(
      writeSnapshot({
        'contributions.csv': `${header}\n901123300258 ,990940003030,2024-01, 1000,,,"  Ахметов ",\u00a0Ерлан,\n`,
      }),
    );
    try {
      const rows = await loaded.rows<{ iin: string; income: number; last_name: string; first_name: string }>(
        `SELECT ${idTextSql('iin')} AS iin, CAST(income_kzt AS DOUBLE) AS income, last_name, first_name FROM contributions`,
      );
      expect(rows).toEqual([
        { iin: '901123300258', income: 1000, last_name: 'Ахметов', first_name: 'Ерлан' },
      ]);
    } finally {
      loaded.close();
    }
  });

  it('leaves every other file to the record scanner', async () => {
    for (const text of [
      'a,b\r\n1,2\r\n', // CR
      'a,b\n\n1,2\n', // blank line
      '\na,b\n1,2\n', // leading blank line
      'a,b\n1,"x\ny"\n', // quoted line break
      'a,b\n1,ТОО "А"\n', // stray quote
      'a,b\n1,"q"z\n', // text after the closing quote
      'a,b\n1,"open\n', // unterminated
      '\ufeffa,b\n1,2\n', // BOM
    ]) {
      expect(await check(text), JSON.stringify(text)).toBeNull();
    }
    expect(await check(Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xc0, 0x2c, 0x32, 0x0a]))).toBeNull();
  });

  it('falls back to staging when a plain-looking file has records with the wrong number of fields', async () => {
    const header = 'iin,payer_bin,period,income_kzt,opv_kzt,osms_kzt,last_name,first_name,birth_date';
    const good = '901123300258,990940003030,2024-01,1000,,,,,';
    const text = [header, good, `${good},extra`, good, '901123300258,990940003030', good, 'x,2024-13'].join(
      '\n',
    );
    const loaded = await loadInMemory(writeSnapshot({ 'contributions.csv': `${text}\n` }));
    try {
      const f = loaded.file('contributions');
      expect([f.rowsRead, f.rowsLoaded, f.rowsQuarantined]).toEqual([6, 3, 3]);
      const lines = await loaded.rows<{ line: bigint; reason: string }>(
        `SELECT line, reason FROM _quarantine ORDER BY line`,
      );
      expect(lines.map((q) => [Number(q.line), q.reason])).toEqual([
        [3, R.tooManyFields],
        [5, R.tooFewFields],
        [7, R.tooFewFields],
      ]);
      const kept = await loaded.rows<{ l: bigint }>(`SELECT _line AS l FROM contributions ORDER BY _line`);
      expect(kept.map((r) => Number(r.l))).toEqual([2, 4, 6]);
    } finally {
      loaded.close();
    }
  });

  it('numbers the records of a file read in place by their lines', async () => {
    const header = 'iin,payer_bin,period,income_kzt,opv_kzt,osms_kzt,last_name,first_name,birth_date';
    const rows = Array.from({ length: 3000 }, (_, i) =>
      i % 1000 === 7
        ? `901123300258,990940003030,2024-13,${i},,,,,`
        : `901123300258,990940003030,2024-01,${i},,,"Name, ${i}",,`,
    );
    const loaded = await loadInMemory(
      writeSnapshot({ 'contributions.csv': `${[header, ...rows].join('\n')}\n` }),
    );
    try {
      const wrong = await loaded.rows<{ n: bigint }>(
        `SELECT count(*) AS n FROM contributions WHERE _line <> CAST(income_kzt AS BIGINT) + 2
           OR last_name <> 'Name, ' || CAST(CAST(income_kzt AS BIGINT) AS VARCHAR)`,
      );
      expect(Number(wrong[0]?.n)).toBe(0);
      const quarantined = await loaded.rows<{ line: bigint }>(`SELECT line FROM _quarantine ORDER BY line`);
      expect(quarantined.map((q) => Number(q.line))).toEqual([9, 1009, 2009]);
    } finally {
      loaded.close();
    }
  });
});
