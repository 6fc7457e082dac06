/**
 * ExcelJS's streaming reader (4.x) decodes every zip chunk of a sheet or of the shared
 * strings on its own, so a multi-byte UTF-8 character split between two chunks becomes
 * two U+FFFD ("Алатау��кий"): about one Cyrillic value in a few thousand is corrupted and
 * then quarantined or mislinked (exceljs/exceljs#2316, #2063; the fix, PR #1665, is not
 * merged). This wraps the reader's two parse entry points so that their input is decoded
 * as one UTF-8 stream. They are internal methods: when a release renames them nothing is
 * wrapped, and test/ingest/xlsx.test.ts shows whether the bug is back.
 */
type Chunks = AsyncIterable<Uint8Array | string>;

interface ReaderInternals {
  _parseWorksheet?: (iterator: Chunks, sheetNo: string) => unknown;
  _parseSharedStrings?: (entry: { setEncoding(encoding: BufferEncoding): unknown }) => unknown;
}

/** Byte chunks decoded as one UTF-8 stream (a character may span two chunks). */
export async function* utf8Chunks(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** Make an ExcelJS WorkbookReader decode sheets and shared strings across chunk boundaries. */
export function decodeXlsxAcrossChunks(reader: object): void {
  const internals = reader as ReaderInternals;
  const parseWorksheet = internals._parseWorksheet?.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings?.bind(reader);
  if (parseWorksheet) {
    internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Chunks(iterator), sheetNo);
  }
  if (parseSharedStrings) {
    internals._parseSharedStrings = (entry) => {
      // A readable stream with an encoding emits strings decoded across chunks.
      entry.setEncoding('utf8');
      return parseSharedStrings(entry);
    };
  }
}
