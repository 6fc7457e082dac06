import { describe, expect, it } from 'vitest';
import { CsvRecordScanner } from '../../src/ingest/readers/csv-record-scanner';
import { splitRecord } from '../../src/ingest/readers/csv-text';
import { completeUtf8Length } from '../../src/ingest/readers/text-encoding';

function scan(text: string, chunkSize: number): string[] {
  const out: string[] = [];
  const scanner = new CsvRecordScanner(';'.charCodeAt(0), (buf, start, end, line, fields, quoting) =>
    out.push(`${line}|${fields}|${quoting}|${buf.toString('utf8', start, end)}`),
  );
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunkSize) scanner.push(bytes.subarray(i, i + chunkSize));
  scanner.end();
  return out;
}

describe('CSV record scanner', () => {
  const text = 'a;b;c\r\n1;"x;\r\ny";ж\n2;"say ""hi""";3\n\n3;ТОО "А";4\n4;"q"z;5\n5;6';
  const expected = [
    '1|3|clean|a;b;c',
    '2|3|clean|1;"x;\r\ny";ж',
    '4|3|clean|2;"say ""hi""";3',
    '5|1|clean|',
    '6|3|stray|3;ТОО "А";4',
    '7|3|text_after_quote|4;"q"z;5',
    '8|2|clean|5;6',
  ];

  it('splits records with their start line and field count, whatever the chunk boundaries', () => {
    for (const size of [1, 2, 3, 5, 7, 64, 4096]) expect(scan(text, size), `chunk ${size}`).toEqual(expected);
  });

  it('flags a quote left open at the end of the file', () => {
    expect(scan('a;b\n1;"open\n2;3\n', 4)).toEqual(['1|2|clean|a;b', '2|2|unterminated|1;"open\n2;3\n']);
  });

  it('splits one record leniently, as Excel reads stray quotes', () => {
    expect(splitRecord('1;ТОО "А";"x;""y"""', ';')).toEqual(['1', 'ТОО "А"', 'x;"y"']);
  });

  it('never cuts a UTF-8 character when holding back a chunk tail', () => {
    const bytes = Buffer.from('aжb€');
    expect(completeUtf8Length(bytes.subarray(0, 2))).toBe(1);
    expect(completeUtf8Length(bytes.subarray(0, 3))).toBe(3);
    expect(completeUtf8Length(bytes.subarray(0, 6))).toBe(4);
    expect(completeUtf8Length(bytes)).toBe(7);
  });
});
