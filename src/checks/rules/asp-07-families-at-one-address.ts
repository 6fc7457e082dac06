import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';

/**
 * ASP-07 Several families at one address. One household split over several applications
 * at one address, so that each part looks poorer (domain.md, "a family split over several
 * applications at one address"). Lawful cases exist (shared flats), so no amount: a lead
 * for a home visit.
 */
export const rule = defineRule({
  id: 'ASP-07',
  version: 1,
  family: 'ASP',
  nature: 'violation',
  severity: 'low',
  title: {
    en: 'Several families at one address',
    ru: 'Несколько семей по одному адресу',
    kk: 'Бір мекенжайда бірнеше отбасы',
  },
  explanation: {
    en: 'Two or more ASP cases of the same quarter are registered at the same dwelling. Splitting one household into several applications makes each part look poorer; a home visit confirms whether these are really separate families.',
    ru: 'Два и более дела АСП одного квартала зарегистрированы по одному жилищу. Разделение одного домохозяйства на несколько заявлений делает каждую часть «беднее»; обследование на дому покажет, действительно ли это разные семьи.',
    kk: 'Бір тоқсанның екі немесе одан көп АӘК ісі бір тұрғын үйде тіркелген. Бір үй шаруашылығын бірнеше өтінімге бөлу әр бөлікті кедейірек етіп көрсетеді; үйге бару олардың шынымен бөлек отбасы екенін растайды.',
  },
  amountRule: null,
  subject: 'address_id',
  registries: ['asp_cases'],
  parameters: [],
  sql: () => `
    WITH shared AS (
      -- The addresses with two or more cases of a quarter, found before any evidence is built.
      SELECT address_id, quarter_start FROM check_asp_cases
      WHERE address_id IS NOT NULL
      GROUP BY address_id, quarter_start
      HAVING min(case_id) <> max(case_id)
    )
    SELECT f.address_id AS subject_id,
           f.quarter AS period,
           mode(f.district) AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           bool_or(f.linked_by_name) AS linked_by_name,
           json_object(
             'address_id', f.address_id, 'quarter', f.quarter,
             'cases_count', count(DISTINCT f.case_id),
             'cases', list(json_object(
               'case_id', f.case_id, 'applicant_iin', ${idTextSql('f.applicant_iin')}, 'district', f.district, 'kind', f.kind,
               'members_count', f.members, 'paid_kzt', f.paid_kzt, 'asp_cases_line', f._line) ORDER BY f.case_id)
           ) AS evidence
    FROM check_asp_cases f
    SEMI JOIN shared s ON s.address_id = f.address_id AND s.quarter_start = f.quarter_start
    WHERE f.address_id IS NOT NULL
    GROUP BY f.address_id, f.quarter
    HAVING count(DISTINCT f.case_id) >= 2`,
});
