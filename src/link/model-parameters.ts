import type { Comparison } from './comparison-level';

/**
 * Fellegi-Sunter parameters of a job and the scoring of agreement patterns. A pair's
 * pattern is its level index per comparison (-1 = missing), packed into one integer in
 * SQL (base 8) so that millions of pairs reduce to a few hundred patterns, and all the
 * estimation below runs on pattern counts in TS.
 *
 * u (chance agreement of different people) is counted on random pairs, where true matches
 * are negligible; m (agreement of true matches) comes from a few EM iterations over the
 * blocked candidate pairs with u held fixed, as Splink does. The priors of comparisons.ts
 * enter EM as pseudo-counts, so a small job (tens of pairs) stays near them instead of
 * fitting noise.
 */
export const PATTERN_BASE = 8;

export interface PatternCount {
  readonly pattern: number;
  readonly count: number;
}

export interface ModelParameters {
  /** m[i][k], u[i][k]: comparison i, level k. */
  readonly m: readonly (readonly number[])[];
  readonly u: readonly (readonly number[])[];
  /** Prior probability that a candidate pair is a match. */
  readonly lambda: number;
}

export function decodePattern(pattern: number, size: number): number[] {
  const gammas: number[] = [];
  let rest = pattern;
  for (let i = 0; i < size; i++) {
    gammas.push((rest % PATTERN_BASE) - 1);
    rest = Math.floor(rest / PATTERN_BASE);
  }
  return gammas;
}

export function priorParameters(comparisons: readonly Comparison[], lambda: number): ModelParameters {
  return {
    m: comparisons.map((c) => c.levels.map((l) => l.m)),
    u: comparisons.map((c) => c.levels.map((l) => l.u)),
    lambda,
  };
}

/** u per level from random pairs, with half a pair added to each level so none is 0. */
export function estimateU(comparisons: readonly Comparison[], sample: readonly PatternCount[]): number[][] {
  const counts = comparisons.map((c) => c.levels.map(() => 0.5));
  for (const { pattern, count } of sample) {
    decodePattern(pattern, comparisons.length).forEach((g, i) => {
      const row = counts[i];
      if (row && g >= 0) row[g] = (row[g] ?? 0) + count;
    });
  }
  return counts.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((n) => n / total);
  });
}

/**
 * Match weights log2(m/u) per level, never rising down the list: a weaker agreement must
 * not count more than a stronger one (with few random pairs, a rare level's u can come out
 * smaller than its neighbour's by chance alone).
 */
export function levelWeights(params: ModelParameters): number[][] {
  return params.m.map((row, i) => {
    const weights: number[] = [];
    row.forEach((m, k) => {
      const w = Math.log2(m / (params.u[i]?.[k] ?? 1));
      weights.push(k === 0 ? w : Math.min(w, weights[k - 1] ?? w));
    });
    return weights;
  });
}

export function patternWeight(gammas: readonly number[], weights: readonly (readonly number[])[]): number {
  return gammas.reduce((sum, g, i) => sum + (g < 0 ? 0 : (weights[i]?.[g] ?? 0)), 0);
}

export const logit2 = (p: number): number => Math.log2(p / (1 - p));
export const probabilityOf = (score: number): number => 1 / (1 + 2 ** -score);

/** EM over candidate pattern counts: re-estimates m and lambda, u fixed. */
export function estimateByEm(
  comparisons: readonly Comparison[],
  candidates: readonly PatternCount[],
  start: ModelParameters,
  iterations = 12,
  pseudoCount = 50,
): ModelParameters {
  const decoded = candidates.map((p) => ({
    gammas: decodePattern(p.pattern, comparisons.length),
    count: p.count,
  }));
  let params = start;
  for (let it = 0; it < iterations; it++) {
    const weights = levelWeights(params);
    const prior = logit2(params.lambda);
    const mCounts = comparisons.map((c, i) => c.levels.map((_, k) => pseudoCount * (start.m[i]?.[k] ?? 0)));
    let matches = 0;
    let total = 0;
    for (const { gammas, count } of decoded) {
      const p = probabilityOf(prior + patternWeight(gammas, weights));
      matches += p * count;
      total += count;
      gammas.forEach((g, i) => {
        const row = mCounts[i];
        if (row && g >= 0) row[g] = (row[g] ?? 0) + p * count;
      });
    }
    const m = mCounts.map((row) => {
      const sum = row.reduce((a, b) => a + b, 0);
      return row.map((n) => n / sum);
    });
    const lambda = Math.min(0.999, Math.max(1e-6, total > 0 ? matches / total : params.lambda));
    params = { m, u: params.u, lambda };
  }
  return params;
}
