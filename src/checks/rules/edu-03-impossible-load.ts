import { ORGS_CTE, personEvidenceSql } from '../sql/person-facts';
import { activeOnSql, dateSql } from '../sql/sql-fragments';
import { idTextSql } from '../../workspace/id-text';
import { sqlString } from '../../workspace/workspace';
import { defineRule } from '../rule';

/**
 * EDU-03 Impossible load. A teacher listed at several schools and kindergartens at once
 * for more than the teacher load limit (2.0 FTE by default): nobody teaches three full
 * timetables. Typical of fictitious teachers whose names are lent to several payrolls.
 */
export const rule = defineRule({
  id: 'EDU-03',
  version: 1,
  family: 'EDU',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Impossible load',
    ru: 'Невозможная нагрузка',
    kk: 'Мүмкін емес жүктеме',
  },
  explanation: {
    en: 'The staff records of this person active at the verification date add up to more FTE than the teacher load limit. One person cannot work more than that across all employers; names lent to several staffing lists are a known way to create fictitious teachers.',
    ru: 'Записи о работе этого лица, действующие на дату проверки, в сумме дают больше ставок, чем допустимая нагрузка педагога. Один человек не может работать больше этого у всех работодателей вместе; имена, вписанные в несколько штатных расписаний, — известный способ создать фиктивных педагогов.',
    kk: 'Бұл адамның тексеру күні әрекет ететін жұмыс жазбаларының мөлшерлемелері қосындысы педагогтің рұқсат етілген жүктемесінен асады. Бір адам барлық жұмыс берушілерде бұдан көп жұмыс істей алмайды; бірнеше штатқа енгізілген есімдер — жалған педагогтар жасаудың белгілі тәсілі.',
  },
  amountRule: null,
  subject: 'iin',
  registries: ['staff'],
  parameters: ['teacher_load_limit_fte'],
  sql: ({ asOf, params }) => `
    WITH ${ORGS_CTE},
    active AS (
      SELECT s.*, o.district AS org_district, o.name AS org_name
      FROM staff s LEFT JOIN orgs o ON o.bin = s.org_bin
      WHERE s.iin IS NOT NULL AND ${activeOnSql('s.hired', 's."left"', dateSql(asOf))}),
    heavy AS (
      SELECT iin FROM active GROUP BY iin HAVING round(sum(rate), 6) > ${params.teacher_load_limit_fte}),
    loads AS (
      SELECT iin, round(sum(rate), 6) AS total_rate, bool_or(linked_by_name) AS linked,
             mode(org_district) AS org_district,
             list(json_object('registry', 'staff', 'line', _line, 'org_bin', ${idTextSql('org_bin')}, 'org_name', org_name,
                              'position', position, 'rate', rate, 'hired', hired, 'left', "left",
                              'linked_by_name', linked_by_name) ORDER BY _line) AS rows
      FROM active JOIN heavy USING (iin) GROUP BY iin)
    SELECT ${idTextSql('l.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(p.district, l.org_district) AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           l.linked AS linked_by_name,
           json_object(
             'iin', ${idTextSql('l.iin')}, 'as_of', ${sqlString(asOf)},
             'total_rate', l.total_rate, 'limit_fte', ${params.teacher_load_limit_fte},
             'staff', l.rows,
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM loads l LEFT JOIN check_persons p ON p.iin = l.iin`,
});
