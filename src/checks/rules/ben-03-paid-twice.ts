import { idTextSql } from '../../workspace/id-text';
import { personEvidenceSql } from '../sql/person-facts';
import { monthLabelSql } from '../sql/sql-fragments';
import { defineRule } from '../rule';

/**
 * BEN-03 Paid twice. The same benefit paid two or more times to one person for one
 * month: a duplicate payment order or a second application under another district.
 * Every payment but the largest is money paid without grounds. One finding per IIN,
 * program and month (the period is the month).
 */
export const rule = defineRule({
  id: 'BEN-03',
  version: 2,
  family: 'BEN',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Paid twice',
    ru: 'Двойная выплата',
    kk: 'Екі рет төлем',
  },
  explanation: {
    en: 'The same benefit program paid this person two or more times for the same month. A benefit is due once per month; the extra payments come from duplicate payment orders or from parallel applications in different districts, and are to be recovered.',
    ru: 'По одной программе этому лицу выплачено два или более раз за один и тот же месяц. Пособие положено один раз в месяц; лишние выплаты возникают из-за дублирующих платёжных поручений или параллельных заявлений в разных районах и подлежат возврату.',
    kk: 'Бір бағдарлама бойынша бұл адамға бір ай үшін екі немесе одан көп рет төленген. Жәрдемақы айына бір рет тиесілі; артық төлемдер қайталанған төлем тапсырмаларынан немесе әртүрлі аудандардағы қатар өтініштерден туындайды және қайтарылуға тиіс.',
  },
  amountRule: {
    en: 'Sum of the payments of that program and month minus the largest one.',
    ru: 'Сумма выплат по этой программе за этот месяц за вычетом наибольшей.',
    kk: 'Осы бағдарлама мен ай бойынша төлемдер қосындысынан ең үлкенін шегергендегі сома.',
  },
  subject: 'iin',
  idEvidenceKey: 'program',
  registries: ['benefits'],
  parameters: [],
  sql: () => `
    -- Counted first by one hash of IIN, program and month (a single-key grouping, cheaper
    -- than three columns over every payment); the few repeated hashes are then counted exactly.
    WITH dup_hashes AS (
      SELECT hash(iin, program, period) AS payment_hash FROM benefits WHERE iin IS NOT NULL
      GROUP BY payment_hash HAVING count(*) >= 2),
    dup_keys AS (
      SELECT iin, program, period FROM benefits
      WHERE iin IS NOT NULL AND hash(iin, program, period) IN (SELECT payment_hash FROM dup_hashes)
      GROUP BY iin, program, period HAVING count(*) >= 2),
    dupes AS (
      SELECT iin, program, period, count(*) AS payments, sum(amount_kzt) AS total, max(amount_kzt) AS largest,
             bool_or(linked_by_name) AS linked, mode(district) AS benefit_district,
             list(json_object('registry', 'benefits', 'line', _line, 'amount_kzt', amount_kzt, 'district', district,
                              'linked_by_name', linked_by_name) ORDER BY _line) AS rows
      FROM benefits JOIN dup_keys USING (iin, program, period)
      GROUP BY iin, program, period)
    SELECT ${idTextSql('x.iin')} AS subject_id,
           ${monthLabelSql('x.period')} AS period,
           coalesce(p.district, x.benefit_district) AS district,
           (x.total - x.largest)::DECIMAL(18,2) AS amount_kzt,
           x.linked AS linked_by_name,
           json_object(
             'iin', ${idTextSql('x.iin')}, 'program', x.program, 'month', ${monthLabelSql('x.period')},
             'payments', x.payments, 'total_kzt', x.total, 'largest_kzt', x.largest,
             'benefits', x.rows,
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM dupes x LEFT JOIN check_persons p ON p.iin = x.iin`,
});
