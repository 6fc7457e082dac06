import { defineFact, type FactContext } from '../fact';
import { ageSql, quarterLabelSql, yearlyTableSql } from './sql-fragments';

/**
 * The ASP facts every ASP rule starts from (Social Code Art. 120-128, domain.md), shared
 * facts computed once per run (fact-session.ts):
 *
 * - `check_asp_members`: one row per `asp_members` row with the person's birth date, sex and
 *   death/emigration dates from `population` (the row's own birth date when the person is
 *   not in population);
 * - `check_asp_cases`: one row per case and quarter with `members` = the number of member
 *   rows (checks.md: members_count is that count; the declared column stands in only when
 *   the case has no member rows), the members aged 1-6 at the first day of the quarter, and
 *   the MRP and poverty line of the quarter's year.
 */
export const ASP_MEMBER_FACTS = defineFact({
  table: 'check_asp_members',
  description: 'one row per asp_members row with an IIN, with the population facts of the member',
  sql: () => `
    SELECT m.case_id, m.iin, m.relation, m._line, m.linked_by_name,
           coalesce(p.birth_date, m.birth_date) AS birth_date, p.sex, p.death_date, p.emigration_date,
           p.iin IS NOT NULL AS in_population, p._line AS population_line
    FROM asp_members m LEFT JOIN population p ON p.iin = m.iin
    WHERE m.iin IS NOT NULL`,
});

export const ASP_CASE_FACTS = defineFact({
  table: 'check_asp_cases',
  description: 'one row per asp_cases row with a quarter, with member counts, MRP and poverty line',
  sql: ({ params }: FactContext) => `
    WITH asp_yearly AS ${yearlyTableSql(params)},
    asp_member_counts AS (
      SELECT c.case_id, c.period,
             count(*) AS member_rows,
             count(*) FILTER (WHERE ${ageSql('m.birth_date', 'c.period')} BETWEEN 1 AND 6) AS young_children,
             bool_or(m.linked_by_name) AS any_linked
      FROM asp_cases c JOIN check_asp_members m ON m.case_id = c.case_id
      GROUP BY c.case_id, c.period
    )
    SELECT c.case_id, c.period AS quarter_start, (c.period + INTERVAL 3 MONTH - INTERVAL 1 DAY)::DATE AS quarter_end,
           ${quarterLabelSql('c.period')} AS quarter,
           c.district, c.kind, c.address_id, c.applicant_iin, c._line,
           c.paid_kzt::DOUBLE AS paid_kzt, c.declared_income_kzt::DOUBLE AS declared_income_kzt,
           c.members_count AS members_count_declared,
           coalesce(nullif(mc.member_rows, 0), c.members_count)::DOUBLE AS members,
           coalesce(mc.young_children, 0) AS young_children,
           y.mrp, y.pl,
           (c.linked_by_name OR coalesce(mc.any_linked, false)) AS linked_by_name
    FROM asp_cases c
    LEFT JOIN asp_member_counts mc ON mc.case_id = c.case_id AND mc.period = c.period
    LEFT JOIN asp_yearly y ON y.year = year(c.period)
    WHERE c.period IS NOT NULL`,
});

/**
 * The ASP payment for a quarter from a family income (domain.md): PCI = income / members / 3;
 * 0 when PCI >= PL; else 3 * members * (PL - PCI) + 3 * 1.5 * MRP per member aged 1-6.
 * `f` is a `check_asp_cases` row. Money is rounded to 2 decimals: in binary floating point
 * `3 * m * (PL - income / m / 3)` is off by a few 1e-12 ₸, enough to turn a difference of
 * exactly 100 ₸ into "more than 100 ₸" (ASP-08). PCI >= PL is compared as
 * income >= 3 * members * PL for the same reason. The generator's formula
 * (src/generate/city/asp-formula.ts) computes the same in whole tiyn.
 */
export function aspPaymentSql(incomeExpr: string, f = 'f'): string {
  const income = `round(${incomeExpr}, 2)`;
  const line = `round(3 * ${f}.members * ${f}.pl, 2)`;
  return `(CASE WHEN ${f}.members IS NULL OR ${f}.members <= 0 THEN NULL
               WHEN ${income} >= ${line} THEN 0
               ELSE round(${line} - ${income} + ${f}.young_children * 3 * 1.5 * ${f}.mrp, 2) END)`;
}

/** Per-capita income of a family income, as in the formula. */
export function aspPciSql(incomeExpr: string, f = 'f'): string {
  return `((${incomeExpr}) / ${f}.members / 3)`;
}
