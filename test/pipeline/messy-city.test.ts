import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { generateCity } from '../../src/generate/generate-city';
import { readFindings, readTruth } from '../../src/score/read-score-files';
import { scoreFindings, type TruthRow } from '../../src/score/score-findings';
import { runVerify } from '../../src/verify/run-verify';
import type { VerifySummary } from '../../src/verify/verify-summary';
import { CHECKS_MD_RULES } from '../checks/checks-md-rules';
import { readCsv } from '../generate/csv-read';

/**
 * The whole pipeline on a small messy city: generate → verify (ingest, link, indicators,
 * every rule) → score against the generator's truth. The truth and the checks must agree
 * exactly: every planted row quarantined with ingest's reason and nothing else, every
 * planted link accepted to its person, every planted finding found with its amount, no
 * near-miss reported and no finding the truth does not expect.
 */
const AS_OF = '2026-10-15';
const root = mkdtempSync(join(tmpdir(), 'bz-pipeline-'));
const city = join(root, 'city');
const out = join(root, 'out');
let summary: VerifySummary;

beforeAll(async () => {
  await generateCity({ persons: 2000, seed: 7, outDir: city, messy: true, asOf: AS_OF });
  summary = await runVerify({
    snapshotDir: join(city, 'snapshot'),
    workspaceFile: join(root, 'workspace.duckdb'),
    outDir: out,
    asOf: AS_OF,
    params: DEFAULT_PARAMETERS,
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const quarantineKeys = (file: string): string[] =>
  readCsv(file)
    .map((q) => [q.registry, q.line, q.column, q.reason].join('|'))
    .sort();

describe('messy city: generator truth and checks agree exactly', () => {
  it('quarantines exactly the planted malformed rows, with ingest reasons, and accounts for every row', () => {
    const truth = quarantineKeys(join(city, 'truth/quarantine.csv'));
    expect(truth.length).toBeGreaterThan(5);
    expect(quarantineKeys(join(out, 'quarantine.csv'))).toEqual(truth);

    const manifest = JSON.parse(readFileSync(join(city, 'truth/manifest.json'), 'utf8')) as {
      files: Record<string, { rows: number }>;
    };
    for (const [registry, file] of Object.entries(manifest.files)) {
      const rows = summary.registries.find((r) => r.registry === registry);
      expect(rows?.rows_read, registry).toBe(file.rows);
      expect((rows?.rows_loaded ?? 0) + (rows?.rows_quarantined ?? 0), registry).toBe(file.rows);
    }
  });

  it('links every planted row to its true IIN, and accepted links are precise', () => {
    const truth = new Map(readCsv(join(city, 'truth/links.csv')).map((l) => [`${l.registry}|${l.line}`, l]));
    const links = new Map(readCsv(join(out, 'links.csv')).map((l) => [`${l.registry}|${l.line}`, l]));
    expect(truth.size).toBeGreaterThan(10);
    const wrong = [...truth].filter(([key, t]) => {
      const link = links.get(key);
      return link?.decision !== 'accept' || link.iin !== t.true_iin;
    });
    expect(wrong.map(([key]) => key)).toEqual([]);
    const accepted = [...links].filter(([, l]) => l.decision === 'accept');
    const right = accepted.filter(([key, l]) => truth.get(key)?.true_iin === l.iin).length;
    expect(right / accepted.length).toBeGreaterThanOrEqual(0.99);
  });

  it('finds every planted finding with its amount, and nothing else', async () => {
    const truth = await readTruth(join(city, 'truth/findings.csv'));
    const scores = scoreFindings(truth, await readFindings(join(out, 'findings.csv')));
    const off = scores.filter(
      (s) =>
        s.recall !== 1 ||
        s.precision !== 1 ||
        s.near_misses_hit > 0 ||
        s.false_positives > 0 ||
        s.amounts_right !== s.amounts_checked,
    );
    expect(off).toEqual([]);
  });

  it('plants a positive and a near-miss for every rule of checks.md', async () => {
    const truth: readonly TruthRow[] = await readTruth(join(city, 'truth/findings.csv'));
    const seen = new Set(truth.map((t) => `${t.rule_id} ${t.expect}`));
    const uncovered = CHECKS_MD_RULES.flatMap((id) =>
      ['positive', 'near_miss'].map((e) => `${id} ${e}`).filter((k) => !seen.has(k)),
    );
    expect(uncovered).toEqual([]);
  });
});
