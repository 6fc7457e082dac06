/**
 * Fold a header to a comparison key: case, spacing, underscores and a BOM carry no
 * meaning ("Дата  рождения", "birth_date" and "Birth Date" are compared as equals).
 */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[_\s\u00a0\u2009\u202f]+/g, ' ')
    .replace(/[.:*]+$/, '')
    .trim();
}
