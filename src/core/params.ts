import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BirtizimError } from './errors/birtizim-error';

/**
 * The *parameter* values of domain.md and the thresholds of checks.md marked *param*.
 * The law changes every year, so users override any of them with a JSON file; the
 * values used are recorded in every verify summary.
 */
export interface YearlyParameters {
  readonly mrp: number;
  readonly mzp: number;
  readonly pm: number;
}

export interface Parameters {
  readonly yearly: Readonly<Record<string, YearlyParameters>>;
  readonly poverty_line_share_of_pm: number;
  readonly pension_age_men: number;
  readonly pension_age_women: number;
  readonly phc_capitation_kzt: number;
  readonly doctor_load_norm: number;
  readonly teacher_load_limit_fte: number;
  readonly overcrowded_address_persons: number;
  readonly report_tolerance_pct: number;
  readonly outlier_z_threshold: number;
  readonly jump_threshold_pct: number;
  readonly asp_income_tolerance_pct: number;
  readonly asp_payment_tolerance_pct: number;
  readonly asp_payment_tolerance_kzt: number;
  readonly link_accept_threshold: number;
  readonly link_review_threshold: number;
}

export type ScalarParameterName = Exclude<keyof Parameters, 'yearly'>;

const DEFAULTS_FILE = fileURLToPath(new URL('../../config/parameters.json', import.meta.url));

export const DEFAULT_PARAMETERS: Parameters = JSON.parse(readFileSync(DEFAULTS_FILE, 'utf8')) as Parameters;

function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Merge a user's overrides onto the defaults, collecting every problem before failing
 * once: an unknown key, a non-numeric value, a year without all three amounts.
 */
export function mergeParameters(overrides: unknown, file = '<parameters>'): Parameters {
  const problems: string[] = [];
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new BirtizimError('BZ_PARAMS_INVALID', { file, problems: 'the file must hold one JSON object' });
  }
  const merged: Record<string, unknown> = { ...DEFAULT_PARAMETERS, yearly: { ...DEFAULT_PARAMETERS.yearly } };
  for (const [key, value] of Object.entries(overrides)) {
    if (key === 'yearly') {
      if (typeof value !== 'object' || value === null) {
        problems.push('yearly: must be an object of years');
        continue;
      }
      for (const [year, amounts] of Object.entries(value as Record<string, unknown>)) {
        if (!/^\d{4}$/.test(year)) problems.push(`yearly.${year}: not a year`);
        const a = amounts as Record<string, unknown> | null;
        for (const field of ['mrp', 'mzp', 'pm'] as const) {
          if (!a || !isPositiveNumber(a[field]))
            problems.push(`yearly.${year}.${field}: must be a number >= 0`);
        }
        (merged.yearly as Record<string, unknown>)[year] = amounts;
      }
    } else if (!(key in DEFAULT_PARAMETERS)) {
      problems.push(`${key}: unknown parameter`);
    } else if (!isPositiveNumber(value)) {
      problems.push(`${key}: must be a number >= 0`);
    } else {
      merged[key] = value;
    }
  }
  if (problems.length > 0)
    throw new BirtizimError('BZ_PARAMS_INVALID', { file, problems: problems.join('; ') });
  return merged as unknown as Parameters;
}

export function loadParameters(file?: string): Parameters {
  if (!file) return DEFAULT_PARAMETERS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new BirtizimError('BZ_PARAMS_INVALID', { file, problems: (cause as Error).message }, { cause });
  }
  return mergeParameters(parsed, file);
}

/** The yearly amounts of a year; the latest known year stands in for later ones. */
export function yearlyParameters(params: Parameters, year: number): YearlyParameters {
  const years = Object.keys(params.yearly)
    .map(Number)
    .sort((a, b) => a - b);
  const chosen = years.filter((y) => y <= year).pop() ?? years[0];
  const found = chosen === undefined ? undefined : params.yearly[String(chosen)];
  if (!found)
    throw new BirtizimError('BZ_PARAMS_INVALID', { file: '<parameters>', problems: 'no yearly values' });
  return found;
}

/** Poverty line (PL), tenge per person per month, for a year. */
export function povertyLine(params: Parameters, year: number): number {
  return yearlyParameters(params, year).pm * params.poverty_line_share_of_pm;
}
