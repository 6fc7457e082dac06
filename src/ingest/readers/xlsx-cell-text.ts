/**
 * The text of one spreadsheet cell as an extract would have had it in CSV: numbers
 * without exponent (an IIN stored as a number loses its leading zero, which ingest then
 * restores), dates as YYYY-MM-DD (UTC), booleans as true/false, formulas by their result.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    if (Array.isArray(cell.richText)) {
      return cell.richText
        .map((part) => (typeof part === 'object' && part && 'text' in part ? String(part.text) : ''))
        .join('');
    }
    if ('result' in cell) return cellText(cell.result);
    if ('text' in cell) return cellText(cell.text);
    if ('error' in cell) return String(cell.error);
  }
  return String(value);
}
