import type { Localized } from '../core/localized';
import type { Parameters, ScalarParameterName } from '../core/params';
import type { RegistryName } from '../registries/catalog';

/**
 * A rule of checks.md as data plus SQL. The definition is plain and readonly; the one
 * engine (check-engine.ts) runs every rule the same way. Adding a rule = adding one file
 * in rules/ that exports `rule`.
 */
export const RULE_FAMILIES = ['REG', 'ASP', 'OUT', 'OSMS', 'EDU', 'HLT', 'EMP', 'BEN', 'IND'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];
export type Severity = 'low' | 'medium' | 'high';
/** A violation is a lead on misuse; outreach lists people the state owes help; report is about figures. */
export type RuleNature = 'violation' | 'outreach' | 'report';

export interface RuleContext {
  /** Verification date, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly params: Parameters;
  /** The verify run the rule is part of (IND rules read that run's `indicators`); set by runRule. */
  readonly runId?: string;
}

export interface RuleDefinition {
  readonly kind: 'rule';
  /** Stable ID from checks.md, e.g. `ASP-01`. */
  readonly id: string;
  /** Bumped whenever the rule's logic changes, so stored findings say which logic produced them. */
  readonly version: number;
  readonly family: RuleFamily;
  readonly nature: RuleNature;
  readonly severity: Severity;
  readonly title: Localized;
  /** What the rule means and why it matters: one paragraph, for the reviewer. */
  readonly explanation: Localized;
  /** How the money at stake is computed; null when the rule has no amount. */
  readonly amountRule: Localized | null;
  /** What the subject id is (e.g. "case_id", "org_bin/iin"). */
  readonly subject: string;
  /**
   * For a rule that can report several findings with one subject and period (BEN-03: one
   * per IIN, program and month), the evidence key whose value tells them apart. It joins
   * the finding id, so each stays stable across runs and no two share an id.
   */
  readonly idEvidenceKey?: string;
  /** Registries that must be present and non-empty for the rule to run. */
  readonly registries: readonly RegistryName[];
  /** Parameters the rule uses; recorded with its findings. */
  readonly parameters: readonly ScalarParameterName[];
  /**
   * One SELECT over the workspace returning one row per finding with exactly these columns:
   * `subject_id VARCHAR, period VARCHAR (NULL if none; 'YYYY-MM' or 'YYYY-Qn'),
   * district VARCHAR (code), amount_kzt DECIMAL/DOUBLE (NULL if none),
   * linked_by_name BOOLEAN, evidence JSON`.
   */
  readonly sql: (context: RuleContext) => string;
}

export function defineRule(definition: Omit<RuleDefinition, 'kind'>): RuleDefinition {
  return { kind: 'rule', ...definition };
}
