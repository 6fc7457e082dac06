import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';
import { aspPaymentSql, aspPciSql } from '../sql/asp-cases';

/**
 * ASP-01 Undeclared income. Social Code Art. 120-128: ASP is assigned on the family's
 * income in the base quarter (the quarter before the assigned one). Families under-declare
 * wages that the state revenue committee sees as pension/health contributions: a gap above
 * max(10 %, 1 MRP) is a lead, and the money at stake is what was paid beyond the payment
 * recomputed with the registered income.
 */
export const rule = defineRule({
  id: 'ASP-01',
  version: 1,
  family: 'ASP',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Undeclared income',
    ru: 'Незаявленный доход',
    kk: 'Мәлімделмеген табыс',
  },
  explanation: {
    en: 'The income of the family members registered in pension and health contributions for the base quarter is higher than the income declared in the ASP application, by more than the tolerance (the larger of 10 % and one MRP). ASP is granted on declared income, so undeclared wages can make a family look eligible or raise its payment.',
    ru: 'Доход членов семьи за базовый квартал по пенсионным и медицинским взносам выше дохода, заявленного при назначении АСП, больше чем на допуск (наибольшее из 10 % и одного МРП). АСП назначается по заявленному доходу, поэтому скрытая зарплата может сделать семью «нуждающейся» или увеличить выплату.',
    kk: 'Отбасы мүшелерінің базалық тоқсандағы зейнетақы және медициналық жарналар бойынша табысы АӘК тағайындауда мәлімделген табыстан рұқсат етілген шектен (10 % пен бір АЕК-тің үлкені) артық. АӘК мәлімделген табыс бойынша тағайындалады, сондықтан жасырын жалақы отбасын мұқтаж етіп көрсетуі немесе төлемді арттыруы мүмкін.',
  },
  amountRule: {
    en: 'paid_kzt minus the payment recomputed with the registered income (domain.md formula), at least 0.',
    ru: 'paid_kzt минус выплата, пересчитанная по зарегистрированному доходу (формула domain.md), не меньше 0.',
    kk: 'paid_kzt минус тіркелген табыспен қайта есептелген төлем (domain.md формуласы), кемінде 0.',
  },
  subject: 'case_id',
  registries: ['asp_cases', 'asp_members', 'contributions', 'population'],
  parameters: ['asp_income_tolerance_pct', 'poverty_line_share_of_pm'],
  sql: ({ params }) => `
    WITH members AS (SELECT DISTINCT case_id, iin FROM check_asp_members),
    registered AS (
      SELECT f.case_id, f.quarter_start,
             sum(c.income_kzt)::DOUBLE AS registered_income,
             bool_or(c.linked_by_name) AS linked
      FROM check_asp_cases f
      JOIN members m ON m.case_id = f.case_id
      JOIN contributions c ON c.iin = m.iin
                          AND c.period >= (f.quarter_start - INTERVAL 3 MONTH)::DATE AND c.period < f.quarter_start
      GROUP BY f.case_id, f.quarter_start
    ),
    flagged AS (
      SELECT f.*, r.registered_income, r.linked AS registered_linked
      FROM check_asp_cases f
      JOIN registered r ON r.case_id = f.case_id AND r.quarter_start = f.quarter_start
      WHERE round(r.registered_income - f.declared_income_kzt, 2)
            > round(greatest(f.declared_income_kzt * ${params.asp_income_tolerance_pct} / 100, f.mrp), 2)
    ),
    -- The contribution rows behind the registered income, listed for the flagged cases only.
    contribution_rows AS (
      SELECT f.case_id, f.quarter_start,
             list(json_object('iin', ${idTextSql('c.iin')}, 'month', strftime(c.period, '%Y-%m'), 'payer_bin', ${idTextSql('c.payer_bin')},
                              'income_kzt', c.income_kzt, 'contributions_line', c._line)
                  ORDER BY c.iin, c.period, c._line)[1:60] AS rows
      FROM check_asp_cases f
      SEMI JOIN (SELECT DISTINCT case_id, quarter_start FROM flagged) k
        ON k.case_id = f.case_id AND k.quarter_start = f.quarter_start
      JOIN members m ON m.case_id = f.case_id
      JOIN contributions c ON c.iin = m.iin
                          AND c.period >= (f.quarter_start - INTERVAL 3 MONTH)::DATE AND c.period < f.quarter_start
      GROUP BY f.case_id, f.quarter_start
    )
    SELECT f.case_id AS subject_id,
           f.quarter AS period,
           f.district,
           greatest(f.paid_kzt - ${aspPaymentSql('f.registered_income')}, 0) AS amount_kzt,
           (f.linked_by_name OR f.registered_linked) AS linked_by_name,
           json_object(
             'case_id', f.case_id, 'asp_cases_line', f._line, 'quarter', f.quarter,
             'base_quarter', strftime((f.quarter_start - INTERVAL 3 MONTH)::DATE, '%Y') || '-Q'
                             || quarter((f.quarter_start - INTERVAL 3 MONTH)::DATE)::VARCHAR,
             'declared_income_kzt', f.declared_income_kzt,
             'registered_income_kzt', round(f.registered_income, 2),
             'difference_kzt', round(f.registered_income - f.declared_income_kzt, 2),
             'threshold_kzt', round(greatest(f.declared_income_kzt * ${params.asp_income_tolerance_pct} / 100, f.mrp), 2),
             'tolerance', '${params.asp_income_tolerance_pct} % of declared income, at least 1 MRP (' || f.mrp || ')',
             'members_count', f.members, 'members_aged_1_6', f.young_children,
             'poverty_line_kzt', round(f.pl, 2), 'mrp_kzt', f.mrp,
             'pci_registered_kzt', round(${aspPciSql('f.registered_income')}, 2),
             'paid_kzt', f.paid_kzt,
             'recomputed_payment_kzt', round(${aspPaymentSql('f.registered_income')}, 2),
             'contributions', r.rows
           ) AS evidence
    FROM flagged f
    JOIN contribution_rows r ON r.case_id = f.case_id AND r.quarter_start = f.quarter_start`,
});
