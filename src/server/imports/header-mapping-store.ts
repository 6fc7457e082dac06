import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { headerKey } from '../../ingest/headers/header-key';
import { IGNORE, loadHeaderMapping } from '../../ingest/headers/header-mapping-file';
import { registrySpec } from '../../registries/catalog';
import type { HeaderMappingBody } from '../schemas/imports-schemas';

/**
 * The header mapping of the data folder (`<data>/header-mapping.json`): what users taught
 * the server through POST /api/header-mappings. Same format as config/header-mapping.json,
 * over which every import merges it (loadSnapshot's `mappingFile`).
 */
export type MappingJson = Record<string, Record<string, string>>;

export const dataMappingFile = (dataDir: string): string => join(dataDir, 'header-mapping.json');

export function readDataMapping(dataDir: string): MappingJson {
  const file = dataMappingFile(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MappingJson) : {};
}

/** Check an entry against the catalog: the column must be one of the registry's, or `ignore`. */
export function assertMappingEntry(entry: HeaderMappingBody): void {
  const columns = registrySpec(entry.registry).columns.map((c) => c.name);
  if (entry.column !== IGNORE && !columns.includes(entry.column))
    throw new BirtizimError('BZ_SERVER_BAD_REQUEST', {
      detail: `"${entry.column}" is not a column of ${entry.registry} (one of ${columns.join(', ')}, or ${IGNORE})`,
    });
  if (headerKey(entry.header) === '')
    throw new BirtizimError('BZ_SERVER_BAD_REQUEST', { detail: 'the header is empty' });
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * Add (or replace) one entry. Writes go one at a time; the new file is checked with ingest's
 * own parser before it replaces the old one, so a saved mapping can never break the next import.
 */
export function saveMappingEntry(dataDir: string, entry: HeaderMappingBody): Promise<MappingJson> {
  const next = writing.then(() => {
    assertMappingEntry(entry);
    const mapping = readDataMapping(dataDir);
    const section = mapping[entry.registry] ?? {};
    // Headers are matched case and spacing insensitive: one key per header, the latest wins.
    const key = headerKey(entry.header);
    for (const existing of Object.keys(section)) if (headerKey(existing) === key) delete section[existing];
    section[entry.header.trim()] = entry.column;
    mapping[entry.registry] = section;
    const file = dataMappingFile(dataDir);
    const temp = `${file}.tmp`;
    writeFileSync(temp, `${JSON.stringify(mapping, null, 2)}\n`);
    loadHeaderMapping(temp);
    renameSync(temp, file);
    return mapping;
  });
  writing = next.catch(() => undefined);
  return next;
}
