import { defineRule } from '../rule';
import { aspPaymentSql, aspPciSql } from '../sql/asp-cases';

/**
 * ASP-08 Payment does not match the formula. The ASP amount is fixed by law
 * (3 * members * (PL - PCI) plus 1.5 MRP a month per child aged 1-6): a payment off the
 * formula computed with the family's own declared income is an error or a manual
 * override. Both thresholds (1 % and 100 ₸) must be passed, so rounding never fires; the
 * difference is compared in whole tiyn (DECIMAL), so exactly 100 ₸ is not "more than 100 ₸".
 */
export const rule = defineRule({
  id: 'ASP-08',
  version: 1,
  family: 'ASP',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Payment does not match the formula',
    ru: 'Выплата не соответствует формуле',
    kk: 'Төлем формулаға сәйкес емес',
  },
  explanation: {
    en: 'The ASP paid for the quarter differs from the amount the law prescribes for the declared income and the family composition (poverty line, members, children aged 1-6) by more than 1 % and more than 100 tenge. Either the payment was computed wrongly or it was changed by hand; an underpayment is shown as a negative amount.',
    ru: 'Выплаченная за квартал АСП отличается от суммы, положенной по закону для заявленного дохода и состава семьи (черта бедности, члены семьи, дети 1-6 лет), больше чем на 1 % и больше чем на 100 тенге. Выплата рассчитана неверно или изменена вручную; недоплата показывается отрицательной суммой.',
    kk: 'Тоқсанға төленген АӘК мәлімделген табыс пен отбасы құрамы (кедейлік шегі, мүшелер, 1-6 жастағы балалар) үшін заң белгілеген сомадан 1 %-дан және 100 теңгеден артық ерекшеленеді. Төлем қате есептелген немесе қолмен өзгертілген; кем төлеу теріс сомамен көрсетіледі.',
  },
  amountRule: {
    en: 'paid_kzt minus the formula with the declared income (negative: underpayment).',
    ru: 'paid_kzt минус сумма по формуле с заявленным доходом (отрицательная — недоплата).',
    kk: 'paid_kzt минус мәлімделген табыспен формула бойынша сома (теріс — кем төлеу).',
  },
  subject: 'case_id',
  registries: ['asp_cases', 'asp_members', 'population'],
  parameters: ['asp_payment_tolerance_pct', 'asp_payment_tolerance_kzt', 'poverty_line_share_of_pm'],
  sql: ({ params }) => `
    WITH computed AS (
      SELECT f.*, ${aspPaymentSql('f.declared_income_kzt')} AS formula_kzt FROM check_asp_cases f
    ),
    compared AS (
      SELECT c.*, round(c.paid_kzt - c.formula_kzt, 2) AS difference_kzt FROM computed c
    )
    SELECT f.case_id AS subject_id,
           f.quarter AS period,
           f.district,
           f.difference_kzt AS amount_kzt,
           f.linked_by_name,
           json_object(
             'case_id', f.case_id, 'asp_cases_line', f._line, 'quarter', f.quarter,
             'paid_kzt', f.paid_kzt, 'formula_kzt', round(f.formula_kzt, 2),
             'difference_kzt', f.difference_kzt,
             'declared_income_kzt', f.declared_income_kzt,
             'members_count', f.members, 'members_count_declared', f.members_count_declared,
             'members_aged_1_6', f.young_children,
             'pci_kzt', round(${aspPciSql('f.declared_income_kzt')}, 2),
             'poverty_line_kzt', round(f.pl, 2), 'mrp_kzt', f.mrp,
             'threshold', 'more than ${params.asp_payment_tolerance_pct} % of the formula and more than ${params.asp_payment_tolerance_kzt} KZT',
             'threshold_pct_kzt', round(abs(f.formula_kzt) * ${params.asp_payment_tolerance_pct} / 100, 2)
           ) AS evidence
    FROM compared f
    WHERE f.formula_kzt IS NOT NULL
      AND abs(f.difference_kzt)::DECIMAL(18, 2) * 100
          > abs(f.formula_kzt)::DECIMAL(18, 2) * ${params.asp_payment_tolerance_pct}
      AND abs(f.difference_kzt)::DECIMAL(18, 2) > ${params.asp_payment_tolerance_kzt}`,
});
