import { ORGS_CTE, personEvidenceSql } from '../sql/person-facts';
import { lastMonths } from '../sql/periods';
import { dateSql } from '../sql/sql-fragments';
import { idTextSql } from '../../workspace/id-text';
import { sqlString } from '../../workspace/workspace';
import { defineRule } from '../rule';

/**
 * EDU-08 Frequent transfers. Pupils "transferred" 5-12 times a year: the same child is
 * moved between organisations so that each can report (and be paid for) them. Counts the
 * distinct organisations among the child's enrollments starting in the last 12 whole months.
 */
const MIN_ORGANISATIONS = 5;
const WINDOW_MONTHS = 12;

export const rule = defineRule({
  id: 'EDU-08',
  version: 1,
  family: 'EDU',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Frequent transfers',
    ru: 'Частые переводы',
    kk: 'Жиі ауыстырулар',
  },
  explanation: {
    en: 'This child has enrollments at 5 or more different organisations starting within the last 12 whole months. Real families rarely move a child that often; pupils "transferred" 5 to 12 times a year were found in public reporting, each transfer letting another organisation count the child for per-capita funding.',
    ru: 'У ребёнка есть зачисления в 5 или более разных организаций, начавшиеся за последние 12 полных месяцев. Настоящие семьи так часто ребёнка не переводят; ученики, «переведённые» 5-12 раз за год, выявлялись в открытых источниках — каждый перевод позволяет ещё одной организации учесть ребёнка для подушевого финансирования.',
    kk: 'Баланың соңғы 12 толық айда басталған 5 немесе одан көп түрлі ұйымға қабылдауы бар. Нақты отбасылар баланы мұнша жиі ауыстырмайды; жылына 5-12 рет «ауыстырылған» оқушылар ашық дереккөздерде анықталған — әр ауыстыру тағы бір ұйымға баланы жан басына қаржыландыру үшін есептеуге мүмкіндік береді.',
  },
  amountRule: null,
  subject: 'child_iin',
  registries: ['enrollment'],
  parameters: [],
  sql: ({ asOf }) => {
    const window = lastMonths(asOf, WINDOW_MONTHS);
    return `
    WITH ${ORGS_CTE},
    recent AS (
      SELECT e.*, o.name AS org_name, o.district AS org_district
      FROM enrollment e LEFT JOIN orgs o ON o.bin = e.org_bin
      WHERE e.child_iin IS NOT NULL AND e.org_bin IS NOT NULL
        AND e.start_date BETWEEN ${dateSql(window.start)} AND ${dateSql(window.end)}),
    movers AS (
      SELECT child_iin FROM recent GROUP BY child_iin HAVING count(DISTINCT org_bin) >= ${MIN_ORGANISATIONS}),
    children AS (
      SELECT child_iin, count(DISTINCT org_bin) AS organisations, bool_or(linked_by_name) AS linked,
             arg_max(org_district, start_date) AS org_district,
             list(json_object('registry', 'enrollment', 'line', _line, 'org_bin', ${idTextSql('org_bin')}, 'org_name', org_name,
                              'level', level, 'start_date', start_date, 'end_date', end_date,
                              'linked_by_name', linked_by_name) ORDER BY start_date, _line) AS rows
      FROM recent JOIN movers USING (child_iin) GROUP BY child_iin)
    SELECT ${idTextSql('c.child_iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(p.district, c.org_district) AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           c.linked AS linked_by_name,
           json_object(
             'child_iin', ${idTextSql('c.child_iin')}, 'window', ${sqlString(window.label)},
             'distinct_organisations', c.organisations, 'threshold', ${MIN_ORGANISATIONS},
             'enrollment', c.rows,
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM children c LEFT JOIN check_persons p ON p.iin = c.child_iin`;
  },
});
