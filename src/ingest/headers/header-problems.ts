import { basename } from 'node:path';
import { BirtizimError } from '../../core/errors/birtizim-error';
import type { HeaderResolution } from './resolve-headers';

/**
 * Validate every file's headers, then fail once: unknown headers first (they often explain
 * a missing column), then missing columns, then duplicates; each message names every file.
 */
export function assertHeadersUsable(
  resolutions: readonly (HeaderResolution & { readonly file: string })[],
  mappingFile: string,
): void {
  const describe = (pick: (r: HeaderResolution) => readonly string[]): string =>
    resolutions
      .filter((r) => pick(r).length > 0)
      .map(
        (r) =>
          `${basename(r.file)} (${r.registry}): ${pick(r)
            .map((h) => `"${h}"`)
            .join(', ')}`,
      )
      .join('; ');
  const unknown = describe((r) => r.unknown);
  if (unknown) throw new BirtizimError('BZ_INGEST_UNKNOWN_HEADER', { problems: unknown, mappingFile });
  const missing = describe((r) => r.missingRequired);
  if (missing) throw new BirtizimError('BZ_INGEST_MISSING_COLUMN', { problems: missing, mappingFile });
  const duplicates = describe((r) => r.duplicates.map((d) => `${d.column} ← ${d.headers.join(' / ')}`));
  if (duplicates)
    throw new BirtizimError('BZ_INGEST_DUPLICATE_COLUMN', { problems: duplicates, mappingFile });
}
