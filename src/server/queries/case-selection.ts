import { listValue } from '@duckdb/node-api';
import type { CaseRepository } from '../../cases/case-repository';
import { CASE_STATUSES, type CaseStatus, type CaseStateFilter } from '../schemas/findings-schemas';
import type { SqlParams } from './sql-params';

/**
 * The findings list filtered by the state of each finding's case: `none` (no case yet) and
 * the case statuses, several at once. Cases live in the store and findings in the workspace,
 * so the store names the finding ids and DuckDB filters on them.
 *
 * A finding passes when its case's status is wanted, or it has no case and `none` is. With
 * `none` wanted, the short list is the findings whose case is in an unwanted status (pass:
 * not among them); without it, those whose case is in a wanted one (pass: among them).
 */
export interface CaseSelection {
  readonly findingIds: readonly string[];
  readonly among: boolean;
}

/** `none,open` → the states asked for (the schema has checked each). */
export function caseStatesOf(value: string): CaseStateFilter[] {
  return [...new Set(value.split(',').map((s) => s.trim()))].filter(Boolean) as CaseStateFilter[];
}

export async function caseSelection(
  cases: CaseRepository,
  value: string | undefined,
): Promise<CaseSelection | null> {
  if (!value) return null;
  const wanted = caseStatesOf(value);
  const noCase = wanted.includes('none');
  const statuses: CaseStatus[] = CASE_STATUSES.filter((s) => wanted.includes(s) !== noCase);
  return { findingIds: await cases.findingIdsWithStatus(statuses), among: !noCase };
}

export function caseSelectionSql(selection: CaseSelection, p: SqlParams): string {
  if (selection.findingIds.length === 0) return selection.among ? 'FALSE' : 'TRUE';
  const ids = `(SELECT unnest(CAST(${p.add(listValue([...selection.findingIds]))} AS VARCHAR[])))`;
  return `finding_id ${selection.among ? 'IN' : 'NOT IN'} ${ids}`;
}
