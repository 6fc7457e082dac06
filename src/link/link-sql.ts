import { applicableRules, ruleKeySql, type BlockingRule } from './blocking-rules';
import { gammaSql, type Comparison } from './comparison-level';
import { comparisonsFor } from './comparisons';
import { fieldColumn, preparedColumnsSql, type LinkField } from './link-fields';
import { PATTERN_BASE } from './model-parameters';

/**
 * The SQL of a link job, as text: record preparation, blocking keys, candidate pairs and
 * agreement patterns. The engine runs these as temporary tables; REG-03 inlines them as
 * CTEs of one SELECT. One builder, so both compare people the same way.
 */
export interface LinkSide {
  /** A relation: table name, `read_csv(...)`, or a parenthesised SELECT. */
  readonly relation: string;
  /** SQL expression of the record id. */
  readonly id: string;
  /** Per field (same order as the job's fields), the source expression or null when absent. */
  readonly columns: readonly (string | null)[];
  /** Extra columns kept as they are on the prepared records (e.g. `registry`, `line`). */
  readonly carry?: readonly string[];
}

export interface LinkPlan {
  readonly fields: readonly LinkField[];
  readonly comparisons: readonly Comparison[];
  readonly rules: readonly BlockingRule[];
}

export function planLink(fields: readonly LinkField[], extraRules: readonly BlockingRule[] = []): LinkPlan {
  const present = new Set(fields.map((f) => (f.kind === 'known' ? f.name : '')));
  return { fields, comparisons: comparisonsFor(fields), rules: [...applicableRules(present), ...extraRules] };
}

const keyColumn = (i: number, side: 'l' | 'r', rule: BlockingRule): string =>
  rule.right ? `b${i}${side}` : `b${i}`;

/** SELECT of prepared records: row id, record id, carried columns, prepared field columns. */
export function preparedSql(plan: LinkPlan, side: LinkSide): string {
  const items = plan.fields.flatMap((field, i) =>
    preparedColumnsSql(field, fieldColumn(field, i), side.columns[i] ?? 'CAST(NULL AS VARCHAR)'),
  );
  const carry = (side.carry ?? []).map((c) => `${c}, `).join('');
  return `SELECT row_number() OVER () AS rid, CAST(${side.id} AS VARCHAR) AS id, ${carry}${items.join(', ')} FROM ${side.relation}`;
}

/** SELECT adding the blocking keys of every rule to prepared records `table`. */
export function keyedSql(plan: LinkPlan, table: string): string {
  const keys = plan.rules.flatMap((rule, i) =>
    rule.right
      ? [`${ruleKeySql(rule.left)} AS b${i}l`, `${ruleKeySql(rule.right)} AS b${i}r`]
      : [`${ruleKeySql(rule.left)} AS b${i}`],
  );
  return `SELECT *${keys.map((k) => `, ${k}`).join('')} FROM ${table}`;
}

/**
 * SELECT over prepared records `table` that drops keys of capped rules shared by too many.
 * The crowded keys come from a GROUP BY over the key column alone and are dropped by a
 * semi-join: a window count would sort the whole wide records by every capped key.
 */
export function cappedSql(plan: LinkPlan, table: string): string | null {
  const replaced = plan.rules.flatMap((rule, i) =>
    rule.cap === undefined
      ? []
      : (rule.right ? [`b${i}l`, `b${i}r`] : [`b${i}`]).map(
          (c) =>
            `CASE WHEN ${c} IN (SELECT ${c} FROM ${table} WHERE ${c} IS NOT NULL GROUP BY ${c} HAVING count(*) > ${rule.cap}) THEN NULL ELSE ${c} END AS ${c}`,
        ),
  );
  return replaced.length === 0 ? null : `SELECT * REPLACE (${replaced.join(', ')}) FROM ${table}`;
}

/**
 * Distinct candidate pairs (lid, rid) of all rules; a dedupe keeps lid < rid. `alsoOn`, a
 * condition over `l` and `r` added to every rule's join, keeps only the candidate pairs
 * that satisfy it (an equality there joins on it too, so no other pair is ever formed).
 */
export function candidatesSql(plan: LinkPlan, left: string, right: string | null, alsoOn?: string): string {
  const other = right ?? left;
  const selects = plan.rules.map((rule, i) => {
    const on = `l.${keyColumn(i, 'l', rule)} = r.${keyColumn(i, 'r', rule)}${alsoOn ? ` AND ${alsoOn}` : ''}`;
    if (right) return `SELECT l.rid AS lid, r.rid AS rid FROM ${left} l JOIN ${other} r ON ${on}`;
    return rule.right
      ? `SELECT least(l.rid, r.rid) AS lid, greatest(l.rid, r.rid) AS rid FROM ${left} l JOIN ${other} r ON ${on} AND l.rid <> r.rid`
      : `SELECT l.rid AS lid, r.rid AS rid FROM ${left} l JOIN ${other} r ON ${on} AND l.rid < r.rid`;
  });
  return selects.join('\nUNION\n');
}

/** The packed agreement pattern of a pair `l`, `r` (see model-parameters.ts). */
export function patternSql(plan: LinkPlan): string {
  return plan.comparisons
    .map((c, i) => `(CAST(${gammaSql(c)} AS BIGINT) + 1) * ${PATTERN_BASE ** i}`)
    .join(' + ');
}
