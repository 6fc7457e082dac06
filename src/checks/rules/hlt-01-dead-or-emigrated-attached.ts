import { activeMonthsWithinSql, monthOfSql } from '../sql/active-period';
import { ORGS_CTE, personEvidenceSql } from '../sql/person-facts';
import { monthStart } from '../sql/periods';
import { dateSql } from '../sql/sql-fragments';
import { idTextSql } from '../../workspace/id-text';
import { sqlString } from '../../workspace/workspace';
import { defineRule } from '../rule';

/**
 * HLT-01 Dead or emigrated person attached. Polyclinics are paid a capitation for every
 * attached person every month; keeping the dead and the emigrated on the attachment list
 * (a clinic attached 16 000 people without consent) pays for patients who do not exist.
 * Amount: capitation times the months the attachment is active after the month of the
 * event, up to the month before as_of, at most the last 12.
 */
export const rule = defineRule({
  id: 'HLT-01',
  version: 1,
  family: 'HLT',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Dead or emigrated person attached',
    ru: 'Прикреплён умерший или выбывший',
    kk: 'Қайтыс болған немесе көшіп кеткен адам тіркеулі',
  },
  explanation: {
    en: 'This person is still attached to a polyclinic after the date the population register records their death or emigration. The clinic receives a per-capita payment for every attached person each month, so an attachment that outlives its patient pays for care nobody can receive; inflated attachment lists are a documented abuse.',
    ru: 'Лицо остаётся прикреплённым к поликлинике после даты смерти или выезда по регистру населения. Поликлиника ежемесячно получает подушевой норматив за каждого прикреплённого, поэтому прикрепление, пережившее пациента, оплачивает помощь, которую никто не может получить; раздутые списки прикреплённых — задокументированное нарушение.',
    kk: 'Бұл адам халық тіркелімі бойынша қайтыс болған немесе көшіп кеткен күннен кейін де емханаға тіркеулі. Емхана әр тіркелген адам үшін ай сайын жан басына норматив алады, сондықтан пациенттен ұзақ «өмір сүрген» тіркеу ешкім ала алмайтын көмекке ақы төлейді; көбейтілген тіркеу тізімдері — құжатталған бұзушылық.',
  },
  amountRule: {
    en: 'PHC capitation per month times the calendar months in which the attachment is active after the month of death or emigration, up to the month before as_of and at most the last 12 months; summed over the person’s attachments.',
    ru: 'Подушевой норматив ПМСП в месяц, умноженный на число календарных месяцев, в которых прикрепление действует после месяца смерти или выезда, до месяца перед датой проверки и не более последних 12 месяцев; сумма по прикреплениям лица.',
    kk: 'МСАК жан басына айлық нормативі тіркеу қайтыс болған немесе көшкен айдан кейін тексеру күнінің алдындағы айға дейін әрекет еткен күнтізбелік айлар санына көбейтіледі, ең көбі соңғы 12 ай; адамның тіркеулері бойынша қосынды.',
  },
  subject: 'iin',
  registries: ['phc_attachment', 'population'],
  parameters: ['phc_capitation_kzt'],
  sql: ({ asOf, params }) => {
    const lastMonth = dateSql(monthStart(asOf, -1));
    const from = `greatest((${monthOfSql('p.gone_date')} + INTERVAL 1 MONTH)::DATE, ${dateSql(monthStart(asOf, -12))})`;
    return `
    WITH ${ORGS_CTE},
    hits AS (
      SELECT a.*, ${activeMonthsWithinSql('a.attached_since', 'a.detached_on', from, lastMonth)} AS months
      FROM phc_attachment a JOIN check_persons p ON p.iin = a.iin
      WHERE p.gone_date IS NOT NULL AND (a.detached_on IS NULL OR a.detached_on > p.gone_date)),
    persons_hit AS (
      SELECT h.iin, sum(h.months) AS months, bool_or(h.linked_by_name) AS linked,
             arg_max(o.district, h._line) AS org_district,
             list(json_object('registry', 'phc_attachment', 'line', h._line, 'clinic_bin', ${idTextSql('h.clinic_bin')},
                              'clinic_name', o.name, 'attached_since', h.attached_since, 'detached_on', h.detached_on,
                              'months_counted', h.months, 'linked_by_name', h.linked_by_name) ORDER BY h._line) AS rows
      FROM hits h LEFT JOIN orgs o ON o.bin = h.clinic_bin
      GROUP BY h.iin)
    SELECT ${idTextSql('x.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(p.district, x.org_district) AS district,
           round(${params.phc_capitation_kzt} * x.months, 2)::DECIMAL(18,2) AS amount_kzt,
           x.linked AS linked_by_name,
           json_object(
             'iin', ${idTextSql('x.iin')}, 'as_of', ${sqlString(asOf)},
             'event', p.gone_event, 'event_date', p.gone_date,
             'months_counted', x.months, 'capitation_kzt', ${params.phc_capitation_kzt},
             'months_window', strftime(${from}, '%Y-%m') || '..' || ${sqlString(monthStart(asOf, -1).slice(0, 7))},
             'phc_attachment', x.rows,
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM persons_hit x JOIN check_persons p ON p.iin = x.iin`;
  },
});
