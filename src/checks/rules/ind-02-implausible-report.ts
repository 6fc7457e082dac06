import { INDICATORS } from '../../indicators/indicator-catalog';
import { defineRule } from '../rule';
import { indicatorSubjectSql, reportedRowsSql, runIndicatorsSql } from '../sql/indicator-rows';

/**
 * IND-02 Implausible report. Districts reporting 100 % insurance coverage is "unrealistic"
 * (domain.md, seed 004); so is counting more people in a group than the district has
 * residents. Such a report cannot be true whatever the registries say.
 */
const COUNT_INDICATORS = INDICATORS.filter(
  (i) => i.code !== 'population' && (i.unit === 'persons' || i.unit === 'families' || i.unit === 'records'),
).map((i) => `'${i.code}'`);

export const rule = defineRule({
  id: 'IND-02',
  version: 1,
  family: 'IND',
  nature: 'report',
  severity: 'medium',
  title: {
    en: 'Implausible report',
    ru: 'Неправдоподобный отчёт',
    kk: 'Шындыққа жанаспайтын есеп',
  },
  explanation: {
    en: 'A reported figure cannot be true: a coverage rate of 100 % or more, or a count of people larger than the population of the district computed from the population register. Such figures are typical of reports written to the target rather than from a list.',
    ru: 'Отчётная цифра не может быть верной: охват 100 % и более или число людей больше численности населения района по реестру населения. Такие цифры типичны для отчётов, написанных «под план», а не по списку.',
    kk: 'Есептік көрсеткіш шын болуы мүмкін емес: 100 % немесе одан жоғары қамту, не халық тізілімі бойынша аудан халқынан көп адам саны. Мұндай сандар тізім бойынша емес, жоспарға қарай жазылған есептерге тән.',
  },
  amountRule: null,
  subject: 'district/indicator/period',
  registries: ['reported', 'population'],
  parameters: [],
  sql: ({ runId }) => `
    WITH ind AS ${runIndicatorsSql(runId)},
    pop AS (SELECT district, computed AS population FROM ind WHERE indicator = 'population' AND computed IS NOT NULL)
    SELECT ${indicatorSubjectSql('i')} AS subject_id,
           i.period,
           i.district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           false AS linked_by_name,
           json_object(
             'district', i.district, 'indicator', i.indicator, 'period', i.period, 'reported', i.reported,
             'reason', CASE WHEN suffix(i.indicator, '_pct') THEN 'coverage of 100 % or more'
                            ELSE 'count above the district population' END,
             'limit', CASE WHEN suffix(i.indicator, '_pct') THEN 100 ELSE p.population END,
             'district_population_computed', p.population,
             'reported_rows', ${reportedRowsSql('i')}
           ) AS evidence
    FROM ind i LEFT JOIN pop p ON p.district = i.district
    WHERE i.reported IS NOT NULL
      AND ((suffix(i.indicator, '_pct') AND i.reported >= 100)
        OR (i.indicator IN (${COUNT_INDICATORS.join(', ')}) AND p.population IS NOT NULL AND i.reported > p.population))`,
});
