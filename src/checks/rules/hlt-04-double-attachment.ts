import { ORGS_CTE, personEvidenceSql } from '../sql/person-facts';
import { activeOnSql, dateSql } from '../sql/sql-fragments';
import { idTextSql } from '../../workspace/id-text';
import { sqlString } from '../../workspace/workspace';
import { defineRule } from '../rule';

/**
 * HLT-04 Double attachment. A person may be attached to one polyclinic only, and each
 * attachment is paid a capitation: two attachments active at once mean one clinic is
 * paid for a patient it does not serve (attachment without consent).
 */
export const rule = defineRule({
  id: 'HLT-04',
  version: 1,
  family: 'HLT',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Double attachment',
    ru: 'Двойное прикрепление',
    kk: 'Қос тіркеу',
  },
  explanation: {
    en: 'This person has two or more polyclinic attachments active at the verification date. The law allows one primary care attachment per person and each is paid per capita, so one of them pays a clinic for a patient it does not serve; attaching people without their consent is a documented abuse.',
    ru: 'У этого лица два или более прикрепления к поликлиникам, действующих на дату проверки. Закон допускает одно прикрепление к ПМСП, и каждое оплачивается подушево, поэтому одно из них оплачивает поликлинике пациента, которого она не обслуживает; прикрепление без согласия — задокументированное нарушение.',
    kk: 'Бұл адамның тексеру күні әрекет ететін екі немесе одан көп емханаға тіркеуі бар. Заң бір адамға бір МСАК тіркеуін рұқсат етеді және әрқайсысы жан басына төленеді, сондықтан біреуі емханаға ол қызмет көрсетпейтін пациент үшін төлейді; келісімсіз тіркеу — құжатталған бұзушылық.',
  },
  amountRule: null,
  subject: 'iin',
  registries: ['phc_attachment'],
  parameters: [],
  sql: ({ asOf }) => `
    WITH ${ORGS_CTE},
    -- The doubles are found on the IIN column alone; the attachment rows are read for them only.
    doubles AS (
      SELECT iin FROM phc_attachment
      WHERE iin IS NOT NULL AND ${activeOnSql('attached_since', 'detached_on', dateSql(asOf))}
      GROUP BY iin HAVING count(*) >= 2),
    current_attachments AS (
      SELECT a.* FROM phc_attachment a SEMI JOIN doubles d ON d.iin = a.iin
      WHERE ${activeOnSql('a.attached_since', 'a.detached_on', dateSql(asOf))}),
    active AS (
      SELECT a.iin, count(*) AS attachments, bool_or(a.linked_by_name) AS linked,
             arg_max(o.district, a.attached_since) AS org_district,
             list(json_object('registry', 'phc_attachment', 'line', a._line, 'clinic_bin', ${idTextSql('a.clinic_bin')},
                              'clinic_name', o.name, 'attached_since', a.attached_since, 'detached_on', a.detached_on,
                              'linked_by_name', a.linked_by_name) ORDER BY a.attached_since, a._line) AS rows
      FROM current_attachments a LEFT JOIN orgs o ON o.bin = a.clinic_bin
      GROUP BY a.iin)
    SELECT ${idTextSql('x.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           coalesce(p.district, x.org_district) AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           x.linked AS linked_by_name,
           json_object(
             'iin', ${idTextSql('x.iin')}, 'as_of', ${sqlString(asOf)}, 'active_attachments', x.attachments,
             'phc_attachment', x.rows,
             'population', ${personEvidenceSql('p')}
           ) AS evidence
    FROM active x LEFT JOIN check_persons p ON p.iin = x.iin`,
});
