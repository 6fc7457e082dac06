import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { evaluateLinkOutput, publicSets } from '../../src/link/benchmark/public-sets';
import { linkCsv } from '../../src/link/link-csv';
import { sharedDataDir } from './shared-data';

/**
 * Quality floors on the public sets at the default accept threshold, a little below what the
 * engine measures (febrl1 1.000/1.000, febrl2 1.000/0.999, febrl3 1.000/0.998,
 * febrl4 1.000/0.999, fake_1000 1.000/0.58 precision/recall).
 */
const FLOORS: Readonly<Record<string, { precision: number; recall: number; f1: number }>> = {
  febrl1: { precision: 0.99, recall: 0.99, f1: 0.99 },
  febrl2: { precision: 0.99, recall: 0.99, f1: 0.99 },
  febrl3: { precision: 0.99, recall: 0.99, f1: 0.99 },
  febrl4: { precision: 0.995, recall: 0.995, f1: 0.995 },
  fake_1000: { precision: 0.98, recall: 0.55, f1: 0.7 },
};

const out = mkdtempSync(join(tmpdir(), 'birtizim-link-public-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('linkage quality on the public benchmark sets', () => {
  const dataDir = sharedDataDir();
  it.each(publicSets(dataDir).map((s) => [s.name, s] as const))(
    '%s',
    { timeout: 60_000 },
    async (name, set) => {
      const dir = join(out, name);
      const summary = await linkCsv({
        left: set.left,
        right: set.right,
        map: set.map,
        outDir: dir,
        threshold: DEFAULT_PARAMETERS.link_accept_threshold,
        reviewThreshold: DEFAULT_PARAMETERS.link_review_threshold,
      });
      const quality = await evaluateLinkOutput(set, dir);
      const floor = FLOORS[name];
      expect(floor).toBeDefined();
      expect(quality.precision, JSON.stringify(quality)).toBeGreaterThanOrEqual(floor?.precision ?? 1);
      expect(quality.recall, JSON.stringify(quality)).toBeGreaterThanOrEqual(floor?.recall ?? 1);
      expect(quality.f1, JSON.stringify(quality)).toBeGreaterThanOrEqual(floor?.f1 ?? 1);
      // Blocking must keep the comparison far below the cartesian product.
      const all = set.right
        ? summary.leftRecords * summary.rightRecords
        : (summary.leftRecords * (summary.leftRecords - 1)) / 2;
      expect(summary.candidates).toBeLessThan(all / 100);
      // Every record is in clusters.csv once.
      const clusterLines = readFileSync(join(dir, 'clusters.csv'), 'utf8').trim().split('\n').length - 1;
      expect(clusterLines).toBe(summary.leftRecords + (set.right ? summary.rightRecords : 0));
    },
  );
});
