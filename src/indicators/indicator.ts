import type { Localized } from '../core/localized';
import type { Parameters } from '../core/params';
import { previousQuarter, type Period } from '../checks/sql/periods';
import type { RegistryName } from '../registries/catalog';

/**
 * A computed indicator of checks.md as data: code (the one `reported` uses), a label in
 * three languages for the UI, what it counts, the registries it needs, and its SQL.
 */
export type IndicatorUnit = 'persons' | 'families' | 'records' | 'seats' | 'kzt' | 'pct';

export interface IndicatorContext {
  /** The snapshot's last complete quarter: state on its last day, ASP figures of its cases. */
  readonly quarter: Period;
  readonly params: Parameters;
}

export interface IndicatorDefinition {
  readonly kind: 'indicator';
  readonly code: string;
  readonly label: Localized;
  readonly unit: IndicatorUnit;
  /** Registries that must be present and non-empty; otherwise the indicator is not computed. */
  readonly registries: readonly RegistryName[];
  /**
   * One SELECT returning `district VARCHAR, value DOUBLE`, one row per district. Districts of
   * the workspace without a row get 0, except rates (`pct`), which stay empty.
   */
  readonly sql: (context: IndicatorContext) => string;
}

export function defineIndicator(definition: Omit<IndicatorDefinition, 'kind'>): IndicatorDefinition {
  return { kind: 'indicator', ...definition };
}

/** The last complete quarter at `as_of`: the quarter before the quarter of `as_of`. */
export function indicatorQuarter(asOf: string): Period {
  return previousQuarter(asOf);
}
