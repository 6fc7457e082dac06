import { join } from 'node:path';
import { registrySpec, type ColumnSpec, type RegistryName } from '../../registries/catalog';
import { foldKazakh } from '../city/name-variants';
import { fileNameOf, type FileFormat } from './file-format';
import { headersFor } from './header-names';
import { TextSink } from './text-sink';
import { formatValue, type Row } from './value-format';
import { XlsxSink } from './xlsx-sink';

/** A cell written as-is, bypassing formatting: used to plant malformed values. */
export interface RawOverride {
  readonly column: string;
  readonly text: string;
}

/**
 * One registry file of the snapshot: the catalog's columns in order, values formatted
 * for the file's format, and the line number of every row returned to the caller
 * (header = line 1) so that the truth can point at it.
 */
export class RegistryFile {
  readonly fileName: string;
  readonly columns: readonly ColumnSpec[];
  private readonly text: TextSink | null;
  private readonly xlsx: XlsxSink | null;
  private line = 1;
  private pick = 0;

  constructor(
    readonly registry: RegistryName,
    readonly format: FileFormat,
    dir: string,
  ) {
    this.columns = registrySpec(registry).columns;
    this.fileName = fileNameOf(registry, format);
    const path = join(dir, this.fileName);
    const headers = headersFor(this.columns, format.headers);
    if (format.container === 'xlsx') {
      this.text = null;
      this.xlsx = new XlsxSink(path, registry);
      this.xlsx.addRow(headers);
    } else {
      this.xlsx = null;
      this.text = new TextSink(path, format.encoding);
      this.text.push(headers.map((h) => this.quote(h)).join(format.delimiter) + format.lineEnd);
    }
  }

  /** Rows written so far (header excluded). */
  get rows(): number {
    return this.line - 1;
  }

  /** Write one row; returns its line number. */
  write(row: Row, overrides: readonly RawOverride[] = [], extraField = false): number {
    this.pick++;
    if (this.xlsx) {
      this.xlsx.addRow(
        this.columns.map(
          (c) => overrides.find((o) => o.column === c.name)?.text ?? this.xlsxCell(c, row[c.name]),
        ),
      );
    } else if (this.text) {
      const cells = this.columns.map((c) => {
        const override = overrides.find((o) => o.column === c.name);
        return this.quote(override ? override.text : this.cellText(c, row[c.name]));
      });
      if (extraField) cells.push('x');
      this.text.push(cells.join(this.format.delimiter) + this.format.lineEnd);
    }
    this.line++;
    return this.line;
  }

  get needsFlush(): boolean {
    return this.text?.pending ?? false;
  }

  async flush(): Promise<void> {
    await this.text?.flush();
  }

  async close(): Promise<void> {
    await this.text?.close();
    await this.xlsx?.close();
  }

  private cellText(column: ColumnSpec, value: Row[string]): string {
    const text = formatValue(column.kind, value, this.format, this.pick);
    return this.format.encoding === 'windows-1251' ? foldKazakh(text) : text;
  }

  private xlsxCell(column: ColumnSpec, value: Row[string]): string | number | null {
    if (value === null || value === undefined || value === '') return null;
    if (
      column.kind === 'iin' ||
      column.kind === 'money' ||
      column.kind === 'int' ||
      column.kind === 'number'
    ) {
      const n = Number(value);
      return Number.isFinite(n) ? n : String(value);
    }
    return this.cellText(column, value);
  }

  private quote(text: string): string {
    if (text.includes(this.format.delimiter) || text.includes('"') || text.includes('\n')) {
      return `"${text.replace(/"/g, '""')}"`;
    }
    return text;
  }
}
