import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { BirtizimError } from '../core/errors/birtizim-error';
import { isRegistryName, REGISTRY_NAMES, type RegistryName } from '../registries/catalog';

/**
 * The files of a snapshot folder: one per registry, named after it. Files named for no
 * registry are listed as ignored (a README beside the extracts is normal); a registry
 * file in a format we cannot read is an error, never silently skipped.
 */
export type FileFormat = 'csv' | 'xlsx';

export interface SnapshotFile {
  readonly registry: RegistryName;
  readonly path: string;
  readonly fileName: string;
  readonly format: FileFormat;
}

export interface SnapshotListing {
  readonly files: readonly SnapshotFile[];
  readonly ignored: readonly string[];
}

const FORMATS: Readonly<Record<string, FileFormat>> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
};
const UNSUPPORTED = new Set(['.xls', '.xlsm', '.xlsb', '.ods', '.gz', '.zip']);

/** The registry and format a file name stands for, or null when it names no registry. */
export function classifyFileName(
  fileName: string,
): { registry: RegistryName; format: FileFormat | null } | null {
  const ext = extname(fileName).toLowerCase();
  const base = fileName.slice(0, fileName.length - ext.length).toLowerCase();
  if (!isRegistryName(base)) return null;
  const format = FORMATS[ext];
  if (format) return { registry: base, format };
  return UNSUPPORTED.has(ext) ? { registry: base, format: null } : null;
}

export function listSnapshot(dir: string): SnapshotListing {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new BirtizimError('BZ_FILE_NOT_FOUND', { path: dir });
  const byRegistry = new Map<RegistryName, SnapshotFile[]>();
  const ignored: string[] = [];
  for (const fileName of readdirSync(dir).sort()) {
    const path = join(dir, fileName);
    if (!statSync(path).isFile()) continue;
    const kind = classifyFileName(fileName);
    if (kind === null) {
      ignored.push(fileName);
      continue;
    }
    if (kind.format === null) throw new BirtizimError('BZ_INGEST_UNSUPPORTED_FORMAT', { file: path });
    const file: SnapshotFile = { registry: kind.registry, path, fileName, format: kind.format };
    byRegistry.set(kind.registry, [...(byRegistry.get(kind.registry) ?? []), file]);
  }
  for (const [registry, files] of byRegistry) {
    if (files.length > 1) {
      throw new BirtizimError('BZ_INGEST_DUPLICATE_FILE', {
        registry,
        files: files.map((f) => f.fileName).join(', '),
      });
    }
  }
  const files = REGISTRY_NAMES.flatMap((name) => byRegistry.get(name) ?? []);
  return { files, ignored };
}
