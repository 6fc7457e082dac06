import { defineRule } from '../rule';
import { indicatorSubjectSql, reportedRowsSql, runIndicatorsSql } from '../sql/indicator-rows';

/**
 * IND-01 Reported figure differs. "Everyone has their own list — there must be one list,
 * one set of figures" (domain.md, seed 004): a figure a district reports upward that the
 * registries do not support beyond the tolerance is either a reporting error or an
 * embellished report.
 */
export const rule = defineRule({
  id: 'IND-01',
  version: 1,
  family: 'IND',
  nature: 'report',
  severity: 'medium',
  title: {
    en: 'Reported figure differs',
    ru: 'Отчётная цифра расходится',
    kk: 'Есептік көрсеткіш сәйкес емес',
  },
  explanation: {
    en: 'A figure the district reported upward differs from the same indicator computed from the registries for the same period by more than the tolerance. One of the two lists is wrong: either the report was compiled from another list or it was adjusted.',
    ru: 'Цифра, которую район отчитал наверх, отличается от того же показателя, рассчитанного по реестрам за тот же период, больше чем на допуск. Один из двух списков неверен: либо отчёт собран по другому списку, либо он подправлен.',
    kk: 'Аудан жоғарыға берген көрсеткіш сол кезеңге тізілімдер бойынша есептелген көрсеткіштен рұқсат етілген шектен артық ерекшеленеді. Екі тізімнің бірі қате: есеп басқа тізім бойынша жасалған немесе түзетілген.',
  },
  amountRule: null,
  subject: 'district/indicator/period',
  registries: ['reported', 'population'],
  parameters: ['report_tolerance_pct'],
  sql: ({ params, runId }) => `
    SELECT ${indicatorSubjectSql('i')} AS subject_id,
           i.period,
           i.district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           false AS linked_by_name,
           json_object(
             'district', i.district, 'indicator', i.indicator, 'period', i.period,
             'computed', round(i.computed, 2), 'reported', i.reported,
             'difference', round(i.reported - i.computed, 2),
             'difference_pct', CASE WHEN i.computed <> 0 THEN round(100 * (i.reported - i.computed) / i.computed, 2) END,
             'tolerance_pct', ${params.report_tolerance_pct},
             'reported_rows', ${reportedRowsSql('i')}
           ) AS evidence
    FROM ${runIndicatorsSql(runId)} i
    WHERE i.computed IS NOT NULL AND i.reported IS NOT NULL
      AND abs(i.reported - i.computed) > ${params.report_tolerance_pct} / 100 * abs(i.computed)`,
});
