import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadInMemory, writeSnapshot } from './ingest-fixture';
import { idTextSql } from '../../src/workspace/id-text';

describe('CSV encodings, delimiters and headers', () => {
  it('reads Windows-1251 with ";" and Russian headers', async () => {
    const text = [
      'ИИН;Фамилия;Имя;Отчество;Дата рождения;Пол;Район;Код адреса',
      '901123300258;Иванов;Иван;Петрович;23.11.1990;М;Алмалинский район;R-1',
      '791028302728;Ёлкина;Анна;;1979-10-28;Ж;Бостандыкский;R-2',
    ].join('\r\n');
    const loaded = await loadInMemory(writeSnapshot({ 'population.csv': iconv.encode(text, 'win1251') }));
    try {
      const f = loaded.file('population');
      expect(f).toMatchObject({
        encoding: 'windows-1251',
        delimiter: ';',
        rowsRead: 2,
        rowsLoaded: 2,
        rowsQuarantined: 0,
      });
      const rows = await loaded.rows<{
        last_name: string;
        sex: string;
        district: string;
        middle_name: string | null;
      }>('SELECT last_name, sex, district, middle_name FROM population ORDER BY _line');
      expect(rows).toEqual([
        { last_name: 'Иванов', sex: 'M', district: 'ALM-ALMALY', middle_name: 'Петрович' },
        { last_name: 'Ёлкина', sex: 'F', district: 'ALM-BOSTANDYK', middle_name: null },
      ]);
    } finally {
      loaded.close();
    }
  });

  it('reads Kazakh headers, tab delimiter, and a UTF-8 BOM', async () => {
    const text =
      '\uFEFFЖСН\tТегі\tАты\tТуған күні\tЖынысы\tАудан\tАдрес коды\n61211600012\tСәрсенова\tӘйгерім\t2006-12-11\tF\tӘуезов ауданы\tK-1\n';
    const loaded = await loadInMemory(writeSnapshot({ 'population.csv': text }));
    try {
      expect(loaded.file('population')).toMatchObject({
        encoding: 'utf-8-bom',
        delimiter: '\t',
        rowsLoaded: 1,
        iinsRestored: 1,
        // A BOM is not a plain file (plain-csv-check.ts): the lines come from a staged copy.
        lineNumbers: 'staged_copy',
      });
      const [row] = await loaded.rows<{ iin: string; first_name: string; district: string }>(
        `SELECT ${idTextSql('iin')} AS iin, first_name, district FROM population`,
      );
      expect(row).toEqual({ iin: '061211600012', first_name: 'Әйгерім', district: 'ALM-AUEZOV' });
      const mapping = loaded.file('population').headerMapping.map((h) => h.column);
      expect(mapping).toEqual([
        'iin',
        'last_name',
        'first_name',
        'birth_date',
        'sex',
        'district',
        'address_id',
      ]);
    } finally {
      loaded.close();
    }
  });

  it('accepts canonical snake_case and English header forms, any case and spacing', async () => {
    const text =
      'IIN, Last  Name ,FIRST_NAME,Date of birth,sex,District,ADDRESS_ID\n901123300258,A,B,1990-11-23,m,almaly,X\n';
    const loaded = await loadInMemory(writeSnapshot({ 'population.csv': text }));
    try {
      expect(loaded.file('population').rowsLoaded).toBe(1);
    } finally {
      loaded.close();
    }
  });

  it('switches to cp1251 when the invalid byte comes after the first megabyte', async () => {
    const filler = Array.from(
      { length: 20000 },
      (_, i) => `901123300258,Name${i},Bakhytzhan,,1990-11-23,M,Almaly,A${i}`,
    );
    const body = Buffer.concat([
      Buffer.from(
        `iin,last_name,first_name,middle_name,birth_date,sex,district,address_id\n${filler.join('\n')}\n`,
      ),
      iconv.encode('791028302728,Жуков,Олег,,1979-10-28,М,Медеуский,Z\n', 'win1251'),
    ]);
    expect(body.length).toBeGreaterThan(1 << 20);
    const loaded = await loadInMemory(writeSnapshot({ 'population.csv': body }));
    try {
      expect(loaded.file('population')).toMatchObject({
        encoding: 'windows-1251',
        rowsRead: 20001,
        rowsLoaded: 20001,
      });
      const [row] = await loaded.rows<{ last_name: string; district: string; _line: bigint }>(
        "SELECT last_name, district, _line FROM population WHERE iin = '791028302728'",
      );
      expect(row).toEqual({ last_name: 'Жуков', district: 'ALM-MEDEU', _line: 20002n });
    } finally {
      loaded.close();
    }
  });
});
