import { ORGS_CTE } from '../sql/person-facts';
import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';

/**
 * HLT-03 Implausible doctor load. A doctor "saw" 1 442 patients in one day: services
 * registered in bulk under a doctor's name without any visit. More than twice the doctor
 * load norm of services (rows of `medical_services`) by one doctor on one day is a lead.
 */
const NORM_FACTOR = 2;

export const rule = defineRule({
  id: 'HLT-03',
  version: 1,
  family: 'HLT',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Implausible doctor load',
    ru: 'Неправдоподобная нагрузка врача',
    kk: 'Дәрігердің сенімсіз жүктемесі',
  },
  explanation: {
    en: 'On this day more services were registered under this doctor than twice the daily load norm. A doctor cannot see that many patients in a working day; in public reporting a doctor "saw" 1 442 patients a day, services written up in bulk and paid without any visit.',
    ru: 'В этот день на этого врача зарегистрировано больше услуг, чем двойная дневная норма нагрузки. Врач не может принять столько пациентов за рабочий день; по открытым данным один врач «принял» 1 442 пациента за день — услуги вносились пачками и оплачивались без приёма.',
    kk: 'Осы күні бұл дәрігердің атына күндік жүктеме нормасының екі еселенген мөлшерінен көп қызмет тіркелген. Дәрігер бір жұмыс күнінде мұнша пациентті қабылдай алмайды; ашық деректер бойынша бір дәрігер күніне 1 442 пациентті «қабылдаған» — қызметтер топтап енгізіліп, қабылдаусыз төленген.',
  },
  amountRule: null,
  subject: 'doctor_iin/YYYY-MM-DD',
  registries: ['medical_services'],
  parameters: ['doctor_load_norm'],
  sql: ({ params }) => `
    WITH ${ORGS_CTE},
    -- Counted first by one hash of doctor and day (a single-key grouping, cheaper than two
    -- columns over every service); the few busy hashes are then counted exactly.
    busy_hashes AS (
      SELECT hash(doctor_iin, service_date) AS day_hash FROM medical_services
      WHERE doctor_iin IS NOT NULL AND service_date IS NOT NULL
      GROUP BY day_hash
      HAVING count(*) > ${NORM_FACTOR} * ${params.doctor_load_norm}),
    busy AS (
      SELECT doctor_iin, service_date FROM medical_services
      WHERE doctor_iin IS NOT NULL AND service_date IS NOT NULL
        AND hash(doctor_iin, service_date) IN (SELECT day_hash FROM busy_hashes)
      GROUP BY doctor_iin, service_date
      HAVING count(*) > ${NORM_FACTOR} * ${params.doctor_load_norm}),
    days AS (
      SELECT s.doctor_iin, s.service_date, count(*) AS services, count(DISTINCT s.iin) AS distinct_patients,
             sum(coalesce(s.paid_kzt, 0)) AS paid_kzt, bool_or(s.linked_by_name) AS linked,
             mode(o.district) AS org_district,
             -- Distinct texts, not numbers: the list keeps the order it had when IDs were text.
             list(DISTINCT ${idTextSql('s.clinic_bin')}) AS clinics,
             list(json_object('registry', 'medical_services', 'line', s._line, 'service_id', s.service_id,
                              'iin', ${idTextSql('s.iin')}, 'clinic_bin', ${idTextSql('s.clinic_bin')}, 'service_code', s.service_code,
                              'paid_kzt', s.paid_kzt) ORDER BY s._line)[1:50] AS sample
      FROM medical_services s JOIN busy b USING (doctor_iin, service_date)
      LEFT JOIN orgs o ON o.bin = s.clinic_bin
      GROUP BY s.doctor_iin, s.service_date)
    SELECT ${idTextSql('d.doctor_iin')} || '/' || strftime(d.service_date, '%Y-%m-%d') AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(p.district, d.org_district) AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           d.linked AS linked_by_name,
           json_object(
             'doctor_iin', ${idTextSql('d.doctor_iin')}, 'doctor_name', p.full_name, 'service_date', d.service_date,
             'services', d.services, 'distinct_patients', d.distinct_patients, 'paid_kzt', d.paid_kzt,
             'doctor_load_norm', ${params.doctor_load_norm}, 'threshold', ${NORM_FACTOR} * ${params.doctor_load_norm},
             'clinics', d.clinics,
             'medical_services_sample', d.sample
           ) AS evidence
    FROM days d
    LEFT JOIN (SELECT * FROM check_persons WHERE iin IN (SELECT doctor_iin FROM busy)) p ON p.iin = d.doctor_iin`,
});
