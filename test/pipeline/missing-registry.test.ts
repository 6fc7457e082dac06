import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuleCatalog } from '../../src/checks/rule-catalog';
import type { RuleDefinition } from '../../src/checks/rule';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { generateCity } from '../../src/generate/generate-city';
import { REGISTRY_NAMES, type RegistryName } from '../../src/registries/catalog';
import { runVerify } from '../../src/verify/run-verify';
import { sqlIdent, withWorkspace } from '../../src/workspace/workspace';

/**
 * "Any registry may be absent; checks that need it are then reported as not run, never as
 * clean." For each registry in turn, a verified city is emptied of that registry and
 * verified again: every rule that needs it must be listed as not run naming it, and must
 * have no findings, while the rules that do not need it still run.
 */
const AS_OF = '2026-10-15';
const root = mkdtempSync(join(tmpdir(), 'bz-missing-'));
const base = join(root, 'base.duckdb');
let rules: readonly RuleDefinition[];

beforeAll(async () => {
  rules = await loadRuleCatalog();
  const city = join(root, 'city');
  await generateCity({ persons: 600, seed: 5, outDir: city, asOf: AS_OF });
  await runVerify({
    snapshotDir: join(city, 'snapshot'),
    workspaceFile: base,
    asOf: AS_OF,
    params: DEFAULT_PARAMETERS,
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function verifyWithout(registry: RegistryName) {
  const file = join(root, `without-${registry}.duckdb`);
  copyFileSync(base, file);
  await withWorkspace({ file }, (c) => c.run(`DELETE FROM ${sqlIdent(registry)}`).then(() => undefined));
  const out = join(root, `out-${registry}`);
  const summary = await runVerify({
    workspaceFile: file,
    outDir: out,
    asOf: AS_OF,
    params: DEFAULT_PARAMETERS,
  });
  const findings = readFileSync(join(out, 'findings.csv'), 'utf8').trim().split('\n').slice(1);
  return { summary, findings };
}

describe('a missing registry makes the rules that need it "not run", never clean', () => {
  // population cannot be missing: verify refuses to run at all (tested in test/verify).
  it.each(REGISTRY_NAMES.filter((r) => r !== 'population'))('without %s', async (registry) => {
    const { summary, findings } = await verifyWithout(registry);
    const needing = rules.filter((r) => r.registries.includes(registry)).map((r) => r.id);
    const notRun = new Map(summary.rules_not_run.map((r) => [r.rule_id, r]));
    for (const id of needing) {
      expect(notRun.get(id)?.missing_registries, id).toContain(registry);
      expect(
        findings.some((line) => line.split(',')[1] === id),
        `${id} has findings`,
      ).toBe(false);
    }
    const ran = summary.rules_run.map((r) => r.rule_id);
    for (const rule of rules.filter((r) => !r.registries.includes(registry))) {
      if (!notRun.has(rule.id)) expect(ran, rule.id).toContain(rule.id);
    }
  });
});
