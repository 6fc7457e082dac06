import { PassThrough, type Readable } from 'node:stream';
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
    if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
  });
  sheet?.commit();
  await workbook.commit();
}
