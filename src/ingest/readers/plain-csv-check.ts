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
 *
 * The same pass tells whether any value may start or end with whitespace (space, tab,
 * no-break space): when none can, the loader skips trimming, which costs more per value
 * than reading it.
 */
export interface PlainCsv {
  /** Non-empty lines after the header line. */
  readonly dataRecords: number;
  /** False when no value (header included) starts or ends with a space, tab or no-break space. */
  readonly edgeSpaces: boolean;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const SPACE = 0x20;
const TAB = 0x09;
const BLANK_LINE = Buffer.from([LF, LF]);
const NBSP = Buffer.from('\u00a0', 'utf8');

/**
 * The quoted fields of `region` (whole lines) as [open, close] quote positions, in order,
 * or null when a quote does not delimit a single-line field.
 */
function quotedFields(region: Buffer, delimiter: number, atEnd: boolean): number[] | null {
  const ranges: number[] = [];
  let open = region.indexOf(QUOTE);
  while (open >= 0) {
    const before = open === 0 ? LF : region[open - 1];
    if (before !== delimiter && before !== LF) return null;
    const lineEnd = region.indexOf(LF, open + 1);
    const limit = lineEnd < 0 ? region.length : lineEnd;
    let close = region.indexOf(QUOTE, open + 1);
    while (close >= 0 && close < limit && region[close + 1] === QUOTE)
      close = region.indexOf(QUOTE, close + 2);
    if (close < 0 || close >= limit) return null;
    const after = region[close + 1];
    if (after === undefined ? !atEnd : after !== delimiter && after !== LF) return null;
    ranges.push(open, close);
    open = region.indexOf(QUOTE, close + 1);
  }
  return ranges;
}

/** Whether `at` lies strictly inside one of the quoted fields (sorted [open, close] pairs). */
function insideQuotes(ranges: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const open = ranges[2 * mid] as number;
    const close = ranges[2 * mid + 1] as number;
    if (at <= open) hi = mid - 1;
    else if (at >= close) lo = mid + 1;
    else return true;
  }
  return false;
}

const isBlank = (region: Buffer, at: number): boolean =>
  region[at] === SPACE || region[at] === TAB || (region[at] === 0xa0 && region[at - 1] === 0xc2);

/**
 * Whether a value of `region` (whole lines, quoted fields in `ranges`) may start or end
 * with whitespace. Unquoted values: whitespace next to a delimiter or a line end, or a
 * tab or no-break space anywhere outside quotes. Quoted values: just inside the quotes.
 */
function hasEdgeSpaces(region: Buffer, patterns: readonly Buffer[], ranges: readonly number[]): boolean {
  if (region.length === 0) return false;
  if (isBlank(region, 0) || isBlank(region, region.length - 1)) return true;
  for (let k = 0; k < ranges.length; k += 2) {
    const open = ranges[k] as number;
    const close = ranges[k + 1] as number;
    if (close > open + 1 && (isBlank(region, open + 1) || isBlank(region, close - 1))) return true;
  }
  for (const pattern of patterns) {
    for (let at = region.indexOf(pattern); at >= 0; at = region.indexOf(pattern, at + 1)) {
      if (!insideQuotes(ranges, at)) return true;
    }
  }
  return false;
}

function countLines(region: Buffer): number {
  let lines = 0;
  for (let i = region.indexOf(LF); i >= 0; i = region.indexOf(LF, i + 1)) lines++;
  return lines;
}

/** Byte pairs that put whitespace at the edge of an unquoted value (hasEdgeSpaces). */
function edgeSpacePatterns(delimiter: number): Buffer[] {
  return [
    Buffer.from([delimiter, SPACE]),
    Buffer.from([SPACE, delimiter]),
    Buffer.from([LF, SPACE]),
    Buffer.from([SPACE, LF]),
    Buffer.from([TAB]),
    NBSP,
  ];
}

/** Null when the file needs the record scanner (see above). */
export async function checkPlainCsv(file: string, delimiter: string): Promise<PlainCsv | null> {
  const delimiterByte = delimiter.charCodeAt(0);
  const patterns = edgeSpacePatterns(delimiterByte);
  let carry: Buffer = Buffer.alloc(0);
  let lines = 0;
  let first = true;
  let edgeSpaces = false;
  const plain = (region: Buffer, atEnd: boolean): boolean => {
    if (region.length === 0) return true;
    if (!isUtf8(region) || region.indexOf(CR) >= 0 || region[0] === LF) return false;
    if (first && region[0] === 0xef) return false; // a BOM: DuckDB would read it into the first header
    if (region.indexOf(BLANK_LINE) >= 0) return false;
    const ranges = quotedFields(region, delimiterByte, atEnd);
    if (ranges === null) return false;
    edgeSpaces ||= hasEdgeSpaces(region, patterns, ranges);
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
  return lines === 0 ? null : { dataRecords: lines - 1, edgeSpaces };
}
