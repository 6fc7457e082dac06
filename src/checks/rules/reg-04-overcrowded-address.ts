import { defineRule } from '../rule';
import { idTextSql } from '../../workspace/id-text';
import { sqlString } from '../../workspace/workspace';

/**
 * REG-04 Overcrowded address. Fictitious registration: dozens of people "living" in one
 * flat so that they can be counted for benefits, attachments or school places. The
 * register keeps them there long after they left; a dwelling with more than the
 * threshold of living residents is a lead for a door-to-door check.
 */
export const rule = defineRule({
  id: 'REG-04',
  version: 1,
  family: 'REG',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Overcrowded address',
    ru: 'Перенаселённый адрес',
    kk: 'Тым көп тіркелген мекенжай',
  },
  explanation: {
    en: 'More living persons are registered at one dwelling than the threshold allows. Mass registration at one address is a known way to create fictitious residents who are then counted for benefits, clinic attachment or school places.',
    ru: 'По одному адресу зарегистрировано больше живых лиц, чем допускает порог. Массовая регистрация по одному адресу — известный способ создать фиктивных жителей, которых затем учитывают в пособиях, прикреплении к поликлинике или местах в школах.',
    kk: 'Бір тұрғын үйде шекті мөлшерден көп тірі адам тіркелген. Бір мекенжайға жаппай тіркеу — жәрдемақыға, емханаға тіркеуге немесе мектептегі орындарға есептелетін жалған тұрғындарды жасаудың белгілі тәсілі.',
  },
  amountRule: null,
  subject: 'address_id',
  registries: ['population'],
  parameters: ['overcrowded_address_persons'],
  sql: ({ asOf, params }) => {
    const living = `(death_date IS NULL OR death_date > DATE ${sqlString(asOf)})
      AND (emigration_date IS NULL OR emigration_date > DATE ${sqlString(asOf)})`;
    // The crowded addresses are counted first; the list of residents is built for them only.
    return `
    WITH crowded AS (
      SELECT address_id FROM population WHERE ${living}
      GROUP BY address_id HAVING count(*) > ${params.overcrowded_address_persons}
    )
    SELECT address_id AS subject_id,
           NULL::VARCHAR AS period,
           mode(district) AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           false AS linked_by_name,
           json_object(
             'address_id', address_id,
             'living_persons', count(*),
             'threshold', ${params.overcrowded_address_persons},
             'persons', list(json_object('iin', ${idTextSql('iin')}, 'name', concat_ws(' ', last_name, first_name, middle_name),
                                         'birth_date', birth_date, 'line', _line) ORDER BY iin)[1:50]
           ) AS evidence
    FROM population l
    SEMI JOIN crowded c ON c.address_id IS NOT DISTINCT FROM l.address_id
    WHERE ${living}
    GROUP BY address_id`;
  },
});
