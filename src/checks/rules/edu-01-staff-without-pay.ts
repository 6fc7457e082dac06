import { activeInMonthSql, monthsTableSql } from '../sql/active-period';
import { ORGS_CTE, personEvidenceSql } from '../sql/person-facts';
import { lastMonths, monthStart } from '../sql/periods';
import { dateSql, monthLabelSql } from '../sql/sql-fragments';
import { idTextSql } from '../../workspace/id-text';
import { sqlString } from '../../workspace/workspace';
import { defineRule } from '../rule';

/**
 * EDU-01 Staff without pay. "Dead souls" on payrolls: schools and kindergartens list
 * teachers who never work there (fictitious staff inflates the per-capita and staffing
 * norms the state pays for). A real employee has pension and health contributions paid
 * by the employer every month; a staff record with no contributions from that employer
 * in 3 or more of its active months among the last 6 is a lead.
 */
const MISSING_MONTHS_THRESHOLD = 3;
const WINDOW_MONTHS = 6;

export const rule = defineRule({
  id: 'EDU-01',
  version: 1,
  family: 'EDU',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Staff without pay',
    ru: 'Сотрудник без зарплаты',
    kk: 'Жалақысыз қызметкер',
  },
  explanation: {
    en: 'The organisation lists this person on its staff, but in 3 or more of the months of the last 6 in which the staff record is active, no pension or health contribution was paid for the person by this organisation. Real employees are paid and contributions follow the salary; fictitious teachers and educators kept on the staffing list to draw funding are a known pattern of education fraud.',
    ru: 'Организация числит это лицо в штате, но в 3 или более месяцах из последних 6, когда запись о работе действует, эта организация не платила за него пенсионные взносы и взносы ОСМС. Настоящим работникам платят зарплату, и взносы идут вслед за ней; фиктивные педагоги и воспитатели в штатном расписании ради финансирования — известная схема в образовании.',
    kk: 'Ұйым бұл адамды штатында көрсетеді, бірақ соңғы 6 айдың жұмыс жазбасы әрекет ететін 3 немесе одан көп айында бұл ұйым ол үшін зейнетақы және МӘМС жарналарын төлемеген. Нақты қызметкерлерге жалақы төленеді, жарналар соған ілеседі; қаржы алу үшін штатта ұсталатын жалған мұғалімдер мен тәрбиешілер — білім саласындағы белгілі алаяқтық тәсілі.',
  },
  amountRule: null,
  subject: 'org_bin/iin',
  registries: ['staff', 'contributions'],
  parameters: [],
  sql: ({ asOf }) => {
    const window = lastMonths(asOf, WINDOW_MONTHS);
    const windowFrom = dateSql(window.start);
    const windowTo = dateSql(window.end);
    return `
    WITH ${ORGS_CTE},
    months AS ${monthsTableSql(window.start, monthStart(asOf, -1))},
    s AS (SELECT * FROM staff WHERE iin IS NOT NULL AND org_bin IS NOT NULL),
    active AS (
      SELECT DISTINCT s.org_bin, s.iin, m.month
      FROM s JOIN months m ON ${activeInMonthSql('s.hired', 's."left"', 'm.month')}),
    unpaid AS (
      SELECT a.* FROM active a
      ANTI JOIN (SELECT iin, payer_bin, period FROM contributions
                 WHERE iin IS NOT NULL AND period BETWEEN ${windowFrom} AND ${windowTo}) c
        ON c.iin = a.iin AND c.payer_bin = a.org_bin AND c.period = a.month),
    flagged AS (
      SELECT org_bin, iin FROM unpaid GROUP BY org_bin, iin HAVING count(*) >= ${MISSING_MONTHS_THRESHOLD}),
    -- Month lists are built for the flagged staff records only.
    pairs AS (
      SELECT a.org_bin, a.iin,
             list(${monthLabelSql('a.month')} ORDER BY a.month) AS active_months,
             list(${monthLabelSql('a.month')} ORDER BY a.month) FILTER (WHERE u.month IS NOT NULL) AS unpaid_months,
             count(*) FILTER (WHERE u.month IS NOT NULL) AS unpaid
      FROM active a
      SEMI JOIN flagged f ON f.org_bin = a.org_bin AND f.iin = a.iin
      LEFT JOIN unpaid u ON u.org_bin = a.org_bin AND u.iin = a.iin AND u.month = a.month
      GROUP BY a.org_bin, a.iin),
    staff_rows AS (
      SELECT s.org_bin, s.iin, bool_or(s.linked_by_name) AS linked,
             list(json_object('registry', 'staff', 'line', s._line, 'position', s.position, 'rate', s.rate,
                              'hired', s.hired, 'left', s."left", 'linked_by_name', s.linked_by_name)
                  ORDER BY s._line) AS rows
      FROM s JOIN pairs USING (org_bin, iin) GROUP BY s.org_bin, s.iin),
    contribution_rows AS (
      SELECT c.payer_bin AS org_bin, c.iin, bool_or(c.linked_by_name) AS linked,
             list(json_object('registry', 'contributions', 'line', c._line, 'period', ${monthLabelSql('c.period')},
                              'income_kzt', c.income_kzt, 'linked_by_name', c.linked_by_name)
                  ORDER BY c.period, c._line) AS rows
      FROM contributions c JOIN pairs ON pairs.org_bin = c.payer_bin AND pairs.iin = c.iin
      WHERE c.period BETWEEN ${windowFrom} AND ${windowTo}
      GROUP BY c.payer_bin, c.iin)
    SELECT ${idTextSql('pairs.org_bin')} || '/' || ${idTextSql('pairs.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(o.district, p.district) AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           coalesce(sr.linked, false) OR coalesce(cr.linked, false) AS linked_by_name,
           json_object(
             'org_bin', ${idTextSql('pairs.org_bin')}, 'org_name', o.name, 'iin', ${idTextSql('pairs.iin')},
             'window', ${sqlString(window.label)},
             'active_months', pairs.active_months,
             'months_without_contributions', pairs.unpaid_months,
             'months_without_contributions_count', pairs.unpaid,
             'threshold_months', ${MISSING_MONTHS_THRESHOLD},
             'staff', sr.rows,
             'contributions_from_org', coalesce(cr.rows, []),
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM pairs
    JOIN staff_rows sr USING (org_bin, iin)
    LEFT JOIN contribution_rows cr USING (org_bin, iin)
    LEFT JOIN orgs o ON o.bin = pairs.org_bin
    LEFT JOIN check_persons p ON p.iin = pairs.iin`;
  },
});
