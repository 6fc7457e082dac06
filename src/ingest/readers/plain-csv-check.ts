import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';

/**
 * Tells whether a CSV file can be read by DuckDB as it is, so that ingest skips the
 * staging copy (the byte-by-byte record scanner is the slowest part of a load). A file
 * is plain when it is valid UTF-8 without BOM, has LF line ends only (no CR at all), no
 * blank line, and every quote opens a field and closes it on the same line (doubled
 * quotes inside). Then every record is one line and the n-th record is on line n + 1,
 * which is the line numbering DuckDB's insertion order gives back. Field counts are not
 * checked here: the loader compares the rows DuckDB read with `dataRecords` and stages
 * the file the slow way when they differ. Only native searches (memchr) touch the bytes.
 */
export interface PlainCsv {
  /** Non-empty lines after the header line. */
  readonly dataRecords: number;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BLANK_LINE = Buffer.from([LF, LF]);

/** Whether the quotes of `region` (whole lines) all delimit single-line fields. */
function quotesArePlain(region: Buffer, delimiter: number, atEnd: boolean): boolean {
  let open = region.indexOf(QUOTE);
  while (open >= 0) {
    const before = open === 0 ? LF : region[open - 1];
    if (before !== delimiter && before !== LF) return false;
    const lineEnd = region.indexOf(LF, open + 1);
    const limit = lineEnd < 0 ? region.length : lineEnd;
    let close = region.indexOf(QUOTE, open + 1);
    while (close >= 0 && close < limit && region[close + 1] === QUOTE)
      close = region.indexOf(QUOTE, close + 2);
    if (close < 0 || close >= limit) return false;
    const after = region[close + 1];
    if (after === undefined ? !atEnd : after !== delimiter && after !== LF) return false;
    open = region.indexOf(QUOTE, close + 1);
  }
  return true;
}

function countLines(region: Buffer): number {
  let lines = 0;
  for (let i = region.indexOf(LF); i >= 0; i = region.indexOf(LF, i + 1)) lines++;
  return lines;
}

/** Null when the file needs the record scanner (see above). */
export async function checkPlainCsv(file: string, delimiter: string): Promise<PlainCsv | null> {
  const delimiterByte = delimiter.charCodeAt(0);
  let carry: Buffer = Buffer.alloc(0);
  let lines = 0;
  let first = true;
  const plain = (region: Buffer, atEnd: boolean): boolean => {
    if (region.length === 0) return true;
    if (!isUtf8(region) || region.indexOf(CR) >= 0 || region[0] === LF) return false;
    if (first && region[0] === 0xef) return false; // a BOM: DuckDB would read it into the first header
    if (region.indexOf(BLANK_LINE) >= 0 || !quotesArePlain(region, delimiterByte, atEnd)) return false;
    first = false;
    lines += countLines(region);
    return true;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 22 })) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const cut = bytes.lastIndexOf(LF) + 1;
    if (!plain(bytes.subarray(0, cut), false)) return null;
    carry = Buffer.from(bytes.subarray(cut));
  }
  if (!plain(carry, true)) return null;
  if (carry.length > 0) lines++; // a last line without a line break
  return lines === 0 ? null : { dataRecords: lines - 1 };
}
