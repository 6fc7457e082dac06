import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';

/**
 * ASP-04 Member of two families. A person counted in two ASP families of the same quarter
 * is paid for twice: the known pattern of splitting or duplicating families across
 * applications (domain.md, "a person in two families").
 */
export const rule = defineRule({
  id: 'ASP-04',
  version: 1,
  family: 'ASP',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Member of two families',
    ru: 'Член двух семей',
    kk: 'Екі отбасының мүшесі',
  },
  explanation: {
    en: 'The same person is a member of two or more ASP families in one quarter. A person can belong to one family only; being counted twice raises both payments and usually means a family was split or duplicated across applications.',
    ru: 'Одно и то же лицо входит в состав двух и более семей, получающих АСП, в одном квартале. Человек может состоять только в одной семье; двойной учёт увеличивает обе выплаты и обычно означает, что семью разделили или продублировали в заявлениях.',
    kk: 'Бір адам бір тоқсанда АӘК алатын екі немесе одан көп отбасының құрамында. Адам тек бір отбасында бола алады; қос есеп екі төлемді де арттырады және әдетте отбасы өтінімдерде бөлінгенін не қайталанғанын білдіреді.',
  },
  amountRule: {
    en: 'The smallest per-member share (paid_kzt / members_count) among the cases of the quarter.',
    ru: 'Наименьшая доля на члена семьи (paid_kzt / members_count) среди дел квартала.',
    kk: 'Тоқсан істері арасындағы бір мүшеге келетін ең аз үлес (paid_kzt / members_count).',
  },
  subject: 'iin',
  registries: ['asp_cases', 'asp_members'],
  parameters: [],
  sql: () => `
    WITH shared AS (
      -- The members in two or more cases of a quarter, found before any evidence is built.
      SELECT m.iin, f.quarter_start
      FROM check_asp_members m JOIN check_asp_cases f ON f.case_id = m.case_id
      WHERE f.members > 0
      GROUP BY m.iin, f.quarter_start
      HAVING min(f.case_id) <> max(f.case_id)
    )
    SELECT ${idTextSql('m.iin')} AS subject_id,
           f.quarter AS period,
           arg_min(f.district, f.paid_kzt / f.members) AS district,
           min(f.paid_kzt / f.members) AS amount_kzt,
           bool_or(m.linked_by_name) AS linked_by_name,
           json_object(
             'iin', ${idTextSql('m.iin')}, 'quarter', f.quarter,
             'cases_count', count(DISTINCT f.case_id),
             'cases', list(json_object(
               'case_id', f.case_id, 'district', f.district, 'address_id', f.address_id,
               'asp_cases_line', f._line, 'asp_members_line', m._line, 'relation', m.relation,
               'paid_kzt', f.paid_kzt, 'members_count', f.members,
               'member_share_kzt', round(f.paid_kzt / f.members, 2)) ORDER BY f.case_id)
           ) AS evidence
    FROM check_asp_members m
    JOIN check_asp_cases f ON f.case_id = m.case_id
    SEMI JOIN shared s ON s.iin = m.iin AND s.quarter_start = f.quarter_start
    WHERE f.members > 0
    GROUP BY m.iin, f.quarter
    HAVING count(DISTINCT f.case_id) >= 2`,
});
