import { ORGS_CTE, personEvidenceSql } from '../sql/person-facts';
import { activeOnSql, ageSql, dateSql } from '../sql/sql-fragments';
import { idTextSql } from '../../workspace/id-text';
import { sqlString } from '../../workspace/workspace';
import { defineRule } from '../rule';

/**
 * EDU-06 Age out of range. A "preschool child" of 9 or a "pupil" of 25 is usually a
 * fictitious enrollment padding the per-capita headcount (or an IIN typed against the
 * wrong child). Ages in full years at as_of; preschool 1-6, school 5-18 inclusive.
 */
const RANGES = { preschool: [1, 6], school: [5, 18] } as const;

export const rule = defineRule({
  id: 'EDU-06',
  version: 1,
  family: 'EDU',
  nature: 'violation',
  severity: 'low',
  title: {
    en: 'Age out of range',
    ru: 'Возраст вне допустимого диапазона',
    kk: 'Жасы рұқсат етілген аралықтан тыс',
  },
  explanation: {
    en: 'At the verification date this child is enrolled in preschool while not aged 1 to 6, or in school while not aged 5 to 18 (full years, from the population register). Such enrollments are often fictitious entries that inflate the per-capita headcount of the organisation, or records attached to the wrong person.',
    ru: 'На дату проверки ребёнок зачислен в дошкольную организацию, не имея возраста от 1 до 6 лет, или в школу, не имея возраста от 5 до 18 лет (полных лет, по регистру населения). Такие зачисления часто фиктивны и завышают подушевой контингент организации либо привязаны не к тому человеку.',
    kk: 'Тексеру күні бала 1-6 жаста болмай мектепке дейінгі ұйымға, немесе 5-18 жаста болмай мектепке қабылданған (толық жыл, халық тіркелімі бойынша). Мұндай қабылдаулар көбіне ұйымның жан басына контингентін көбейтетін жалған жазбалар немесе басқа адамға байланған жазбалар.',
  },
  amountRule: null,
  subject: 'child_iin',
  registries: ['enrollment'],
  parameters: [],
  sql: ({ asOf }) => `
    WITH ${ORGS_CTE},
    active AS (
      SELECT e.*, coalesce(p.birth_date, e.birth_date) AS born,
             ${ageSql('coalesce(p.birth_date, e.birth_date)', dateSql(asOf))} AS age
      FROM enrollment e LEFT JOIN check_persons p ON p.iin = e.child_iin
      WHERE e.child_iin IS NOT NULL AND ${activeOnSql('e.start_date', 'e.end_date', dateSql(asOf))}),
    hits AS (
      SELECT * FROM active
      WHERE born IS NOT NULL
        AND ((level = 'preschool' AND age NOT BETWEEN ${RANGES.preschool[0]} AND ${RANGES.preschool[1]})
          OR (level = 'school' AND age NOT BETWEEN ${RANGES.school[0]} AND ${RANGES.school[1]}))),
    children AS (
      SELECT h.child_iin, any_value(h.age) AS age, any_value(h.born) AS born, bool_or(h.linked_by_name) AS linked,
             arg_max(o.district, h._line) AS org_district,
             list(json_object('registry', 'enrollment', 'line', h._line, 'org_bin', ${idTextSql('h.org_bin')}, 'org_name', o.name,
                              'level', h.level, 'grade', h.grade, 'allowed_ages',
                              CASE h.level WHEN 'preschool' THEN '${RANGES.preschool.join('-')}'
                                           ELSE '${RANGES.school.join('-')}' END,
                              'start_date', h.start_date, 'end_date', h.end_date,
                              'linked_by_name', h.linked_by_name) ORDER BY h._line) AS rows
      FROM hits h LEFT JOIN orgs o ON o.bin = h.org_bin
      GROUP BY h.child_iin)
    SELECT ${idTextSql('c.child_iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(p.district, c.org_district) AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           c.linked AS linked_by_name,
           json_object(
             'child_iin', ${idTextSql('c.child_iin')}, 'as_of', ${sqlString(asOf)},
             'birth_date', c.born, 'age_full_years', c.age,
             'enrollment', c.rows,
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM children c LEFT JOIN check_persons p ON p.iin = c.child_iin`,
});
