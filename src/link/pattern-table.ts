import type { DuckDBConnection } from '@duckdb/node-api';
import type { Comparison } from './comparison-level';
import {
  decodePattern,
  levelWeights,
  logit2,
  patternWeight,
  probabilityOf,
  type ModelParameters,
  type PatternCount,
} from './model-parameters';

/**
 * What a pattern means for a reviewer: per field, the level that held and its weight
 * (missing fields weigh 0). Stored with every link, so nobody recomputes it.
 */
export type Agreement = Readonly<Record<string, { readonly level: string; readonly weight: number }>>;

export function agreementOf(
  comparisons: readonly Comparison[],
  gammas: readonly number[],
  weights: readonly (readonly number[])[],
): Agreement {
  const out: Record<string, { level: string; weight: number }> = {};
  comparisons.forEach((c, i) => {
    const g = gammas[i] ?? -1;
    out[c.name] =
      g < 0
        ? { level: 'missing', weight: 0 }
        : { level: c.levels[g]?.label ?? '?', weight: Math.round((weights[i]?.[g] ?? 0) * 100) / 100 };
  });
  return out;
}

export interface ScoredPattern {
  readonly pattern: number;
  readonly matchWeight: number;
  readonly probability: number;
  readonly agreement: Agreement;
}

export function scorePatterns(
  comparisons: readonly Comparison[],
  patterns: readonly PatternCount[],
  parameters: ModelParameters,
): ScoredPattern[] {
  const weights = levelWeights(parameters);
  const prior = logit2(parameters.lambda);
  return patterns.map(({ pattern }) => {
    const gammas = decodePattern(pattern, comparisons.length);
    const matchWeight = prior + patternWeight(gammas, weights);
    return {
      pattern,
      matchWeight,
      probability: probabilityOf(matchWeight),
      agreement: agreementOf(comparisons, gammas, weights),
    };
  });
}

/** Temp table `lk_patterns(pattern, match_weight, probability, agreement JSON)`. */
export async function writePatternTable(
  connection: DuckDBConnection,
  comparisons: readonly Comparison[],
  patterns: readonly PatternCount[],
  parameters: ModelParameters,
): Promise<void> {
  await connection.run(
    'CREATE OR REPLACE TEMP TABLE lk_patterns (pattern BIGINT, match_weight DOUBLE, probability DOUBLE, agreement JSON)',
  );
  const scored = scorePatterns(comparisons, patterns, parameters);
  for (let start = 0; start < scored.length; start += 500) {
    const values = scored
      .slice(start, start + 500)
      .map(
        (p) =>
          `(${p.pattern}, ${p.matchWeight}, ${p.probability}, '${JSON.stringify(p.agreement).replace(/'/g, "''")}')`,
      );
    await connection.run(`INSERT INTO lk_patterns VALUES ${values.join(', ')}`);
  }
}
