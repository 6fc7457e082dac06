import { defineRule } from '../rule';
import { cappedSql, candidatesSql, keyedSql, planLink, preparedSql } from '../../link/link-sql';
import { agreementJsonSql, gammaColumnsSql, levelsInSql, matchWeightSql } from '../../link/fixed-score-sql';
import { priorParameters } from '../../link/model-parameters';
import type { LinkField } from '../../link/link-fields';

/**
 * REG-03 Probable duplicate person. One person registered twice under two IINs inflates
 * every count and lets benefits, ASP membership and attachments be claimed twice. Two
 * `population` records are flagged when their birth dates are the same (or day and month
 * swapped), both names agree at least as a transliteration, a small typo or a swap of first
 * and last name, and neither the patronymic nor the sex contradicts. Comparison levels,
 * blocking and keys are those of the link engine (src/link), inlined in one SELECT: the rule
 * does not depend on the LNK stage having run.
 */
const FIELDS: readonly LinkField[] = (
  ['last_name', 'first_name', 'middle_name', 'birth_date', 'sex'] as const
).map((name) => ({ kind: 'known', name }));

const NAME_AGREES = (label: string): boolean =>
  label === 'exact' ||
  label === 'transliteration' ||
  label.startsWith('swapped') ||
  label === 'jaro-winkler >= 0.92';

function duplicateSql(): string {
  const plan = planLink(FIELDS);
  const c = plan.comparisons;
  const params = priorParameters(c, 0.5);
  const capped = cappedSql(plan, 'keyed') ?? 'SELECT * FROM keyed';
  // The rule requires an equal or day-and-month-swapped birth date (YYYYMMDD text of a DATE),
  // so every blocking rule joins on that too: the same pairs as the link engine's blocking
  // followed by the birth date condition, without forming the far more numerous others.
  const swappedDate = `left(birth_date, 4) || substr(birth_date, 7, 2) || substr(birth_date, 5, 2)`;
  // The 16 blocking joins read only the row id, the dates and the keys: a narrow projection
  // of the prepared records, so the wide rows are read just for the pairs compared.
  const keyColumns = plan.rules.flatMap((rule, i) => (rule.right ? [`b${i}l`, `b${i}r`] : [`b${i}`]));
  const person = (a: string) =>
    `json_object('iin', ${a}.iin, 'last_name', ${a}.last_name, 'first_name', ${a}.first_name, 'middle_name', ${a}.middle_name, 'birth_date', CAST(${a}.birth_date AS VARCHAR), 'district', ${a}.district, 'line', ${a}._line)`;
  return `WITH prepared AS (${preparedSql(plan, {
    relation: 'population',
    id: 'iin',
    columns: ['last_name', 'first_name', 'middle_name', 'birth_date', 'sex'],
  })}),
  keyed AS (${keyedSql(plan, 'prepared')}),
  blocked AS (SELECT *, ${swappedDate} AS birth_swapped FROM (${capped})),
  block_keys AS (SELECT rid, birth_date, birth_swapped, ${keyColumns.join(', ')} FROM blocked),
  candidates AS (
    ${candidatesSql(plan, 'block_keys', null, 'l.birth_date = r.birth_date')}
    UNION ALL
    ${candidatesSql(plan, 'block_keys', null, 'l.birth_swapped = r.birth_date AND l.birth_date <> r.birth_date')}),
  compared AS (
    SELECT l.id AS a_iin, r.id AS b_iin, ${gammaColumnsSql(c)}
    FROM candidates p JOIN blocked l ON l.rid = p.lid JOIN blocked r ON r.rid = p.rid),
  duplicates AS (
    SELECT greatest(a_iin, b_iin) AS subject, least(a_iin, b_iin) AS other,
      ${matchWeightSql(c, params)} AS match_weight, ${agreementJsonSql(c, params)} AS agreement
    FROM compared
    WHERE ${levelsInSql(c, 'birth_date', (l) => l === 'exact' || l === 'day and month swapped', false)}
      AND ${levelsInSql(c, 'last_name', NAME_AGREES, false)}
      AND ${levelsInSql(c, 'first_name', NAME_AGREES, false)}
      AND ${levelsInSql(c, 'middle_name', (l) => l !== 'different', true)}
      AND ${levelsInSql(c, 'sex', (l) => l === 'exact', true)}
    QUALIFY row_number() OVER (PARTITION BY subject ORDER BY match_weight DESC, other) = 1)
  SELECT d.subject AS subject_id, CAST(NULL AS VARCHAR) AS period, s.district, CAST(NULL AS DOUBLE) AS amount_kzt,
    false AS linked_by_name,
    json_object('persons', json_array(${person('o')}, ${person('s')}), 'agreement', d.agreement,
      'match_weight', round(d.match_weight, 2)) AS evidence
  FROM duplicates d JOIN population s ON s.iin = d.subject JOIN population o ON o.iin = d.other`;
}

export const rule = defineRule({
  id: 'REG-03',
  version: 1,
  family: 'REG',
  nature: 'violation',
  severity: 'medium',
  title: {
    kk: 'Ықтимал қайталанған тұлға',
    ru: 'Вероятный дубликат лица',
    en: 'Probable duplicate person',
  },
  explanation: {
    kk: 'Халық тізілімінде екі ЖСН бір адамға тиесілі сияқты: туған күні бірдей, аты-жөні бірдей немесе басқа әліпбимен/қатемен жазылған. Бір адам екі рет тіркелсе, жәрдемақы мен көмек екі рет алынуы мүмкін.',
    ru: 'Два ИИН в реестре населения, похоже, принадлежат одному человеку: одинаковая дата рождения, совпадающие ФИО (в другой транслитерации или с опечаткой). Двойная регистрация позволяет получать выплаты и помощь дважды.',
    en: 'Two IINs in the population register seem to be one person: the same birth date and the same names (in another script or with a typo). A person registered twice can claim benefits and assistance twice.',
  },
  amountRule: null,
  subject: 'iin (the later of the two, greater string)',
  registries: ['population'],
  parameters: [],
  sql: () => duplicateSql(),
});
