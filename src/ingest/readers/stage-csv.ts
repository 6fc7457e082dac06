import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { QUARANTINE_REASONS } from '../quarantine-reasons';
import { BufferedFileWriter } from './buffered-file-writer';
import { CsvRecordScanner, type RecordQuoting } from './csv-record-scanner';
import { detectDelimiter, firstRecord, quoteField, splitRecord, type Delimiter } from './csv-text';
import { checkPlainCsv } from './plain-csv-check';
import type { BytesListener, StagedFile } from './staged-file';
import { createUtf8Converter, decodeSample, sniffEncoding, type TextEncoding } from './text-encoding';

/**
 * Stage a CSV extract for DuckDB in one streaming pass: transcode to UTF-8 (cp1251 and
 * UTF-16 through iconv-lite), prefix each record with its line, and move structurally
 * broken records to the rejects file. Memory stays at a few chunks whatever the file size.
 */
const SAMPLE_BYTES = 1 << 20;
const LF = 0x0a;
const MAX_REJECT_VALUE = 1000;

export interface CsvSniff {
  readonly encoding: TextEncoding;
  readonly delimiter: Delimiter;
  readonly headers: readonly string[];
}

/** Encoding, delimiter and headers from the first megabyte of a file. */
export function sniffCsv(file: string): CsvSniff {
  const fd = openSync(file, 'r');
  try {
    const size = statSync(file).size;
    const sample = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    const read = readSync(fd, sample, 0, sample.length, 0);
    const bytes = sample.subarray(0, read);
    const encoding = sniffEncoding(bytes, read === size);
    const text = decodeSample(bytes, encoding).replace(/^(\s*\r?\n)+/, '');
    const headerLine = firstRecord(text);
    if (headerLine.trim() === '') throw new BirtizimError('BZ_INGEST_NO_HEADER', { file });
    const delimiter = detectDelimiter(headerLine);
    return { encoding, delimiter, headers: splitRecord(headerLine, delimiter).map((h) => h.trim()) };
  } finally {
    closeSync(fd);
  }
}

function rejectReason(quoting: RecordQuoting, fields: number, expected: number): string | null {
  if (quoting === 'unterminated') return QUARANTINE_REASONS.unterminatedQuote;
  if (quoting === 'text_after_quote') return QUARANTINE_REASONS.textAfterQuote;
  if (fields > expected) return QUARANTINE_REASONS.tooManyFields;
  if (fields < expected) return QUARANTINE_REASONS.tooFewFields;
  return null;
}

type PassResult =
  | { readonly kind: 'done'; readonly rowsRead: number; readonly rowsRejected: number }
  | { readonly kind: 'invalid_utf8' };

async function stagePass(
  file: string,
  sniff: CsvSniff,
  encoding: TextEncoding,
  paths: { readonly dataPath: string; readonly rejectsPath: string },
  onBytes: BytesListener,
): Promise<PassResult> {
  const total = statSync(file).size;
  const delimiter = sniff.delimiter;
  const delimiterByte = delimiter.charCodeAt(0);
  const data = new BufferedFileWriter(paths.dataPath);
  const rejects = new BufferedFileWriter(paths.rejectsPath, 1 << 16);
  let expected = -1;
  let rowsRead = 0;
  let rowsRejected = 0;
  const scanner = new CsvRecordScanner(delimiterByte, (buf, start, end, line, fields, quoting) => {
    if (start === end && quoting === 'clean') return; // blank line: not a record
    if (expected < 0) {
      expected = fields;
      return;
    }
    rowsRead++;
    const reason = rejectReason(quoting, fields, expected);
    if (reason !== null) {
      rowsRejected++;
      const value = buf
        .toString('utf8', start, Math.min(end, start + MAX_REJECT_VALUE * 4))
        .slice(0, MAX_REJECT_VALUE);
      rejects.writeText(`${line},${quoteField(reason)},${quoteField(value)}\n`);
      return;
    }
    data.writeText(`${line}${delimiter}`);
    if (quoting === 'stray') {
      // A quote inside an unquoted field (ТОО "Ромашка"): re-quote the record so DuckDB reads it as Excel does.
      data.writeText(
        splitRecord(buf.toString('utf8', start, end), delimiter)
          .map(quoteField)
          .join(delimiter),
      );
    } else {
      data.writeBytes(buf, start, end);
    }
    data.writeByte(LF);
  });
  const converter = createUtf8Converter(encoding);
  let done = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      done += bytes.length;
      const utf8 = converter.convert(bytes);
      if (converter.invalid) return { kind: 'invalid_utf8' };
      scanner.push(utf8);
      onBytes(done, total);
    }
    const tail = converter.finish();
    if (converter.invalid) return { kind: 'invalid_utf8' };
    if (tail.length > 0) scanner.push(tail);
    scanner.end();
  } finally {
    data.close();
    rejects.close();
  }
  if (expected < 0) throw new BirtizimError('BZ_INGEST_NO_HEADER', { file });
  return { kind: 'done', rowsRead, rowsRejected };
}

/**
 * A plain UTF-8 file (plain-csv-check.ts) is not copied: DuckDB reads it in place. The
 * loader calls stageCsv again with `copy` when DuckDB does not read every record of it.
 */
export async function stageCsv(
  file: string,
  paths: { readonly dataPath: string; readonly rejectsPath: string },
  onBytes: BytesListener,
  options: { readonly copy?: boolean } = {},
): Promise<StagedFile> {
  const sniff = sniffCsv(file);
  if (sniff.encoding === 'utf-8' && options.copy !== true) {
    const plain = await checkPlainCsv(file, sniff.delimiter);
    if (plain !== null) {
      const size = statSync(file).size;
      onBytes(size, size);
      return {
        format: 'csv',
        encoding: sniff.encoding,
        sourceDelimiter: sniff.delimiter,
        headers: sniff.headers,
        lines: 'in_order',
        dataPath: file,
        dataDelimiter: sniff.delimiter,
        rejectsPath: paths.rejectsPath,
        rowsRead: plain.dataRecords,
        rowsRejected: 0,
        edgeSpaces: plain.edgeSpaces,
      };
    }
  }
  let encoding = sniff.encoding;
  let result = await stagePass(file, sniff, encoding, paths, onBytes);
  if (result.kind === 'invalid_utf8') {
    // An invalid byte after the sniffed sample: the file is not UTF-8 after all.
    encoding = 'windows-1251';
    result = await stagePass(file, sniff, encoding, paths, onBytes);
  }
  if (result.kind === 'invalid_utf8')
    throw new BirtizimError('BZ_INGEST_READ_FAILED', { file, detail: 'invalid text encoding' });
  return {
    format: 'csv',
    encoding,
    sourceDelimiter: sniff.delimiter,
    headers: sniff.headers,
    lines: 'prefixed',
    dataPath: paths.dataPath,
    dataDelimiter: sniff.delimiter,
    rejectsPath: paths.rejectsPath,
    rowsRead: result.rowsRead,
    rowsRejected: result.rowsRejected,
    edgeSpaces: true,
  };
}
