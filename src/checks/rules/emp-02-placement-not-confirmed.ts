import { monthOfSql } from '../sql/active-period';
import { personEvidenceSql } from '../sql/person-facts';
import { monthStart } from '../sql/periods';
import { dateSql, monthLabelSql } from '../sql/sql-fragments';
import { idTextSql } from '../../workspace/id-text';
import { sqlString } from '../../workspace/workspace';
import { defineRule } from '../rule';

/**
 * EMP-02 Placement not confirmed. Employment centres are judged (and subsidise
 * employers) on placements into permanent and social jobs; a placement after which no
 * organisation ever pays contributions for the person is a placement on paper only.
 *
 * Precise reading chosen (checks.md leaves it open): with M the month of as_of, the
 * measure's start month is one of M-12 .. M-3 (both included), and "the 3 months after
 * the start" are the start month and the two following ones; all of them are whole
 * months before M, so the contributions for them are due. Fires when none of the 3
 * months has a contributions row for the person, from any organisation.
 */
const MEASURES = ['permanent_job', 'social_job'] as const;
const CHECK_MONTHS = 3;

export const rule = defineRule({
  id: 'EMP-02',
  version: 1,
  family: 'EMP',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Placement not confirmed',
    ru: 'Трудоустройство не подтверждено',
    kk: 'Жұмысқа орналастыру расталмаған',
  },
  explanation: {
    en: 'The employment centre recorded a placement of this person into a permanent or social job 3 to 12 months ago, but no organisation paid any contribution for them in the month of the start or the two months after it. A real job brings a salary and contributions; placements that exist only in the centre’s report inflate its results and may draw wage subsidies.',
    ru: 'Центр занятости зарегистрировал трудоустройство этого лица на постоянную или социальную работу 3-12 месяцев назад, но ни одна организация не платила за него взносы ни в месяц начала, ни в два следующих месяца. Настоящая работа даёт зарплату и взносы; трудоустройства, существующие только в отчёте центра, завышают его показатели и могут приносить субсидии на зарплату.',
    kk: 'Жұмыспен қамту орталығы бұл адамды 3-12 ай бұрын тұрақты немесе әлеуметтік жұмысқа орналастырғанын тіркеген, бірақ басталған айда да, одан кейінгі екі айда да ешбір ұйым ол үшін жарна төлемеген. Нақты жұмыс жалақы мен жарна әкеледі; тек орталықтың есебінде бар орналастырулар оның көрсеткіштерін көбейтеді және жалақыға субсидия әкелуі мүмкін.',
  },
  amountRule: null,
  subject: 'iin',
  registries: ['employment', 'contributions'],
  parameters: [],
  sql: ({ asOf }) => {
    const firstStart = dateSql(monthStart(asOf, -12));
    const lastStart = dateSql(monthStart(asOf, -3));
    const startMonth = monthOfSql('e.start_date');
    const windowEnd = `(${startMonth} + INTERVAL ${CHECK_MONTHS - 1} MONTH)::DATE`;
    return `
    WITH placements AS (
      SELECT e.*, ${startMonth} AS from_month, ${windowEnd} AS to_month
      FROM employment e
      WHERE e.iin IS NOT NULL AND e.measure IN (${MEASURES.map(sqlString).join(', ')})
        AND ${startMonth} BETWEEN ${firstStart} AND ${lastStart}),
    unconfirmed AS (
      SELECT p.* FROM placements p
      WHERE NOT EXISTS (SELECT 1 FROM contributions c
                        WHERE c.iin = p.iin AND c.period BETWEEN p.from_month AND p.to_month)),
    persons_hit AS (
      SELECT iin, bool_or(linked_by_name) AS linked,
             list(json_object('registry', 'employment', 'line', _line, 'status', status, 'measure', measure,
                              'start_date', start_date, 'end_date', end_date, 'amount_kzt', amount_kzt,
                              'months_checked', ${monthLabelSql('from_month')} || '..' || ${monthLabelSql('to_month')},
                              'linked_by_name', linked_by_name) ORDER BY start_date, _line) AS rows
      FROM unconfirmed GROUP BY iin),
    other_contributions AS (
      SELECT c.iin, list(json_object('registry', 'contributions', 'line', c._line, 'payer_bin', ${idTextSql('c.payer_bin')},
                                     'period', ${monthLabelSql('c.period')}, 'income_kzt', c.income_kzt)
                         ORDER BY c.period, c._line)[1:24] AS rows
      FROM contributions c JOIN persons_hit USING (iin) GROUP BY c.iin)
    SELECT ${idTextSql('x.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           p.district AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           x.linked AS linked_by_name,
           json_object(
             'iin', ${idTextSql('x.iin')}, 'as_of', ${sqlString(asOf)},
             'start_months_checked', ${sqlString(`${monthStart(asOf, -12).slice(0, 7)}..${monthStart(asOf, -3).slice(0, 7)}`)},
             'months_after_start', ${CHECK_MONTHS},
             'rule', 'no contributions row (any payer) in the start month or the 2 months after it',
             'employment', x.rows,
             'contributions_other_months', coalesce(oc.rows, []),
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM persons_hit x
    LEFT JOIN other_contributions oc USING (iin)
    LEFT JOIN check_persons p ON p.iin = x.iin`;
  },
});
