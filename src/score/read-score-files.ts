import { existsSync } from 'node:fs';
import { BirtizimError } from '../core/errors/birtizim-error';
import { queryRows, sqlString, withWorkspace } from '../workspace/workspace';
import type { FoundRow, TruthRow } from './score-findings';

/**
 * Read the truth and findings CSVs with DuckDB's CSV reader (quoted JSON evidence, large
 * files), every column as text so that IINs keep their leading zeros.
 */
async function readCsv(
  file: string,
  kind: string,
  columns: readonly string[],
): Promise<Record<string, string | null>[]> {
  if (!existsSync(file)) throw new BirtizimError('BZ_FILE_NOT_FOUND', { path: file });
  return withWorkspace({ file: ':memory:' }, async (connection) => {
    try {
      const header = await queryRows<{ column_name: string }>(
        connection,
        `DESCRIBE SELECT * FROM read_csv(${sqlString(file)}, header = true, all_varchar = true)`,
      );
      const names = new Set(header.map((h) => h.column_name));
      const lacking = columns.filter((c) => !names.has(c));
      if (lacking.length > 0) {
        throw new BirtizimError('BZ_SCORE_BAD_FILE', {
          file,
          kind,
          problem: `missing columns: ${lacking.join(', ')}`,
        });
      }
      return await queryRows<Record<string, string | null>>(
        connection,
        `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM read_csv(${sqlString(file)}, header = true, all_varchar = true)`,
      );
    } catch (error) {
      if (error instanceof BirtizimError) throw error;
      throw new BirtizimError('BZ_SCORE_BAD_FILE', {
        file,
        kind,
        problem: (error as Error).message.split('\n')[0],
      });
    }
  });
}

const amount = (value: string | null | undefined): number | null =>
  value === null || value === undefined || value.trim() === '' ? null : Number(value);
const text = (value: string | null | undefined): string | null =>
  value === null || value === undefined || value.trim() === '' ? null : value.trim();

export async function readTruth(file: string): Promise<TruthRow[]> {
  const rows = await readCsv(file, 'truth', ['rule_id', 'subject_id', 'period', 'amount_kzt', 'expect']);
  return rows.map((r) => ({
    rule_id: r.rule_id ?? '',
    subject_id: r.subject_id ?? '',
    period: text(r.period),
    amount_kzt: amount(r.amount_kzt),
    expect: r.expect === 'near_miss' ? 'near_miss' : 'positive',
  }));
}

export async function readFindings(file: string): Promise<FoundRow[]> {
  const rows = await readCsv(file, 'findings', ['rule_id', 'subject_id', 'period', 'amount_kzt']);
  return rows.map((r) => ({
    rule_id: r.rule_id ?? '',
    subject_id: r.subject_id ?? '',
    period: text(r.period),
    amount_kzt: amount(r.amount_kzt),
  }));
}
