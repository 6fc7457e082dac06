import { BirtizimError } from '../core/errors/birtizim-error';
import { isKnownField, type LinkField } from './link-fields';

/**
 * `--map id=rec_id,first_name=given_name,...`: our field (or any other name, compared as
 * plain text) = the file's column. Only mapped columns take part; `id` names the record id.
 */
export interface ColumnMap {
  readonly id: string | null;
  readonly entries: readonly { readonly field: LinkField; readonly column: string }[];
}

export function parseColumnMap(text: string): ColumnMap {
  let id: string | null = null;
  const entries: { field: LinkField; column: string }[] = [];
  const problems: string[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const eq = part.indexOf('=');
    const ours = (eq < 0 ? part : part.slice(0, eq)).trim();
    const column = (eq < 0 ? part : part.slice(eq + 1)).trim();
    if (ours === '' || column === '') problems.push(`"${part}" is not field=column`);
    else if (ours === 'id') id = column;
    else if (entries.some((e) => e.field.name === ours)) problems.push(`${ours} is mapped twice`);
    else
      entries.push({
        field: isKnownField(ours) ? { kind: 'known', name: ours } : { kind: 'text', name: ours },
        column,
      });
  }
  if (entries.length === 0) problems.push('no field to compare');
  if (problems.length > 0)
    throw new BirtizimError('BZ_LINK_BAD_MAP', { map: text, problems: problems.join('; ') });
  return { id, entries };
}
