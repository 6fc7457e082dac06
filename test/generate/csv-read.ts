import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';

/** A small CSV reader for the tests (quoted fields, any delimiter, optional BOM). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line === '') continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line.charAt(i);
      if (quoted) {
        if (ch === '"' && line.charAt(i + 1) === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === delimiter) {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

export function readCsv(
  path: string,
  encoding: 'utf-8' | 'windows-1251' = 'utf-8',
  delimiter = ',',
): Record<string, string>[] {
  const bytes = readFileSync(path);
  const text = encoding === 'windows-1251' ? iconv.decode(bytes, 'win1251') : bytes.toString('utf8');
  const [header = [], ...rows] = parseCsv(text, delimiter);
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}
