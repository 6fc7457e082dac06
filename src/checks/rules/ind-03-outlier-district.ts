import { DISTRICTS } from '../../core/districts';
import { defineRule } from '../rule';
import { indicatorSubjectSql, runIndicatorsSql } from '../sql/indicator-rows';

/**
 * IND-03 Outlier district. A district whose rate (coverage, ...) computed from the
 * registries sits far from the other districts of its region points at a data problem or
 * a local practice worth a look. The modified z-score (Iglewicz-Hoaglin, median and MAD)
 * is robust to the outlier itself; with MAD 0 it is undefined, so no finding.
 */
const REGIONS_SQL = `(SELECT * FROM (VALUES ${DISTRICTS.map((d) => `('${d.code}', '${d.region}')`).join(', ')}) AS t(district, region))`;

export const rule = defineRule({
  id: 'IND-03',
  version: 1,
  family: 'IND',
  nature: 'report',
  severity: 'low',
  title: {
    en: 'Outlier district',
    ru: 'Район-выброс',
    kk: 'Ерекшеленетін аудан',
  },
  explanation: {
    en: 'For a rate indicator computed from the registries, the district lies far from the other districts of its region: its modified z-score (0.6745 times the distance to the median, divided by the median absolute deviation) is above the threshold. An outlier is a lead on data quality or on a local practice, not proof of wrongdoing.',
    ru: 'По относительному показателю, рассчитанному по реестрам, район сильно отличается от других районов своего региона: его модифицированная z-оценка (0,6745 × расстояние до медианы / медианное абсолютное отклонение) выше порога. Выброс указывает на качество данных или местную практику, а не доказывает нарушение.',
    kk: 'Тізілімдер бойынша есептелген салыстырмалы көрсеткіште аудан өз өңірінің басқа аудандарынан қатты ерекшеленеді: оның түрлендірілген z-бағасы (0,6745 × медианаға дейінгі қашықтық / медианалық абсолюттік ауытқу) шектен жоғары. Ерекшелік деректер сапасына немесе жергілікті тәжірибеге нұсқайды, бұзушылықты дәлелдемейді.',
  },
  amountRule: null,
  subject: 'district/indicator/period',
  registries: ['population', 'osms_status'],
  parameters: ['outlier_z_threshold'],
  sql: ({ params, runId }) => `
    WITH v AS (
      SELECT i.district, i.indicator, i.period, i.computed AS x, r.region
      FROM ${runIndicatorsSql(runId)} i JOIN ${REGIONS_SQL} r ON r.district = i.district
      WHERE suffix(i.indicator, '_pct') AND i.computed IS NOT NULL
    ),
    med AS (SELECT region, indicator, period, median(x) AS median FROM v GROUP BY ALL),
    dev AS (SELECT v.*, m.median, abs(v.x - m.median) AS deviation FROM v JOIN med m USING (region, indicator, period)),
    mad AS (SELECT region, indicator, period, median(deviation) AS mad, count(*) AS districts FROM dev GROUP BY ALL)
    SELECT ${indicatorSubjectSql('d')} AS subject_id,
           d.period,
           d.district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           false AS linked_by_name,
           json_object(
             'district', d.district, 'indicator', d.indicator, 'period', d.period, 'region', d.region,
             'value', round(d.x, 4), 'region_median', round(d.median, 4), 'mad', round(m.mad, 4),
             'modified_z', round(0.6745 * d.deviation / m.mad, 3),
             'threshold', ${params.outlier_z_threshold}, 'districts_in_region', m.districts
           ) AS evidence
    FROM dev d JOIN mad m USING (region, indicator, period)
    WHERE m.mad > 0 AND 0.6745 * d.deviation / m.mad > ${params.outlier_z_threshold}`,
});
