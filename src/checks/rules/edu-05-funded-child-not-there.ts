import { activeMonthsWithinSql, monthOfSql } from '../sql/active-period';
import { ORGS_CTE, personEvidenceSql } from '../sql/person-facts';
import { monthStart } from '../sql/periods';
import { dateSql } from '../sql/sql-fragments';
import { idTextSql } from '../../workspace/id-text';
import { sqlString } from '../../workspace/workspace';
import { defineRule } from '../rule';

/**
 * EDU-05 Funded child who is not there. Children "served" after death: a state-funded
 * place keeps being paid for a child who died or emigrated, or for an IIN that is not a
 * resident at all (a fictitious child). Amount: per-capita payment times the whole months
 * the enrollment is active after the month of the event, up to the month before as_of;
 * for an IIN not in population, the active months within the last 12.
 */
export const rule = defineRule({
  id: 'EDU-05',
  version: 1,
  family: 'EDU',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Funded child who is not there',
    ru: 'Финансируемый ребёнок, которого нет',
    kk: 'Жоқ балаға төленетін қаржы',
  },
  explanation: {
    en: 'A state-funded enrollment of this child is active after the date the population register records the child as dead or emigrated, or the child IIN is not in the population register at all. The organisation keeps receiving the per-capita payment for a child who cannot attend; children "served" after death and fictitious pupils are documented patterns of education fraud.',
    ru: 'Зачисление этого ребёнка по госзаказу действует после даты смерти или выезда по регистру населения, либо ИИН ребёнка вообще отсутствует в регистре населения. Организация продолжает получать подушевое финансирование за ребёнка, который не может посещать занятия; «обслуживание» умерших детей и фиктивные воспитанники — задокументированные схемы в образовании.',
    kk: 'Бұл баланың мемлекеттік тапсырыс бойынша қабылдануы халық тіркелімі бойынша қайтыс болған немесе көшіп кеткен күнінен кейін әрекет етеді, не баланың ЖСН-і халық тіркелімінде мүлдем жоқ. Ұйым бара алмайтын бала үшін жан басына қаржыны ала береді; қайтыс болған балаларға «қызмет көрсету» және жалған тәрбиеленушілер — білім саласындағы құжатталған схемалар.',
  },
  amountRule: {
    en: 'per_capita_kzt times the calendar months in which the enrollment is active after the month of death or emigration, up to the month before as_of; for an IIN not in population, the months it is active within the last 12 whole months. Summed over the child’s enrollments.',
    ru: 'per_capita_kzt, умноженное на число календарных месяцев, в которых зачисление действует после месяца смерти или выезда, до месяца перед датой проверки; для ИИН, отсутствующего в регистре населения, — месяцев действия за последние 12 полных месяцев. Сумма по зачислениям ребёнка.',
    kk: 'per_capita_kzt мәні қабылдау қайтыс болған немесе көшкен айдан кейін тексеру күнінің алдындағы айға дейін әрекет еткен күнтізбелік айлар санына көбейтіледі; халық тіркелімінде жоқ ЖСН үшін — соңғы 12 толық айдағы әрекет еткен айлар. Баланың қабылдаулары бойынша қосынды.',
  },
  subject: 'child_iin',
  registries: ['enrollment', 'population'],
  parameters: [],
  sql: ({ asOf }) => {
    const lastMonth = dateSql(monthStart(asOf, -1));
    const twelveBack = dateSql(monthStart(asOf, -12));
    const afterEvent = `(${monthOfSql('p.gone_date')} + INTERVAL 1 MONTH)::DATE`;
    return `
    WITH ${ORGS_CTE},
    hits AS (
      SELECT e.*, p.iin AS known_iin,
             CASE WHEN p.iin IS NULL THEN 'not_in_population' ELSE p.gone_event END AS reason,
             p.gone_date AS event_date,
             CASE WHEN p.iin IS NULL
                  THEN ${activeMonthsWithinSql('e.start_date', 'e.end_date', twelveBack, lastMonth)}
                  ELSE ${activeMonthsWithinSql('e.start_date', 'e.end_date', afterEvent, lastMonth)} END AS months
      FROM enrollment e LEFT JOIN check_persons p ON p.iin = e.child_iin
      WHERE e.state_funded AND e.child_iin IS NOT NULL
        AND (p.iin IS NULL OR (p.gone_date IS NOT NULL AND (e.end_date IS NULL OR e.end_date > p.gone_date)))),
    children AS (
      SELECT h.child_iin, any_value(h.reason) AS reason, any_value(h.event_date) AS event_date,
             sum(coalesce(h.per_capita_kzt, 0) * h.months) AS amount,
             bool_or(h.linked_by_name) AS linked, arg_max(o.district, h._line) AS org_district,
             list(json_object('registry', 'enrollment', 'line', h._line, 'org_bin', ${idTextSql('h.org_bin')}, 'org_name', o.name,
                              'level', h.level, 'per_capita_kzt', h.per_capita_kzt, 'start_date', h.start_date,
                              'end_date', h.end_date, 'months_counted', h.months,
                              'amount_kzt', coalesce(h.per_capita_kzt, 0) * h.months,
                              'linked_by_name', h.linked_by_name) ORDER BY h._line) AS rows
      FROM hits h LEFT JOIN orgs o ON o.bin = h.org_bin
      GROUP BY h.child_iin)
    SELECT ${idTextSql('c.child_iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(p.district, c.org_district) AS district,
           c.amount::DECIMAL(18,2) AS amount_kzt,
           c.linked AS linked_by_name,
           json_object(
             'child_iin', ${idTextSql('c.child_iin')}, 'as_of', ${sqlString(asOf)},
             'reason', c.reason, 'event_date', c.event_date,
             'months_counted_to', ${sqlString(monthStart(asOf, -1).slice(0, 7))},
             'months_counted_from', CASE WHEN c.reason = 'not_in_population'
                                         THEN ${sqlString(monthStart(asOf, -12).slice(0, 7))}
                                         ELSE strftime(${monthOfSql('c.event_date')} + INTERVAL 1 MONTH, '%Y-%m') END,
             'enrollment', c.rows,
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM children c LEFT JOIN check_persons p ON p.iin = c.child_iin`;
  },
});
