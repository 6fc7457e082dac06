import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';
import { ageSql, overlapsSql, pensionAgeSql } from '../sql/sql-fragments';

/**
 * ASP-06 Conditional ASP without employment measure. Conditional ASP is paid under a
 * social contract: every able-bodied member (18 to pension age, no disability of group 1
 * or 2) must take part in an employment measure. A conditional case in which no
 * able-bodied member has a measure during the quarter is paid without its condition.
 */
export const rule = defineRule({
  id: 'ASP-06',
  version: 1,
  family: 'ASP',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Conditional ASP without employment measure',
    ru: 'Обусловленная АСП без меры занятости',
    kk: 'Жұмыспен қамту шарасыз шартты АӘК',
  },
  explanation: {
    en: 'The family receives conditional ASP, which is paid under a social contract obliging able-bodied members to take part in an employment measure, but no able-bodied member has an employment-centre measure during the quarter. The condition of the payment is not met in the registers.',
    ru: 'Семья получает обусловленную АСП, которая выплачивается по социальному контракту, обязывающему трудоспособных членов участвовать в мерах занятости, но ни у одного трудоспособного члена нет меры центра занятости в этом квартале. Условие выплаты по реестрам не выполнено.',
    kk: 'Отбасы шартты АӘК алады, ол еңбекке қабілетті мүшелерді жұмыспен қамту шараларына қатысуға міндеттейтін әлеуметтік келісімшарт бойынша төленеді, бірақ тоқсанда бірде-бір еңбекке қабілетті мүшенің жұмыспен қамту орталығы шарасы жоқ. Тізілімдер бойынша төлем шарты орындалмаған.',
  },
  amountRule: {
    en: 'paid_kzt of the case for the quarter.',
    ru: 'paid_kzt дела за квартал.',
    kk: 'Істің тоқсандағы paid_kzt сомасы.',
  },
  subject: 'case_id',
  registries: ['asp_cases', 'asp_members', 'population', 'employment'],
  parameters: ['pension_age_men', 'pension_age_women'],
  sql: ({ params }) => `
    WITH conditional_members AS (
      SELECT f.case_id, f.quarter_start, f.quarter_end, m.iin, m._line AS member_line, m.relation,
             ${ageSql('m.birth_date', 'f.quarter_start')} AS age,
             ${pensionAgeSql('m.sex', params)} AS pension_age,
             EXISTS (SELECT 1 FROM disability d
                     WHERE d.iin = m.iin AND d."group" IN ('1', '2')
                       AND ${overlapsSql('d.since', 'd.until', 'f.quarter_start', 'f.quarter_end')}) AS disabled_1_2
      FROM check_asp_cases f JOIN check_asp_members m ON m.case_id = f.case_id
      WHERE f.kind = 'conditional'
    ),
    able AS (
      SELECT * FROM conditional_members
      WHERE age >= 18 AND age < pension_age AND NOT disabled_1_2
    ),
    measured AS (
      SELECT DISTINCT a.case_id, a.quarter_start
      FROM able a JOIN employment e ON e.iin = a.iin
      WHERE ${overlapsSql('e.start_date', 'e.end_date', 'a.quarter_start', 'a.quarter_end')} AND e.measure IS NOT NULL
    ),
    unmet AS (
      SELECT f.* FROM check_asp_cases f
      ANTI JOIN measured x ON x.case_id = f.case_id AND x.quarter_start = f.quarter_start
      WHERE f.kind = 'conditional'
    ),
    -- Evidence for the cases found only: their able-bodied members (in line order) and those
    -- members' employment rows.
    able_members AS (
      SELECT a.case_id, a.quarter_start,
             list(json_object('iin', ${idTextSql('a.iin')}, 'age', a.age, 'asp_members_line', a.member_line)
                  ORDER BY a.member_line) AS members
      FROM (SELECT DISTINCT case_id, quarter_start, iin, age, member_line FROM able) a
      SEMI JOIN unmet u ON u.case_id = a.case_id AND u.quarter_start = a.quarter_start
      GROUP BY a.case_id, a.quarter_start
    ),
    able_employment AS (
      SELECT a.case_id, a.quarter_start,
             list(json_object('iin', ${idTextSql('e.iin')}, 'status', e.status, 'measure', e.measure, 'start_date', e.start_date,
                              'end_date', e.end_date, 'employment_line', e._line) ORDER BY e.iin, e.start_date, e._line)
               AS employment_rows
      FROM able a
      SEMI JOIN unmet u ON u.case_id = a.case_id AND u.quarter_start = a.quarter_start
      JOIN employment e ON e.iin = a.iin
      GROUP BY a.case_id, a.quarter_start
    )
    SELECT f.case_id AS subject_id,
           f.quarter AS period,
           f.district,
           f.paid_kzt AS amount_kzt,
           f.linked_by_name,
           json_object(
             'case_id', f.case_id, 'asp_cases_line', f._line, 'kind', f.kind, 'quarter', f.quarter,
             'quarter_start', f.quarter_start, 'quarter_end', f.quarter_end,
             'able_bodied_members', coalesce(am.members, []),
             'employment_records_of_able_bodied', coalesce(ae.employment_rows, []),
             'able_bodied_rule', 'aged 18 to under pension age (${params.pension_age_men} men, ${params.pension_age_women} women) at the first day of the quarter, no active disability of group 1 or 2',
             'paid_kzt', f.paid_kzt
           ) AS evidence
    FROM unmet f
    LEFT JOIN able_members am ON am.case_id = f.case_id AND am.quarter_start = f.quarter_start
    LEFT JOIN able_employment ae ON ae.case_id = f.case_id AND ae.quarter_start = f.quarter_start`,
});
