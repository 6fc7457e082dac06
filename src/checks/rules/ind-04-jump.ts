import { defineRule } from '../rule';
import { indicatorSubjectSql, quarterStartFromLabelSql, runIndicatorsSql } from '../sql/indicator-rows';

/**
 * IND-04 Jump. Real populations, caseloads and coverage move slowly; a figure far from the
 * mean of the three previous quarters of the same series is a reporting error or a
 * campaign to hit a target. Only consecutive quarters are compared, so a gap in the
 * series never invents a jump.
 */
export const rule = defineRule({
  id: 'IND-04',
  version: 1,
  family: 'IND',
  nature: 'report',
  severity: 'low',
  title: {
    en: 'Jump',
    ru: 'Скачок',
    kk: 'Секіріс',
  },
  explanation: {
    en: 'The value of an indicator for a quarter is further from the mean of the three previous consecutive quarters of the same series than the threshold allows. Real figures change gradually; a sudden jump usually means a reporting error or a figure adjusted to meet a target.',
    ru: 'Значение показателя за квартал отличается от среднего трёх предыдущих кварталов того же ряда больше, чем допускает порог. Реальные цифры меняются постепенно; резкий скачок обычно означает ошибку отчёта или подгонку под план.',
    kk: 'Көрсеткіштің тоқсандағы мәні сол қатардың алдыңғы үш қатарлас тоқсанының орташасынан шектен артық алшақ. Нақты сандар біртіндеп өзгереді; кенет секіріс әдетте есеп қатесін немесе жоспарға түзетуді білдіреді.',
  },
  amountRule: null,
  subject: 'district/indicator/period',
  registries: ['reported'],
  parameters: ['jump_threshold_pct'],
  sql: ({ params, runId }) => `
    WITH s AS (
      SELECT district, indicator, period, ${quarterStartFromLabelSql('period')} AS q,
             reported, computed, coalesce(reported, computed) AS value
      FROM ${runIndicatorsSql(runId)} WHERE coalesce(reported, computed) IS NOT NULL
    ),
    j AS (
      SELECT a.*, b1.value AS v1, b2.value AS v2, b3.value AS v3,
             b1.period AS p1, b2.period AS p2, b3.period AS p3,
             (b1.value + b2.value + b3.value) / 3 AS mean
      FROM s a
      JOIN s b1 ON b1.district = a.district AND b1.indicator = a.indicator AND b1.q = (a.q - INTERVAL 3 MONTH)::DATE
      JOIN s b2 ON b2.district = a.district AND b2.indicator = a.indicator AND b2.q = (a.q - INTERVAL 6 MONTH)::DATE
      JOIN s b3 ON b3.district = a.district AND b3.indicator = a.indicator AND b3.q = (a.q - INTERVAL 9 MONTH)::DATE
    )
    SELECT ${indicatorSubjectSql('j')} AS subject_id,
           j.period,
           j.district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           false AS linked_by_name,
           json_object(
             'district', j.district, 'indicator', j.indicator, 'period', j.period,
             'value', j.value, 'value_source', CASE WHEN j.reported IS NOT NULL THEN 'reported' ELSE 'computed' END,
             'previous', [json_object('period', j.p3, 'value', j.v3), json_object('period', j.p2, 'value', j.v2),
                          json_object('period', j.p1, 'value', j.v1)],
             'mean_previous', round(j.mean, 4),
             'change_pct', round(100 * (j.value - j.mean) / abs(j.mean), 2),
             'threshold_pct', ${params.jump_threshold_pct}
           ) AS evidence
    FROM j
    WHERE j.mean <> 0 AND abs(j.value - j.mean) > ${params.jump_threshold_pct} / 100 * abs(j.mean)`,
});
