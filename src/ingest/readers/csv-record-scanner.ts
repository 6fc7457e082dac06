/**
 * Splits a UTF-8 CSV byte stream into records without decoding it, tracking the physical
 * line each record starts on (quoted fields may hold line breaks) and how many fields it
 * has. This is how ingest gives every row its exact source line and finds rows with the
 * wrong number of fields before DuckDB reads the file.
 */
export type RecordQuoting = 'clean' | 'stray' | 'text_after_quote' | 'unterminated';

export type RecordListener = (
  bytes: Buffer,
  start: number,
  end: number,
  line: number,
  fields: number,
  quoting: RecordQuoting,
) => void;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export class CsvRecordScanner {
  private pending: Buffer = Buffer.alloc(0);
  private scanFrom = 0;
  private line = 1;
  private newlinesInRecord = 0;
  private fields = 1;
  private fieldStart = true;
  private inQuotes = false;
  private afterQuote = false;
  private quoting: RecordQuoting = 'clean';

  constructor(
    private readonly delimiter: number,
    private readonly onRecord: RecordListener,
  ) {}

  push(chunk: Buffer): void {
    const buf = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let recordStart = 0;
    let i = this.scanFrom;
    const n = buf.length;
    const delimiter = this.delimiter;
    while (i < n) {
      const c = buf[i] as number;
      if (this.inQuotes) {
        if (c === QUOTE) {
          this.inQuotes = false;
          this.afterQuote = true;
        } else if (c === LF) {
          this.newlinesInRecord++;
        }
        i++;
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === QUOTE) {
          // A doubled quote inside a quoted field: still inside it.
          this.inQuotes = true;
          i++;
          continue;
        }
        if (c !== delimiter && c !== LF && c !== CR && this.quoting === 'clean')
          this.quoting = 'text_after_quote';
      }
      if (c === delimiter) {
        this.fields++;
        this.fieldStart = true;
      } else if (c === LF) {
        this.emit(buf, recordStart, i);
        recordStart = i + 1;
      } else {
        if (c === QUOTE) {
          if (this.fieldStart) this.inQuotes = true;
          else if (this.quoting === 'clean') this.quoting = 'stray';
        }
        this.fieldStart = false;
      }
      i++;
    }
    this.pending = recordStart < n ? Buffer.from(buf.subarray(recordStart)) : Buffer.alloc(0);
    this.scanFrom = this.pending.length;
  }

  /** Flush the last record (a file need not end with a line break). */
  end(): void {
    if (this.pending.length === 0) return;
    if (this.inQuotes) this.quoting = 'unterminated';
    this.emit(this.pending, 0, this.pending.length);
    this.pending = Buffer.alloc(0);
    this.scanFrom = 0;
  }

  private emit(buf: Buffer, start: number, lfOrEnd: number): void {
    const end = lfOrEnd > start && buf[lfOrEnd - 1] === CR ? lfOrEnd - 1 : lfOrEnd;
    this.onRecord(buf, start, end, this.line, this.fields, this.quoting);
    this.line += 1 + this.newlinesInRecord;
    this.newlinesInRecord = 0;
    this.fields = 1;
    this.fieldStart = true;
    this.afterQuote = false;
    this.quoting = 'clean';
  }
}
