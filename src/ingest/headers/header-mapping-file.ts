import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { isRegistryName, registrySpec, type RegistryName } from '../../registries/catalog';
import { headerKey } from './header-key';

/**
 * The editable header mapping (config/header-mapping.json): per registry, or "*" for all,
 * `"header text": "canonical_column"` or `"ignore"`. Keys starting with `$` are comments.
 */
export type MappingTarget =
  { readonly kind: 'column'; readonly column: string } | { readonly kind: 'ignore' };

export interface HeaderMapping {
  /** The files it was read from, in the order merged (later ones win). */
  readonly files: readonly string[];
  readonly byRegistry: ReadonlyMap<RegistryName | '*', ReadonlyMap<string, MappingTarget>>;
}

export const DEFAULT_MAPPING_FILE = fileURLToPath(
  new URL('../../../config/header-mapping.json', import.meta.url),
);

export const IGNORE = 'ignore';

function parseMappingFile(file: string): Map<RegistryName | '*', Map<string, MappingTarget>> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BirtizimError('BZ_INGEST_MAPPING_INVALID', { file, problems: `not readable JSON (${detail})` });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new BirtizimError('BZ_INGEST_MAPPING_INVALID', {
      file,
      problems: 'the top level must be an object',
    });
  }
  const problems: string[] = [];
  const result = new Map<RegistryName | '*', Map<string, MappingTarget>>();
  for (const [section, entries] of Object.entries(json)) {
    if (section.startsWith('$')) continue;
    if (section !== '*' && !isRegistryName(section)) {
      problems.push(`"${section}" is not a registry name`);
      continue;
    }
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
      problems.push(`"${section}" must be an object of "header": "column"`);
      continue;
    }
    const columns = section === '*' ? null : new Set(registrySpec(section).columns.map((c) => c.name));
    const targets = new Map<string, MappingTarget>();
    for (const [header, target] of Object.entries(entries as Record<string, unknown>)) {
      if (typeof target !== 'string') {
        problems.push(`${section}: "${header}" must map to a column name or "ignore"`);
      } else if (target === IGNORE) {
        targets.set(headerKey(header), { kind: 'ignore' });
      } else if (columns === null) {
        problems.push(`*: "${header}" may only map to "ignore" (columns differ between registries)`);
      } else if (!columns.has(target)) {
        problems.push(`${section}: "${header}" maps to "${target}", which is not a column of ${section}`);
      } else {
        targets.set(headerKey(header), { kind: 'column', column: target });
      }
    }
    result.set(section, targets);
  }
  if (problems.length > 0)
    throw new BirtizimError('BZ_INGEST_MAPPING_INVALID', { file, problems: problems.join('; ') });
  return result;
}

/**
 * The default mapping, with `overrideFile` (from --mapping) merged over it entry by entry,
 * so that a user's file only needs the headers it adds or changes.
 */
export function loadHeaderMapping(overrideFile?: string | null): HeaderMapping {
  const files = [DEFAULT_MAPPING_FILE, ...(overrideFile ? [overrideFile] : [])].filter(
    (file, i) => i > 0 || existsSync(file),
  );
  const merged = new Map<RegistryName | '*', Map<string, MappingTarget>>();
  for (const file of files) {
    if (!existsSync(file)) throw new BirtizimError('BZ_FILE_NOT_FOUND', { path: file });
    for (const [section, targets] of parseMappingFile(file)) {
      const into = merged.get(section) ?? new Map<string, MappingTarget>();
      for (const [key, target] of targets) into.set(key, target);
      merged.set(section, into);
    }
  }
  return { files, byRegistry: merged };
}

export const EMPTY_MAPPING: HeaderMapping = { files: [], byRegistry: new Map() };
