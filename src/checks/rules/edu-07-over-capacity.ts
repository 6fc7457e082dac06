import { ORGS_CTE } from '../sql/person-facts';
import { activeOnSql, dateSql } from '../sql/sql-fragments';
import { idTextSql } from '../../workspace/id-text';
import { sqlString } from '../../workspace/workspace';
import { defineRule } from '../rule';

/**
 * EDU-07 Over capacity. Schools at twice their design capacity: either real, dangerous
 * overcrowding, or a contingent padded with fictitious pupils to draw per-capita funding.
 * Counts enrollment rows active at as_of against twice `capacity`.
 */
const CAPACITY_FACTOR = 2;

export const rule = defineRule({
  id: 'EDU-07',
  version: 1,
  family: 'EDU',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Over capacity',
    ru: 'Превышение проектной мощности',
    kk: 'Жобалық қуаттан асу',
  },
  explanation: {
    en: 'The enrollments of this organisation active at the verification date exceed twice its design capacity. Schools at twice capacity were found in public reporting; beyond overcrowding, a contingent that large is often padded with fictitious pupils to draw per-capita funding.',
    ru: 'Число действующих на дату проверки зачислений в организацию более чем вдвое превышает её проектную мощность. Школы с двукратной перегрузкой выявлялись в открытых источниках; помимо переполненности, такой контингент часто дополнен фиктивными учениками ради подушевого финансирования.',
    kk: 'Тексеру күні әрекет ететін қабылдаулар саны ұйымның жобалық қуатынан екі еседен асады. Екі есе толы мектептер ашық дереккөздерде анықталған; толып кетуден бөлек, мұндай контингент көбіне жан басына қаржы алу үшін жалған оқушылармен толтырылады.',
  },
  amountRule: null,
  subject: 'org_bin',
  registries: ['enrollment', 'organizations'],
  parameters: [],
  sql: ({ asOf }) => `
    WITH ${ORGS_CTE},
    active AS (
      SELECT * FROM enrollment
      WHERE org_bin IS NOT NULL AND ${activeOnSql('start_date', 'end_date', dateSql(asOf))}),
    over_capacity AS (
      SELECT a.org_bin FROM active a JOIN orgs o ON o.bin = a.org_bin
      WHERE o.capacity IS NOT NULL
      GROUP BY a.org_bin HAVING count(*) > ${CAPACITY_FACTOR} * any_value(o.capacity)),
    counts AS (
      SELECT org_bin, count(*) AS active_enrollments, count(DISTINCT child_iin) AS distinct_children,
             bool_or(linked_by_name) AS linked,
             list(json_object('registry', 'enrollment', 'line', _line, 'child_iin', ${idTextSql('child_iin')}, 'level', level,
                              'start_date', start_date, 'end_date', end_date) ORDER BY _line)[1:50] AS sample
      FROM active JOIN over_capacity USING (org_bin)
      GROUP BY org_bin)
    SELECT ${idTextSql('c.org_bin')} AS subject_id,
           NULL::VARCHAR AS period,
           o.district AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           c.linked AS linked_by_name,
           json_object(
             'org_bin', ${idTextSql('c.org_bin')}, 'as_of', ${sqlString(asOf)},
             'organization', json_object('registry', 'organizations', 'line', o._line, 'name', o.name,
                                         'kind', o.kind, 'district', o.district, 'capacity', o.capacity),
             'active_enrollments', c.active_enrollments, 'distinct_children', c.distinct_children,
             'capacity', o.capacity, 'threshold', ${CAPACITY_FACTOR} * o.capacity,
             'enrollment_sample', c.sample
           ) AS evidence
    FROM counts c JOIN orgs o ON o.bin = c.org_bin
    WHERE o.capacity IS NOT NULL AND c.active_enrollments > ${CAPACITY_FACTOR} * o.capacity`,
});
