import type { LinkStageSummary } from '../link/link-stage';
import type { Parameters } from '../core/params';

/** The `summary.json` of a verify run (checks.md, Output contract); also stored in `_runs.summary`. */
export interface RegistryRows {
  readonly registry: string;
  readonly file: string | null;
  readonly present: boolean;
  readonly rows_read: number;
  readonly rows_loaded: number;
  readonly rows_quarantined: number;
  readonly iins_restored: number;
  /** Rows in the workspace table after the link stage (what the checks saw). */
  readonly rows_in_workspace: number;
}

export interface RuleRun {
  readonly rule_id: string;
  readonly rule_version: number;
  readonly title: string;
  readonly findings: number;
  readonly amount_kzt: number;
  readonly seconds: number;
}

export interface RuleNotRun {
  readonly rule_id: string;
  readonly reason: string;
  readonly missing_registries: readonly string[];
}

export interface VerifySummary {
  readonly run_id: string;
  readonly snapshot_id: string | null;
  readonly as_of: string;
  readonly started_at: string;
  readonly registries: readonly RegistryRows[];
  readonly link: LinkStageSummary;
  readonly indicators: {
    readonly period: string;
    readonly computed: readonly string[];
    readonly not_computed: readonly {
      readonly indicator: string;
      readonly missing_registries: readonly string[];
    }[];
    readonly rows: number;
  };
  readonly rules_run: readonly RuleRun[];
  readonly rules_not_run: readonly RuleNotRun[];
  readonly findings_total: number;
  readonly amount_total_kzt: number;
  readonly seconds_per_stage: Readonly<Record<string, number>>;
  readonly seconds_total: number;
  readonly parameters: Parameters;
  readonly outputs: readonly string[];
}
