import type { DuckDBValue } from '@duckdb/node-api';
import { sqlString } from '../../workspace/workspace';

/** Positional parameters for DuckDB: `p.add(value)` returns its `$n` placeholder. */
export class SqlParams {
  readonly values: DuckDBValue[] = [];
  add(value: DuckDBValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The district restriction as SQL. District codes come from the user record, validated
 * against reference/districts.csv at creation, and are quoted anyway.
 */
export function scopeSql(scope: readonly string[] | null, column = 'district'): string {
  if (scope === null) return 'TRUE';
  if (scope.length === 0) return 'FALSE';
  return `${column} IN (${scope.map(sqlString).join(', ')})`;
}
