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

const isBlank = (region: Buffer, at: number): boolean =>
  region[at] === SPACE || region[at] === TAB || (region[at] === 0xa0 && region[at - 1] === 0xc2);

/**
 * Whether `needle` occurs outside the quoted fields of `region` (sorted [open, close]
 * pairs) at a place `accept` takes. A hit inside a field resumes the search after that
 * field, so a field full of matches (a quoted address full of spaces) costs one search.
 */
function occursOutsideQuotes(
  region: Buffer,
  needle: number | Buffer,
  ranges: readonly number[],
  accept: (at: number) => boolean,
): boolean {
  let k = 0;
  for (let at = region.indexOf(needle); at >= 0;) {
    while (k < ranges.length && (ranges[k + 1] as number) < at) k += 2;
    if (k < ranges.length && (ranges[k] as number) < at) {
      at = region.indexOf(needle, (ranges[k + 1] as number) + 1);
      continue;
    }
    if (accept(at)) return true;
    at = region.indexOf(needle, at + 1);
  }
  return false;
}

/**
 * Whether a value of `region` (whole lines, quoted fields in `ranges`) may start or end
 * with whitespace. Unquoted values: a space next to a delimiter or a line end, or a tab
 * or no-break space anywhere outside quotes. Quoted values: just inside the quotes.
 * Searched for by the rare byte (the space), not by the pair it forms with the delimiter,
 * which the search would stop at on every field.
 */
function hasEdgeSpaces(region: Buffer, delimiter: number, ranges: readonly number[]): boolean {
  if (region.length === 0) return false;
  if (isBlank(region, 0) || isBlank(region, region.length - 1)) return true;
  for (let k = 0; k < ranges.length; k += 2) {
    const open = ranges[k] as number;
    const close = ranges[k + 1] as number;
    if (close > open + 1 && (isBlank(region, open + 1) || isBlank(region, close - 1))) return true;
  }
  const edge = (byte: number | undefined): boolean => byte === delimiter || byte === LF;
  const spaceAtEdge = (at: number): boolean => edge(region[at - 1]) || edge(region[at + 1]);
  return (
    occursOutsideQuotes(region, SPACE, ranges, spaceAtEdge) ||
    occursOutsideQuotes(region, TAB, ranges, () => true) ||
    occursOutsideQuotes(region, NBSP, ranges, () => true)
  );
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
  let edgeSpaces = false;
  const plain = (region: Buffer, atEnd: boolean): boolean => {
    if (region.length === 0) return true;
    if (!isUtf8(region) || region.indexOf(CR) >= 0 || region[0] === LF) return false;
    if (first && region[0] === 0xef) return false; // a BOM: DuckDB would read it into the first header
    if (region.indexOf(BLANK_LINE) >= 0) return false;
    const ranges = quotedFields(region, delimiterByte, atEnd);
    if (ranges === null) return false;
    edgeSpaces ||= hasEdgeSpaces(region, delimiterByte, ranges);
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
