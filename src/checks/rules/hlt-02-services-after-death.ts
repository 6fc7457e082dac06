import { ORGS_CTE, personEvidenceSql } from '../sql/person-facts';
import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';

/**
 * HLT-02 Services after death. 3 640 services were billed for 996 dead patients: a
 * service dated after the patient's death was not delivered, and its payment is the
 * money at stake.
 */
export const rule = defineRule({
  id: 'HLT-02',
  version: 1,
  family: 'HLT',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Services after death',
    ru: 'Услуги после смерти',
    kk: 'Қайтыс болғаннан кейінгі қызметтер',
  },
  explanation: {
    en: 'Medical services are registered for this patient on dates after the death date in the population register. A dead patient cannot be seen; in public reporting thousands of services were billed for hundreds of dead patients, each one paid from the health insurance fund.',
    ru: 'Для этого пациента зарегистрированы медицинские услуги с датами после даты смерти по регистру населения. Умершего пациента нельзя принять; по открытым данным тысячи услуг были выставлены за сотни умерших пациентов, и каждая оплачена из фонда медицинского страхования.',
    kk: 'Бұл пациентке халық тіркелімі бойынша қайтыс болған күннен кейінгі күндермен медициналық қызметтер тіркелген. Қайтыс болған пациентті қабылдау мүмкін емес; ашық деректер бойынша жүздеген қайтыс болған пациентке мыңдаған қызмет есептелген, әрқайсысы медициналық сақтандыру қорынан төленген.',
  },
  amountRule: {
    en: 'Sum of paid_kzt of the services dated after the death date.',
    ru: 'Сумма paid_kzt услуг, датированных после даты смерти.',
    kk: 'Қайтыс болған күннен кейінгі күнмен белгіленген қызметтердің paid_kzt қосындысы.',
  },
  subject: 'iin',
  registries: ['medical_services', 'population'],
  parameters: [],
  sql: () => `
    WITH ${ORGS_CTE},
    patients AS (
      SELECT s.iin, sum(coalesce(s.paid_kzt, 0)) AS amount, count(*) AS services,
             bool_or(s.linked_by_name) AS linked, arg_max(o.district, s.service_date) AS org_district,
             list(json_object('registry', 'medical_services', 'line', s._line, 'service_id', s.service_id,
                              'service_date', s.service_date, 'clinic_bin', ${idTextSql('s.clinic_bin')}, 'clinic_name', o.name,
                              'doctor_iin', ${idTextSql('s.doctor_iin')}, 'service_code', s.service_code, 'paid_kzt', s.paid_kzt,
                              'linked_by_name', s.linked_by_name) ORDER BY s.service_date, s._line)[1:100] AS rows
      FROM medical_services s JOIN check_persons p ON p.iin = s.iin
      LEFT JOIN orgs o ON o.bin = s.clinic_bin
      WHERE p.death_date IS NOT NULL AND s.service_date > p.death_date
      GROUP BY s.iin)
    SELECT ${idTextSql('x.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(p.district, x.org_district) AS district,
           x.amount::DECIMAL(18,2) AS amount_kzt,
           x.linked AS linked_by_name,
           json_object(
             'iin', ${idTextSql('x.iin')}, 'death_date', p.death_date,
             'services_after_death', x.services, 'paid_kzt_total', x.amount,
             'medical_services', x.rows,
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM patients x JOIN check_persons p ON p.iin = x.iin`,
});
