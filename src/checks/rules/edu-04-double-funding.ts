import { monthOfSql, monthsInRangeSql } from '../sql/active-period';
import { ORGS_CTE, personEvidenceSql } from '../sql/person-facts';
import { dateSql, overlapsSql } from '../sql/sql-fragments';
import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';

/**
 * EDU-04 Double funding. Private kindergartens and schools are paid per child on the
 * state order; the same child enrolled with state funding at two organisations at once
 * is paid for twice. The amount is what the later enrollment received for the months
 * the two overlap (calendar months, both ends included).
 */
export const rule = defineRule({
  id: 'EDU-04',
  version: 1,
  family: 'EDU',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Double funding',
    ru: 'Двойное финансирование',
    kk: 'Қос қаржыландыру',
  },
  explanation: {
    en: 'This child has two or more state-funded enrollments that overlap in time. A child attends one kindergarten or school at a time; the per-capita payment of the second enrollment during the overlap pays for a place nobody uses, a pattern behind the fake reports and private organisations excluded from the state order.',
    ru: 'У этого ребёнка два или более зачисления по госзаказу, пересекающихся во времени. Ребёнок ходит в один детский сад или школу одновременно; подушевое финансирование второго зачисления за период пересечения оплачивает место, которым никто не пользуется, — схема, из-за которой частные организации исключали из госзаказа.',
    kk: 'Бұл баланың уақыт бойынша қиылысатын мемлекеттік тапсырыс бойынша екі немесе одан көп қабылдануы бар. Бала бір уақытта бір балабақшаға немесе мектепке барады; қиылысу кезеңіндегі екінші қабылдаудың жан басына қаржыландыруы ешкім пайдаланбайтын орынға төленеді — жекеменшік ұйымдарды мемлекеттік тапсырыстан шығаруға себеп болған схема.',
  },
  amountRule: {
    en: 'For each pair of overlapping state-funded enrollments: per_capita_kzt of the later one (later start date) times the calendar months of the overlap, both ends included; an enrollment without end date counts up to as_of. Summed over the pairs.',
    ru: 'Для каждой пары пересекающихся зачислений по госзаказу: per_capita_kzt более позднего (по дате зачисления), умноженное на число календарных месяцев пересечения, включая оба крайних; зачисление без даты выбытия считается до даты проверки. Сумма по парам.',
    kk: 'Қиылысатын әрбір мемлекеттік тапсырыс бойынша қабылдау жұбы үшін: кейінгісінің (қабылдау күні бойынша) per_capita_kzt мәні қиылысудың күнтізбелік айлар санына (екі шеті қоса) көбейтіледі; шығу күні жоқ қабылдау тексеру күніне дейін есептеледі. Жұптар бойынша қосынды.',
  },
  subject: 'child_iin',
  registries: ['enrollment'],
  parameters: [],
  sql: ({ asOf }) => {
    const asOfDate = dateSql(asOf);
    return `
    WITH ${ORGS_CTE},
    e AS (SELECT * FROM enrollment WHERE state_funded AND child_iin IS NOT NULL),
    pairs AS (
      SELECT a.child_iin, a._line AS earlier_line, b._line AS later_line,
             b.start_date AS overlap_from,
             least(coalesce(a.end_date, ${asOfDate}), coalesce(b.end_date, ${asOfDate})) AS overlap_to,
             coalesce(b.per_capita_kzt, 0) AS per_capita_kzt,
             b.org_bin AS later_org,
             a.linked_by_name OR b.linked_by_name AS linked
      FROM e a JOIN e b
        ON a.child_iin = b.child_iin
       AND (a.start_date < b.start_date OR (a.start_date = b.start_date AND a._line < b._line))
      WHERE ${overlapsSql('a.start_date', 'a.end_date', 'b.start_date', "coalesce(b.end_date, DATE '9999-12-31')")}),
    priced AS (
      SELECT *, ${monthsInRangeSql(monthOfSql('overlap_from'), monthOfSql('overlap_to'))} AS months
      FROM pairs),
    children AS (
      SELECT child_iin, sum(per_capita_kzt * months) AS amount, bool_or(linked) AS linked,
             list(DISTINCT earlier_line) || list(DISTINCT later_line) AS lines,
             arg_max(later_org, later_line) AS later_org,
             list(json_object('earlier_line', earlier_line, 'later_line', later_line,
                              'overlap_from', overlap_from, 'overlap_to', overlap_to, 'months', months,
                              'per_capita_kzt_of_later', per_capita_kzt, 'amount_kzt', per_capita_kzt * months)
                  ORDER BY earlier_line, later_line) AS overlaps
      FROM priced GROUP BY child_iin),
    enrollment_rows AS (
      SELECT c.child_iin,
             list(json_object('registry', 'enrollment', 'line', e._line, 'org_bin', ${idTextSql('e.org_bin')}, 'org_name', o.name,
                              'level', e.level, 'state_funded', e.state_funded, 'per_capita_kzt', e.per_capita_kzt,
                              'start_date', e.start_date, 'end_date', e.end_date, 'linked_by_name', e.linked_by_name)
                  ORDER BY e._line) AS rows
      FROM children c JOIN e ON e.child_iin = c.child_iin AND list_contains(c.lines, e._line)
      LEFT JOIN orgs o ON o.bin = e.org_bin
      GROUP BY c.child_iin)
    SELECT ${idTextSql('c.child_iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(p.district, o.district) AS district,
           c.amount::DECIMAL(18,2) AS amount_kzt,
           c.linked AS linked_by_name,
           json_object(
             'child_iin', ${idTextSql('c.child_iin')}, 'as_of', ${asOfDate},
             'overlaps', c.overlaps,
             'enrollment', r.rows,
             'amount_rule', 'per_capita_kzt of the later enrollment x calendar months of the overlap (both ends included; no end date = as_of)',
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM children c JOIN enrollment_rows r USING (child_iin)
    LEFT JOIN check_persons p ON p.iin = c.child_iin
    LEFT JOIN orgs o ON o.bin = c.later_org`;
  },
});
