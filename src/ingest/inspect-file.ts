import { basename } from 'node:path';
import { BirtizimError } from '../core/errors/birtizim-error';
import type { RegistryName } from '../registries/catalog';
import { loadHeaderMapping, type HeaderMapping } from './headers/header-mapping-file';
import { resolveHeaders, type HeaderResolution } from './headers/resolve-headers';
import { sniffCsv } from './readers/stage-csv';
import { sniffXlsx } from './readers/stage-xlsx';
import { classifyFileName, type FileFormat } from './snapshot-files';

/**
 * A file's headers and how they would be mapped, read from the head of the file only.
 * The web import page shows this as its header-mapping screen; ingest checks every
 * file this way before it touches the workspace.
 */
export interface HeaderProposal extends HeaderResolution {
  readonly file: string;
  readonly format: FileFormat;
  readonly encoding: string;
  readonly delimiter: string | null;
  readonly rawHeaders: readonly string[];
}

export async function inspectWithMapping(
  path: string,
  registry: RegistryName,
  format: FileFormat,
  mapping: HeaderMapping,
): Promise<HeaderProposal> {
  if (format === 'xlsx') {
    const headers = await sniffXlsx(path);
    return {
      ...resolveHeaders(registry, headers, mapping),
      file: path,
      format,
      encoding: 'xlsx',
      delimiter: null,
      rawHeaders: headers,
    };
  }
  const sniff = sniffCsv(path);
  return {
    ...resolveHeaders(registry, sniff.headers, mapping),
    file: path,
    format,
    encoding: sniff.encoding,
    delimiter: sniff.delimiter,
    rawHeaders: sniff.headers,
  };
}

/** Propose a header mapping for a file; the registry defaults to the one the file name names. */
export async function proposeHeaderMapping(
  path: string,
  options: { readonly registry?: RegistryName; readonly mappingFile?: string | null } = {},
): Promise<HeaderProposal> {
  const kind = classifyFileName(basename(path));
  const registry = options.registry ?? kind?.registry;
  if (!registry)
    throw new BirtizimError('BZ_USAGE', { detail: `cannot tell the registry of ${basename(path)}` });
  const format = kind?.format ?? (path.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
  return inspectWithMapping(path, registry, format, loadHeaderMapping(options.mappingFile));
}
