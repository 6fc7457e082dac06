import { createWriteStream } from 'node:fs';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { BirtizimError } from '../../core/errors/birtizim-error';

/** Extract the registry files of a zip into `dir`, flattening folders; returns the names written. */
export async function unzipSnapshot(zipFile: string, dir: string): Promise<string[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipFile, { lazyEntries: true }, (error, opened) => (error ? reject(error) : resolve(opened))),
  ).catch((cause: unknown) => {
    throw new BirtizimError(
      'BZ_SERVER_IMPORT_INVALID',
      { detail: `unreadable zip: ${(cause as Error).message}` },
      { cause },
    );
  });
  const written: string[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      // Only the file name is kept: a zip cannot write outside the job folder.
      const name = basename(entry.fileName);
      if (!/^[\w.-]+\.(csv|xlsx|txt|tsv)$/i.test(name) || name.startsWith('.')) continue;
      const stream = await zip.openReadStreamPromise(entry);
      await pipeline(stream, createWriteStream(join(dir, name)));
      written.push(name);
    }
  } catch (cause) {
    throw new BirtizimError(
      'BZ_SERVER_IMPORT_INVALID',
      { detail: `unreadable zip: ${(cause as Error).message}` },
      { cause },
    );
  } finally {
    zip.close();
  }
  return written;
}
