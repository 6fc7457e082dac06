import ExcelJS from 'exceljs';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { QUARANTINE_REASONS } from '../quarantine-reasons';
import { BufferedFileWriter } from './buffered-file-writer';
import { quoteField } from './csv-text';
import type { BytesListener, StagedFile } from './staged-file';
import { cellText } from './xlsx-cell-text';
import { decodeXlsxAcrossChunks } from './xlsx-utf8-chunks';

/**
 * Stage the first sheet of an XLSX extract as a UTF-8 CSV for DuckDB, streaming rows
 * with ExcelJS's WorkbookReader (a sheet of millions of rows is never held in memory).
 * Lines are sheet row numbers; empty rows are not records.
 */
const MAX_REJECT_VALUE = 1000;

function rowTexts(values: unknown): string[] {
  // ExcelJS row.values is 1-based and sparse.
  const list = Array.isArray(values) ? values : [];
  const texts: string[] = [];
  for (let i = 1; i < list.length; i++) texts.push(cellText(list[i]));
  while (texts.length > 0 && texts[texts.length - 1]?.trim() === '') texts.pop();
  return texts;
}

async function* firstSheetRows(
  file: string,
): AsyncGenerator<{ readonly number: number; readonly texts: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  decodeXlsxAcrossChunks(reader);
  for await (const sheet of reader) {
    for await (const row of sheet) yield { number: row.number, texts: rowTexts(row.values) };
    // Only the first sheet is the extract; the rest of the archive is not read.
    return;
  }
}

/** Headers of the first sheet, reading no further than the header row. */
export async function sniffXlsx(file: string): Promise<readonly string[]> {
  try {
    for await (const row of firstSheetRows(file)) {
      if (row.texts.length > 0) return row.texts.map((t) => t.trim());
    }
  } catch (error) {
    throw readFailed(file, error);
  }
  throw new BirtizimError('BZ_INGEST_NO_HEADER', { file });
}

function readFailed(file: string, error: unknown): BirtizimError {
  if (error instanceof BirtizimError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new BirtizimError('BZ_INGEST_READ_FAILED', { file, detail }, { cause: error });
}

export async function stageXlsx(
  file: string,
  paths: { readonly dataPath: string; readonly rejectsPath: string },
  onRows: BytesListener,
): Promise<StagedFile> {
  const data = new BufferedFileWriter(paths.dataPath);
  const rejects = new BufferedFileWriter(paths.rejectsPath, 1 << 16);
  let headers: string[] | null = null;
  let rowsRead = 0;
  let rowsRejected = 0;
  try {
    for await (const row of firstSheetRows(file)) {
      if (row.texts.length === 0) continue;
      if (headers === null) {
        headers = row.texts.map((t) => t.trim());
        continue;
      }
      rowsRead++;
      if (row.texts.length > headers.length) {
        rowsRejected++;
        const value = row.texts.join(',').slice(0, MAX_REJECT_VALUE);
        rejects.writeText(
          `${row.number},${quoteField(QUARANTINE_REASONS.tooManyFields)},${quoteField(value)}\n`,
        );
        continue;
      }
      const fields = headers.map((_, i) => quoteField(row.texts[i] ?? ''));
      data.writeText(`${row.number},${fields.join(',')}\n`);
      if (rowsRead % 10000 === 0) onRows(rowsRead, null);
    }
  } catch (error) {
    throw readFailed(file, error);
  } finally {
    data.close();
    rejects.close();
  }
  if (headers === null) throw new BirtizimError('BZ_INGEST_NO_HEADER', { file });
  return {
    format: 'xlsx',
    encoding: 'xlsx',
    sourceDelimiter: null,
    headers,
    lines: 'prefixed',
    dataPath: paths.dataPath,
    dataDelimiter: ',',
    rejectsPath: paths.rejectsPath,
    rowsRead,
    rowsRejected,
    edgeSpaces: true,
  };
}
