import { ORGS_CTE, personEvidenceSql } from '../sql/person-facts';
import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';

/**
 * EDU-02 Dead or emigrated staff. Fictitious teachers: the staffing list keeps a person
 * who died or left the country, and the salary fund for that post goes elsewhere. Any
 * staff record still active on or after the date of death or emigration is a lead
 * (checks.md, Precise reading: "on or after" for EDU-02).
 */
export const rule = defineRule({
  id: 'EDU-02',
  version: 1,
  family: 'EDU',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Dead or emigrated staff',
    ru: 'Умерший или выбывший сотрудник в штате',
    kk: 'Штаттағы қайтыс болған немесе көшіп кеткен қызметкер',
  },
  explanation: {
    en: 'A staff record of this organisation is still active on or after the date on which the population register records the person as dead or emigrated. A person who is no longer in the country cannot teach; keeping them on the staffing list is a known way to draw salaries and staffing funds for fictitious teachers.',
    ru: 'Запись о работе в этой организации действует в день или после даты смерти или выезда лица по данным регистра населения. Человек, которого нет в стране, не может работать; сохранение его в штатном расписании — известный способ получать зарплату и финансирование за фиктивных педагогов.',
    kk: 'Бұл ұйымдағы жұмыс жазбасы халық тіркелімі бойынша адамның қайтыс болған немесе көшіп кеткен күні не одан кейін әлі де әрекет етеді. Елде жоқ адам жұмыс істей алмайды; оны штатта ұстау — жалған педагогтар үшін жалақы мен қаржы алудың белгілі тәсілі.',
  },
  amountRule: null,
  subject: 'org_bin/iin',
  registries: ['staff', 'population'],
  parameters: [],
  sql: () => `
    WITH ${ORGS_CTE},
    hits AS (
      SELECT s.org_bin, s.iin, bool_or(s.linked_by_name) AS linked,
             list(json_object('registry', 'staff', 'line', s._line, 'position', s.position, 'rate', s.rate,
                              'hired', s.hired, 'left', s."left", 'linked_by_name', s.linked_by_name)
                  ORDER BY s._line) AS rows
      FROM staff s JOIN check_persons p ON p.iin = s.iin
      WHERE s.org_bin IS NOT NULL AND p.gone_date IS NOT NULL
        AND (s."left" IS NULL OR s."left" >= p.gone_date)
      GROUP BY s.org_bin, s.iin)
    SELECT ${idTextSql('h.org_bin')} || '/' || ${idTextSql('h.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(o.district, p.district) AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           h.linked AS linked_by_name,
           json_object(
             'org_bin', ${idTextSql('h.org_bin')}, 'org_name', o.name, 'iin', ${idTextSql('h.iin')},
             'event', p.gone_event, 'event_date', p.gone_date,
             'rule', 'staff record active on or after the event date (no end = still active)',
             'staff', h.rows,
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM hits h
    JOIN check_persons p ON p.iin = h.iin
    LEFT JOIN orgs o ON o.bin = h.org_bin`,
});
