import { activeInMonthSql, monthsTableSql } from '../sql/active-period';
import { personEvidenceSql } from '../sql/person-facts';
import { lastMonths, monthStart } from '../sql/periods';
import { monthLabelSql } from '../sql/sql-fragments';
import { idTextSql } from '../../workspace/id-text';
import { sqlString } from '../../workspace/workspace';
import { defineRule } from '../rule';

/**
 * EMP-01 Registered unemployed with a salary. Employment centres and the state revenue
 * committee "each keep their own list": a person registered as unemployed (and so paid
 * benefits, insured by the state, counted as unemployed) while an organisation pays
 * contributions on their income in the same month. Any contributions row counts as
 * "from an employer" (checks.md, Precise reading). Last 6 whole months.
 */
const WINDOW_MONTHS = 6;

export const rule = defineRule({
  id: 'EMP-01',
  version: 1,
  family: 'EMP',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Registered unemployed with a salary',
    ru: 'Зарегистрированный безработный с зарплатой',
    kk: 'Жалақысы бар тіркелген жұмыссыз',
  },
  explanation: {
    en: 'In one or more of the last 6 months this person was registered as unemployed at an employment centre while an organisation paid pension or health contributions on their income for the same month. The registered-unemployed status brings state-paid health insurance and support measures; the employment centre and the revenue committee keeping different lists is exactly the "everyone has their own list" problem.',
    ru: 'В одном или нескольких из последних 6 месяцев лицо состояло на учёте в центре занятости как безработный, а организация в тот же месяц платила с его дохода пенсионные взносы или взносы ОСМС. Статус безработного даёт страхование за счёт государства и меры поддержки; разные списки у центра занятости и органов госдоходов — та самая проблема «у каждого свой список».',
    kk: 'Соңғы 6 айдың бір немесе бірнешеуінде бұл адам жұмыспен қамту орталығында жұмыссыз ретінде тіркеуде тұрған, ал сол айда ұйым оның табысынан зейнетақы немесе МӘМС жарналарын төлеген. Жұмыссыз мәртебесі мемлекет есебінен сақтандыру мен қолдау шараларын береді; жұмыспен қамту орталығы мен мемлекеттік кірістер органдарының әртүрлі тізімдері — дәл сол «әркімнің өз тізімі бар» мәселесі.',
  },
  amountRule: null,
  subject: 'iin',
  registries: ['employment', 'contributions'],
  parameters: [],
  sql: ({ asOf }) => {
    const window = lastMonths(asOf, WINDOW_MONTHS);
    return `
    WITH months AS ${monthsTableSql(window.start, monthStart(asOf, -1))},
    unemployed AS (SELECT * FROM employment WHERE status = 'unemployed' AND iin IS NOT NULL),
    overlap AS (
      SELECT DISTINCT u.iin, m.month
      FROM unemployed u JOIN months m ON ${activeInMonthSql('u.start_date', 'u.end_date', 'm.month')}
      WHERE EXISTS (SELECT 1 FROM contributions c WHERE c.iin = u.iin AND c.period = m.month)),
    persons_hit AS (
      SELECT iin, list(${monthLabelSql('month')} ORDER BY month) AS months FROM overlap GROUP BY iin),
    employment_rows AS (
      SELECT u.iin, bool_or(u.linked_by_name) AS linked,
             list(json_object('registry', 'employment', 'line', u._line, 'status', u.status, 'measure', u.measure,
                              'start_date', u.start_date, 'end_date', u.end_date,
                              'linked_by_name', u.linked_by_name) ORDER BY u._line) AS rows
      FROM unemployed u JOIN persons_hit USING (iin) GROUP BY u.iin),
    contribution_rows AS (
      SELECT c.iin, bool_or(c.linked_by_name) AS linked,
             list(json_object('registry', 'contributions', 'line', c._line, 'payer_bin', ${idTextSql('c.payer_bin')},
                              'period', ${monthLabelSql('c.period')}, 'income_kzt', c.income_kzt,
                              'linked_by_name', c.linked_by_name) ORDER BY c.period, c._line) AS rows
      FROM contributions c JOIN overlap o ON o.iin = c.iin AND o.month = c.period
      GROUP BY c.iin)
    SELECT ${idTextSql('x.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           p.district AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           er.linked OR cr.linked AS linked_by_name,
           json_object(
             'iin', ${idTextSql('x.iin')}, 'window', ${sqlString(window.label)},
             'months_unemployed_and_paid', x.months,
             'employment', er.rows,
             'contributions', cr.rows,
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM persons_hit x
    JOIN employment_rows er USING (iin)
    JOIN contribution_rows cr USING (iin)
    LEFT JOIN check_persons p ON p.iin = x.iin`;
  },
});
