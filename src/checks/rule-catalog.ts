import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RuleDefinition } from './rule';

const RULES_DIR = new URL('./rules/', import.meta.url);

/**
 * Every rule file in rules/ that exports `rule`. Adding a rule means adding a file:
 * nothing else lists them. Rules come back sorted by ID so runs and outputs are stable.
 */
export async function loadRuleCatalog(): Promise<readonly RuleDefinition[]> {
  const files = readdirSync(fileURLToPath(RULES_DIR))
    .filter((name) => /^[a-z]+-\d+[a-z0-9-]*\.ts$/.test(name))
    .sort();
  const rules: RuleDefinition[] = [];
  for (const file of files) {
    const module = (await import(new URL(file, RULES_DIR).href)) as { rule?: RuleDefinition };
    if (module.rule?.kind !== 'rule')
      throw new TypeError(`${file} does not export a rule made with defineRule`);
    rules.push(module.rule);
  }
  return rules.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}
