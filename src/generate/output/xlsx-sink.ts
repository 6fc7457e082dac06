import ExcelJS from 'exceljs';
import { fixZipEntryTimes } from './zip-times';

/** The workbook's creation date is part of its bytes; a fixed one keeps same seed → same bytes. */
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

/**
 * One worksheet written with ExcelJS's streaming writer (rows are committed as they come,
 * never held as a workbook in memory). Line numbers are sheet row numbers (header = 1).
 */
export class XlsxSink {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;

  constructor(
    private readonly path: string,
    sheetName: string,
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useStyles: false,
      useSharedStrings: false,
    });
    this.workbook.created = FIXED_DATE;
    this.workbook.modified = FIXED_DATE;
    this.sheet = this.workbook.addWorksheet(sheetName);
  }

  addRow(values: readonly (string | number | null)[]): void {
    this.sheet.addRow([...values]).commit();
  }

  async close(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
    fixZipEntryTimes(this.path);
  }
}
