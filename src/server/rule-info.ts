import type { RuleDefinition } from '../checks/rule';
import type { RuleInfo } from './schemas/findings-schemas';

/** What the catalog says about a rule; a rule id unknown to the catalog (e.g. an older version) comes back bare. */
export function ruleInfo(rules: ReadonlyMap<string, RuleDefinition>, id: string): RuleInfo {
  const rule = rules.get(id);
  if (!rule)
    return {
      id,
      family: id.split('-')[0] ?? null,
      nature: null,
      title: null,
      explanation: null,
      amountRule: null,
      subject: null,
    };
  return {
    id,
    family: rule.family,
    nature: rule.nature,
    title: rule.title,
    explanation: rule.explanation,
    amountRule: rule.amountRule,
    subject: rule.subject,
  };
}
