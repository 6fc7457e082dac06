import type { Comparison } from './comparison-level';
import { gammaSql } from './comparison-level';
import { sqlString } from '../workspace/workspace';
import { levelWeights, type ModelParameters } from './model-parameters';

/**
 * For single-statement users (REG-03): per comparison the level index `g<i>`, and from
 * those the total match weight and the agreement JSON, with weights fixed at SQL-building
 * time (no estimation round trip).
 */
export function gammaColumnsSql(comparisons: readonly Comparison[]): string {
  return comparisons.map((c, i) => `${gammaSql(c)} AS g${i}`).join(', ');
}

export function matchWeightSql(comparisons: readonly Comparison[], params: ModelParameters): string {
  const weights = levelWeights(params);
  return comparisons
    .map(
      (c, i) =>
        `CASE g${i} ${c.levels.map((_, k) => `WHEN ${k} THEN ${weights[i]?.[k] ?? 0}`).join(' ')} ELSE 0 END`,
    )
    .join(' + ');
}

export function agreementJsonSql(comparisons: readonly Comparison[], params: ModelParameters): string {
  const weights = levelWeights(params);
  const items = comparisons.map((c, i) => {
    const label = `CASE g${i} ${c.levels.map((l, k) => `WHEN ${k} THEN ${sqlString(l.label)}`).join(' ')} ELSE 'missing' END`;
    const weight = `CASE g${i} ${c.levels.map((_, k) => `WHEN ${k} THEN ${Math.round((weights[i]?.[k] ?? 0) * 100) / 100}`).join(' ')} ELSE 0 END`;
    return `${sqlString(c.name)}, json_object('level', ${label}, 'weight', ${weight})`;
  });
  return `json_object(${items.join(', ')})`;
}

/** `g<i> IN (...)` for the levels of comparison `name` whose labels are allowed (-1 = missing). */
export function levelsInSql(
  comparisons: readonly Comparison[],
  name: string,
  allowed: (label: string) => boolean,
  missingOk: boolean,
): string {
  const i = comparisons.findIndex((c) => c.name === name);
  const comparison = comparisons[i];
  if (!comparison) return 'TRUE';
  const indices = comparison.levels.flatMap((l, k) => (allowed(l.label) ? [k] : []));
  if (missingOk) indices.push(-1);
  return indices.length === 0 ? 'FALSE' : `g${i} IN (${indices.join(', ')})`;
}
