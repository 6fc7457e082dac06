import { povertyLine } from '../../core/params';
import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';
import { currentQuarter, previousQuarter } from '../sql/periods';
import { ageSql, dateSql, livingOnSql, moneyLiteral } from '../sql/sql-fragments';

/**
 * OUT-01 Possibly eligible, not receiving. Outreach, not a violation: "one list" also means
 * finding families with children whose registered income is below the poverty line but
 * who never applied for ASP. The akimat can invite them before the quarter ends.
 */
export const rule = defineRule({
  id: 'OUT-01',
  version: 1,
  family: 'OUT',
  nature: 'outreach',
  severity: 'low',
  title: {
    en: 'Possibly eligible, not receiving',
    ru: 'Возможно имеет право, но не получает',
    kk: 'Құқығы болуы мүмкін, бірақ алмайды',
  },
  explanation: {
    en: 'A household with a child under 18 has a registered income in the previous quarter below the poverty line per member per month, and none of its members is on an ASP case this quarter. This is not a violation: the family may be entitled to targeted social assistance and can be invited to apply.',
    ru: 'У домохозяйства с ребёнком до 18 лет зарегистрированный доход за предыдущий квартал ниже черты бедности на члена семьи в месяц, и никто из его членов не состоит в деле АСП в текущем квартале. Это не нарушение: семья, возможно, имеет право на адресную социальную помощь, её можно пригласить подать заявление.',
    kk: '18 жасқа толмаған баласы бар үй шаруашылығының алдыңғы тоқсандағы тіркелген табысы бір мүшеге айына кедейлік шегінен төмен, ал оның бірде-бір мүшесі ағымдағы тоқсанда АӘК ісінде жоқ. Бұл бұзушылық емес: отбасының атаулы әлеуметтік көмекке құқығы болуы мүмкін, оны өтініш беруге шақыруға болады.',
  },
  amountRule: null,
  subject: 'household_id',
  registries: ['population', 'contributions', 'asp_cases', 'asp_members'],
  parameters: ['poverty_line_share_of_pm'],
  sql: ({ asOf, params }) => {
    const current = currentQuarter(asOf);
    const previous = previousQuarter(asOf);
    // "Per member per month below PL" compared as income < 3 * members * PL in whole tiyn:
    // dividing first makes a family exactly at the line look a hair below it.
    const pl = moneyLiteral(povertyLine(params, Number(current.start.slice(0, 4))));
    return `
    WITH members AS (
      SELECT p.household_id, p.iin, p.district, p.birth_date, p._line FROM population p
      WHERE p.household_id IS NOT NULL AND ${livingOnSql('p', dateSql(asOf))}
    ),
    households AS (
      SELECT household_id, count(*) AS members,
             count(*) FILTER (WHERE ${ageSql('birth_date', dateSql(asOf))} < 18) AS children
      FROM members GROUP BY household_id
    ),
    on_asp AS (
      SELECT DISTINCT m.household_id FROM members m
      JOIN asp_members am ON am.iin = m.iin
      JOIN asp_cases c ON c.case_id = am.case_id AND c.period = ${dateSql(current.start)}
    ),
    -- Income is summed only for households with a child and no ASP case: the others cannot be flagged.
    candidates AS (
      SELECT * FROM households
      WHERE children > 0 AND household_id NOT IN (SELECT household_id FROM on_asp)
    ),
    income AS (
      SELECT m.household_id, sum(c.income_kzt)::DOUBLE AS income
      FROM members m
      SEMI JOIN candidates k ON k.household_id = m.household_id
      JOIN contributions c ON c.iin = m.iin
       AND c.period BETWEEN ${dateSql(previous.start)} AND ${dateSql(previous.end)}
      GROUP BY m.household_id
    ),
    -- The evidence lists (and the district) are built for the flagged households only, not the whole city.
    flagged AS (
      SELECT h.*, i.income FROM candidates h
      LEFT JOIN income i ON i.household_id = h.household_id
      WHERE round(coalesce(i.income, 0), 2) < round(3 * h.members * ${pl}, 2)
    ),
    persons AS (
      SELECT m.household_id, mode(m.district) AS district,
             list(json_object('iin', ${idTextSql('m.iin')}, 'birth_date', m.birth_date, 'age', ${ageSql('m.birth_date', dateSql(asOf))},
                              'population_line', m._line) ORDER BY m.birth_date) AS persons
      FROM members m SEMI JOIN flagged f ON f.household_id = m.household_id
      GROUP BY m.household_id
    ),
    income_rows AS (
      SELECT m.household_id,
             list(json_object('iin', ${idTextSql('c.iin')}, 'month', strftime(c.period, '%Y-%m'), 'payer_bin', ${idTextSql('c.payer_bin')},
                              'income_kzt', c.income_kzt, 'contributions_line', c._line) ORDER BY c.iin, c.period)[1:60] AS rows
      FROM members m JOIN contributions c ON c.iin = m.iin
       AND c.period BETWEEN ${dateSql(previous.start)} AND ${dateSql(previous.end)}
      WHERE m.household_id IN (SELECT household_id FROM flagged)
      GROUP BY m.household_id
    )
    SELECT h.household_id AS subject_id,
           '${current.label}' AS period,
           p.district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           false AS linked_by_name,
           json_object(
             'household_id', h.household_id, 'members', h.members, 'children_under_18', h.children,
             'persons', p.persons[1:30],
             'income_quarter', '${previous.label}',
             'registered_income_kzt', round(coalesce(h.income, 0), 2),
             'income_per_member_month_kzt', round(coalesce(h.income, 0) / h.members / 3, 2),
             'poverty_line_kzt', ${pl}, 'asp_quarter', '${current.label}', 'asp_cases_found', 0,
             'contributions', coalesce(r.rows, [])
           ) AS evidence
    FROM flagged h
    JOIN persons p ON p.household_id = h.household_id
    LEFT JOIN income_rows r ON r.household_id = h.household_id`;
  },
});
