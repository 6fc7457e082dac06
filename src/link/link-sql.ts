import { applicableRules, ruleKeySql, type BlockingRule } from './blocking-rules';
import { gammaSql, type Comparison } from './comparison-level';
import { comparisonsFor } from './comparisons';
import { fieldColumn, preparedColumnsSql, preparedPerValue, type LinkField } from './link-fields';
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

/** SELECT of prepared records: row id, record id, carried columns, prepared field columns. */
export function preparedSql(plan: LinkPlan, side: LinkSide): string {
  const sources = plan.fields.map((_, i) => side.columns[i] ?? null);
  const carry = (side.carry ?? []).map((c) => `, ${c}`).join('');
  const raw = sources.flatMap((source, i) => (source === null ? [] : [`, ${source} AS v${i}`])).join('');
  // The row id is numbered first, on the raw columns alone: a window over () runs on one
  // thread, and so would every expression computed in the same pass.
  const ctes = [
    `lk_s AS MATERIALIZED (SELECT row_number() OVER () AS rid, CAST(${side.id} AS VARCHAR) AS id${carry}${raw} FROM ${side.relation})`,
  ];
  const joins: string[] = [];
  const items = plan.fields.flatMap((field, i) => {
    const column = fieldColumn(field, i);
    const source = sources[i] ?? null;
    if (source === null) return preparedColumnsSql(field, column, 'CAST(NULL AS VARCHAR)');
    if (!preparedPerValue(field)) return preparedColumnsSql(field, column, `lk_s.v${i}`);
    const prepared = preparedColumnsSql(field, column, 'v');
    ctes.push(
      `lk_d${i} AS MATERIALIZED (SELECT v, ${prepared.join(', ')} FROM (SELECT DISTINCT v${i} AS v FROM lk_s))`,
    );
    joins.push(`LEFT JOIN lk_d${i} d${i} ON d${i}.v = lk_s.v${i}`);
    return [`d${i}.* EXCLUDE (v)`];
  });
  const carried = (side.carry ?? []).map((c) => `, lk_s.${c}`).join('');
  return `WITH ${ctes.join(',\n')}
    SELECT lk_s.rid, lk_s.id${carried}, ${items.join(', ')} FROM lk_s ${joins.join(' ')}`;
}

/**
 * The blocking key columns of a plan (`k0`, `k1`, ...): one per distinct key, so that rules
 * sharing a key (the swapped-names rule reuses the surname and first-name ones) share it.
 */
interface KeyColumn {
  readonly name: string;
  readonly sql: string;
  readonly cap: number | undefined;
}

function blockingColumns(plan: LinkPlan): {
  readonly columns: readonly KeyColumn[];
  readonly rules: readonly { readonly left: string; readonly right: string }[];
} {
  const columns: KeyColumn[] = [];
  const columnOf = (parts: readonly string[], cap: number | undefined): string => {
    const sql = ruleKeySql(parts);
    const found = columns.find((c) => c.sql === sql && c.cap === cap);
    if (found) return found.name;
    const name = `k${columns.length}`;
    columns.push({ name, sql, cap });
    return name;
  };
  const rules = plan.rules.map((rule) => {
    const left = columnOf(rule.left, rule.cap);
    return { left, right: rule.right ? columnOf(rule.right, rule.cap) : left };
  });
  return { columns, rules };
}

/**
 * SELECT of the blocking keys of prepared records `table`: `rid` and one integer column per
 * key, narrow so that the joins of the blocking rules never carry the records. Keys of capped
 * rules shared by more than `cap` records become NULL; the crowded keys come from a GROUP BY
 * over the key column alone.
 */
export function blockingKeysSql(plan: LinkPlan, table: string): string {
  const { columns } = blockingColumns(plan);
  const keyed = `SELECT rid${columns.map((c) => `, ${c.sql} AS ${c.name}`).join('')} FROM ${table}`;
  const replaced = columns.flatMap((c) =>
    c.cap === undefined
      ? []
      : [
          `CASE WHEN ${c.name} IN (SELECT ${c.name} FROM lk_k WHERE ${c.name} IS NOT NULL GROUP BY ${c.name} HAVING count(*) > ${c.cap}) THEN NULL ELSE ${c.name} END AS ${c.name}`,
        ],
  );
  return replaced.length === 0
    ? keyed
    : `WITH lk_k AS MATERIALIZED (${keyed}) SELECT * REPLACE (${replaced.join(', ')}) FROM lk_k`;
}

/**
 * Distinct candidate pairs (lid, rid) of all rules over the blocking keys of `left` and
 * `right` (null: a dedupe of `left`, keeping lid < rid).
 */
export function candidatesSql(plan: LinkPlan, left: string, right: string | null): string {
  const other = right ?? left;
  const selects = blockingColumns(plan).rules.map((rule) => {
    const on = `l.${rule.left} = r.${rule.right}`;
    if (right) return `SELECT l.rid AS lid, r.rid AS rid FROM ${left} l JOIN ${other} r ON ${on}`;
    return rule.left !== rule.right
      ? `SELECT least(l.rid, r.rid) AS lid, greatest(l.rid, r.rid) AS rid FROM ${left} l JOIN ${other} r ON ${on} AND l.rid <> r.rid`
      : `SELECT l.rid AS lid, r.rid AS rid FROM ${left} l JOIN ${other} r ON ${on} AND l.rid < r.rid`;
  });
  return selects.length === 0
    ? 'SELECT CAST(NULL AS BIGINT) AS lid, CAST(NULL AS BIGINT) AS rid WHERE false'
    : selects.join('\nUNION\n');
}

/** The packed agreement pattern of a pair `l`, `r` (see model-parameters.ts). */
export function patternSql(plan: LinkPlan): string {
  return plan.comparisons
    .map((c, i) => `(CAST(${gammaSql(c)} AS BIGINT) + 1) * ${PATTERN_BASE ** i}`)
    .join(' + ');
}
