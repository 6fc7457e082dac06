import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleCatalog } from '../../src/checks/rule-catalog';
import { generateCity } from '../../src/generate/generate-city';
import { LANGUAGES } from '../../src/core/localized';
import { CHECKS_MD_RULES } from './checks-md-rules';
import { runRuleOn } from './harness';

describe('rule catalog', () => {
  it('has unique IDs', async () => {
    const ids = (await loadRuleCatalog()).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has titles, explanations and amount rules in kk, ru and en', async () => {
    for (const rule of await loadRuleCatalog()) {
      for (const lang of LANGUAGES) {
        expect(rule.title[lang], `${rule.id} title.${lang}`).toMatch(/\S/);
        expect(rule.explanation[lang].length, `${rule.id} explanation.${lang}`).toBeGreaterThan(40);
        if (rule.amountRule) expect(rule.amountRule[lang], `${rule.id} amountRule.${lang}`).toMatch(/\S/);
      }
      expect(rule.registries.length, `${rule.id} registries`).toBeGreaterThan(0);
    }
  });

  it('runs every rule on an empty workspace without SQL errors', async () => {
    for (const rule of await loadRuleCatalog()) {
      await expect(runRuleOn(rule, {}, { asOf: '2026-10-15' }), rule.id).resolves.toEqual([]);
    }
  });

  // Fails until every helper's rules exist (REG-03 from linkage, EDU/HLT/EMP/BEN from the other checks helper).
  it('registers every rule of checks.md', async () => {
    const ids = new Set((await loadRuleCatalog()).map((r) => r.id));
    expect(CHECKS_MD_RULES.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every rule is covered by the generator truth, with positives and near-misses', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bz-catalog-'));
    try {
      await generateCity({ persons: 3000, seed: 7, outDir, messy: false, asOf: '2026-10-15' });
      const lines = readFileSync(join(outDir, 'truth', 'findings.csv'), 'utf8')
        .trim()
        .split(/\r?\n/);
      const header = (lines[0] ?? '').split(',');
      const ruleIndex = header.indexOf('rule_id');
      const expectIndex = header.indexOf('expect');
      const seen = new Set(
        lines.slice(1).map((l) => {
          const cells = l.split(',');
          return `${cells[ruleIndex]}|${cells[expectIndex]}`;
        }),
      );
      const uncovered = CHECKS_MD_RULES.flatMap((id) =>
        ['positive', 'near_miss'].filter((e) => !seen.has(`${id}|${e}`)).map((e) => `${id} ${e}`),
      );
      expect(uncovered).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
