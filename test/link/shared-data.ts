import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The public benchmark sets live beside the repository (`../shared/data` in CI). Their
 * absence is a failure with a clear message, never a skip: a quality floor nobody checks
 * is no floor.
 */
export function sharedDataDir(): string {
  const dir = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
  if (!existsSync(dir)) {
    throw new Error(
      `Benchmark data not found at ${dir}. Place the shared folder beside the repository as ../shared (with data/febrl and data/splink-fake-1000).`,
    );
  }
  return dir;
}
