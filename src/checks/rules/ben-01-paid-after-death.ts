import { idTextSql } from '../../workspace/id-text';
import { monthOfSql } from '../sql/active-period';
import { personEvidenceSql } from '../sql/person-facts';
import { monthLabelSql } from '../sql/sql-fragments';
import { defineRule } from '../rule';

/**
 * BEN-01 Paid after death or emigration. The social map keeps paying benefits to people
 * who died or left the country (the same pattern as dead members counted in ASP).
 * A payment for a month after the month of the event is money paid without grounds.
 */
export const rule = defineRule({
  id: 'BEN-01',
  version: 1,
  family: 'BEN',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Paid after death or emigration',
    ru: 'Выплата после смерти или выезда',
    kk: 'Қайтыс болғаннан немесе көшкеннен кейінгі төлем',
  },
  explanation: {
    en: 'Benefits were paid to this person for months after the month in which the population register records their death or emigration. Nobody is entitled to a benefit for a month they no longer live in the country; such payments are made without grounds and are to be recovered.',
    ru: 'Этому лицу выплачены пособия за месяцы после месяца смерти или выезда по регистру населения. За месяц, когда человека уже нет в стране, права на пособие нет; такие выплаты произведены без оснований и подлежат возврату.',
    kk: 'Бұл адамға халық тіркелімі бойынша қайтыс болған немесе көшкен айдан кейінгі айлар үшін жәрдемақы төленген. Адам елде жоқ ай үшін жәрдемақыға құқық жоқ; мұндай төлемдер негізсіз жүргізілген және қайтарылуға тиіс.',
  },
  amountRule: {
    en: 'Sum of amount_kzt of the benefit payments for months after the month of death or emigration.',
    ru: 'Сумма amount_kzt выплат за месяцы после месяца смерти или выезда.',
    kk: 'Қайтыс болған немесе көшкен айдан кейінгі айларға төлемдердің amount_kzt қосындысы.',
  },
  subject: 'iin',
  registries: ['benefits', 'population'],
  parameters: [],
  sql: () => `
    WITH paid AS (
      SELECT b.iin, sum(b.amount_kzt) AS amount, count(*) AS payments, bool_or(b.linked_by_name) AS linked,
             mode(b.district) AS benefit_district,
             list(json_object('registry', 'benefits', 'line', b._line, 'program', b.program,
                              'period', ${monthLabelSql('b.period')}, 'amount_kzt', b.amount_kzt,
                              'linked_by_name', b.linked_by_name) ORDER BY b.period, b._line) AS rows
      FROM benefits b JOIN check_persons p ON p.iin = b.iin
      WHERE p.gone_date IS NOT NULL AND b.period > ${monthOfSql('p.gone_date')}
      GROUP BY b.iin)
    SELECT ${idTextSql('x.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(p.district, x.benefit_district) AS district,
           x.amount::DECIMAL(18,2) AS amount_kzt,
           x.linked AS linked_by_name,
           json_object(
             'iin', ${idTextSql('x.iin')}, 'event', p.gone_event, 'event_date', p.gone_date,
             'months_from', strftime(${monthOfSql('p.gone_date')} + INTERVAL 1 MONTH, '%Y-%m'),
             'payments', x.payments, 'amount_kzt_total', x.amount,
             'benefits', x.rows,
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM paid x JOIN check_persons p ON p.iin = x.iin`,
});
