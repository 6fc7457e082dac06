import { idTextSql } from '../../workspace/id-text';
import { activeInMonthSql } from '../sql/active-period';
import { personEvidenceSql } from '../sql/person-facts';
import { monthLabelSql } from '../sql/sql-fragments';
import { defineRule } from '../rule';

/**
 * BEN-02 Disability payment without disability. A disability benefit requires a
 * disability established by the disability database for the month paid; a payment for a
 * month with no active disability record (never established, or expired and not
 * re-certified) is paid without grounds.
 */
export const rule = defineRule({
  id: 'BEN-02',
  version: 1,
  family: 'BEN',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Disability payment without disability',
    ru: 'Выплата по инвалидности без инвалидности',
    kk: 'Мүгедектіксіз мүгедектік төлемі',
  },
  explanation: {
    en: 'A disability benefit was paid to this person for months in which the disability database has no active disability record for them. The benefit is due only while a disability is established; payments for other months were made without grounds, for example after a disability expired and was not re-certified.',
    ru: 'Этому лицу выплачено пособие по инвалидности за месяцы, в которые в базе инвалидности нет действующей записи об инвалидности. Пособие положено только пока инвалидность установлена; выплаты за другие месяцы произведены без оснований, например после окончания срока инвалидности без переосвидетельствования.',
    kk: 'Бұл адамға мүгедектік базасында белсенді мүгедектік жазбасы жоқ айлар үшін мүгедектік жәрдемақысы төленген. Жәрдемақы мүгедектік белгіленген кезде ғана тиесілі; басқа айлардағы төлемдер негізсіз жүргізілген, мысалы мүгедектік мерзімі біткеннен кейін қайта куәландырусыз.',
  },
  amountRule: {
    en: 'Sum of amount_kzt of the disability_benefit payments for months with no active disability record.',
    ru: 'Сумма amount_kzt выплат disability_benefit за месяцы без действующей записи об инвалидности.',
    kk: 'Белсенді мүгедектік жазбасы жоқ айлардағы disability_benefit төлемдерінің amount_kzt қосындысы.',
  },
  subject: 'iin',
  registries: ['benefits', 'disability'],
  parameters: [],
  sql: () => `
    WITH unsupported AS (
      SELECT b.* FROM benefits b
      WHERE b.program = 'disability_benefit' AND b.iin IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM disability d
                        WHERE d.iin = b.iin AND ${activeInMonthSql('d.since', 'd.until', 'b.period')})),
    paid AS (
      SELECT iin, sum(amount_kzt) AS amount, bool_or(linked_by_name) AS linked, mode(district) AS benefit_district,
             list(json_object('registry', 'benefits', 'line', _line, 'program', program,
                              'period', ${monthLabelSql('period')}, 'amount_kzt', amount_kzt,
                              'linked_by_name', linked_by_name) ORDER BY period, _line) AS rows
      FROM unsupported GROUP BY iin),
    disability_rows AS (
      SELECT d.iin, bool_or(d.linked_by_name) AS linked,
             list(json_object('registry', 'disability', 'line', d._line, 'group', d."group", 'since', d.since,
                              'until', d.until) ORDER BY d.since, d._line) AS rows
      FROM disability d JOIN paid USING (iin) GROUP BY d.iin)
    SELECT ${idTextSql('x.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(p.district, x.benefit_district) AS district,
           x.amount::DECIMAL(18,2) AS amount_kzt,
           x.linked OR coalesce(dr.linked, false) AS linked_by_name,
           json_object(
             'iin', ${idTextSql('x.iin')},
             'rule', 'disability_benefit paid for a month with no disability record active on any day of it',
             'benefits_without_disability', x.rows,
             'disability', coalesce(dr.rows, []),
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM paid x
    LEFT JOIN disability_rows dr USING (iin)
    LEFT JOIN check_persons p ON p.iin = x.iin`,
});
