/**
 * Small CSV text helpers for the rare slow paths (the header line, records with stray
 * quotes, quarantine values); the bulk of a file never becomes JS strings.
 */
export type Delimiter = ',' | ';' | '\t';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Split one record leniently: a quote opens a quoted field only at the field's start. */
export function splitRecord(text: string, delimiter: Delimiter): string[] {
  const fields: string[] = [];
  let field = '';
  let i = 0;
  let atStart = true;
  while (i <= text.length) {
    const ch = text[i];
    if (ch === undefined || ch === delimiter) {
      fields.push(field);
      field = '';
      atStart = true;
      i++;
      continue;
    }
    if (atStart && ch === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i];
        i++;
      }
      atStart = false;
      continue;
    }
    field += ch;
    atStart = false;
    i++;
  }
  return fields;
}

/** Count delimiters outside quotes in the header line; the most frequent wins (`,` if none). */
export function detectDelimiter(headerLine: string): Delimiter {
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = splitRecord(headerLine, d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Quote a field for a CSV line (always quoted: used where values are arbitrary). */
export function quoteField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** The first record of a text: up to the first line break outside quotes. */
export function firstRecord(text: string): string {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n' && !inQuotes) return text.slice(0, i).replace(/\r$/, '');
  }
  return text.replace(/\r$/, '');
}
