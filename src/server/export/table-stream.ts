import { PassThrough, type Readable, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportFormat } from '../schemas/exports-schemas';

export type Cell = string | number | boolean | null;
/** Feeds rows in batches; `emit` resolves when the client has taken them (backpressure). */
export type RowSource = (emit: (rows: readonly (readonly Cell[])[]) => Promise<void>) => Promise<void>;

/** Excel's limit is 1 048 576 rows per sheet, header included. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function write(stream: PassThrough, chunk: string | Buffer): Promise<void> {
  return stream.write(chunk)
    ? Promise.resolve()
    : new Promise((resolve) => stream.once('drain', () => resolve()));
}

/**
 * A list as a streamed CSV (UTF-8 with BOM, so Excel reads Cyrillic) or XLSX file (ExcelJS
 * streaming writer, a new sheet every 1 048 575 rows). Memory stays flat whatever the size.
 */
export function tableStream(
  format: ExportFormat,
  columns: readonly string[],
  source: RowSource,
  sheetRows = XLSX_MAX_DATA_ROWS,
): Readable {
  const out = new PassThrough();
  const run = format === 'csv' ? writeCsv(out, columns, source) : writeXlsx(out, columns, source, sheetRows);
  run.catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

async function writeCsv(out: PassThrough, columns: readonly string[], source: RowSource): Promise<void> {
  await write(out, `\uFEFF${columns.map(csvCell).join(',')}\r\n`);
  await source(async (rows) => {
    if (rows.length > 0) await write(out, rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join(''));
  });
  out.end();
}

/**
 * Where ExcelJS writes a sheet's XML: its stream (a StreamBuf) pipes into the zip entry
 * without looking at `write`'s result, so nothing holds rows back while the zip is
 * behind; the whole sheet would pile up in memory. Waiting for that pipe to drain carries
 * the client's pace back to the row source. (ExcelJS internals; null if they change.)
 */
interface PipeState {
  readonly _writableState?: { readonly length: number; readonly highWaterMark: number };
  once(event: 'drain', listener: () => void): unknown;
}

function sheetPipe(sheet: ExcelJS.Worksheet): PipeState | null {
  const internal = sheet as unknown as { _stream?: { pipes?: readonly PipeState[] } };
  const pipe = internal._stream?.pipes?.[0];
  return pipe?._writableState && typeof pipe.once === 'function' ? pipe : null;
}

/** Wait until a (readable-stream or node) writable is below its high-water mark. */
async function drained(stream: PipeState | Writable): Promise<void> {
  const state = '_writableState' in stream ? stream._writableState : undefined;
  if (state && state.length >= state.highWaterMark)
    await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

async function writeXlsx(
  out: PassThrough,
  columns: readonly string[],
  source: RowSource,
  sheetRows: number,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  let sheetNumber = 0;
  let sheet: ExcelJS.Worksheet | null = null;
  let inSheet = 0;
  const nextSheet = (): ExcelJS.Worksheet => {
    sheet?.commit();
    sheetNumber++;
    const created = workbook.addWorksheet(`data${sheetNumber === 1 ? '' : `-${sheetNumber}`}`);
    created.addRow([...columns]).commit();
    inSheet = 0;
    return created;
  };
  sheet = nextSheet();
  await source(async (rows) => {
    for (const row of rows) {
      if (inSheet >= sheetRows) sheet = nextSheet();
      sheet?.addRow([...row]).commit();
      inSheet++;
    }
    // Let the zip stream flush to the client before producing more.
    const pipe = sheet ? sheetPipe(sheet) : null;
    if (pipe) await drained(pipe);
    await drained(out);
  });
  sheet?.commit();
  await workbook.commit();
}
