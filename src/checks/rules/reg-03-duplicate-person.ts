import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';
import { planLink, preparedSql } from '../../link/link-sql';
import { agreementJsonSql, gammaColumnsSql, levelsInSql, matchWeightSql } from '../../link/fixed-score-sql';
import { priorParameters } from '../../link/model-parameters';
import type { LinkField } from '../../link/link-fields';

/**
 * REG-03 Probable duplicate person. One person registered twice under two IINs inflates
 * every count and lets benefits, ASP membership and attachments be claimed twice. Two
 * `population` records are flagged when their birth dates are the same (or day and month
 * swapped), both names agree at least as a transliteration, a small typo or a swap of first
 * and last name, and neither the patronymic nor the sex contradicts. Record preparation,
 * name keys and comparison levels are those of the link engine (src/link), inlined in one
 * SELECT: the rule does not depend on the LNK stage having run.
 */
const FIELDS: readonly LinkField[] = (
  ['last_name', 'first_name', 'middle_name', 'birth_date', 'sex'] as const
).map((name) => ({ kind: 'known', name }));

const NAME_AGREES = (label: string): boolean =>
  label === 'exact' ||
  label === 'transliteration' ||
  label.startsWith('swapped') ||
  label === 'jaro-winkler >= 0.92';

/**
 * Candidate pairs: the same sex, the same birth year, the same day and month in either order,
 * and the same first three letters of a name key, surname or first name in either place (so
 * a swap of the two still meets). The rule needs both names to agree, so one of them keeps
 * its start through a typo; and `population.sex` is required, so blocking on it loses no
 * pair the sex comparison would let through. One join of narrow key lists, each person's two
 * keys written out (an unnest would copy the wide records).
 */
function candidatesSql(prepared: string): string {
  const month = 'substr(birth_date, 5, 2)';
  const day = 'substr(birth_date, 7, 2)';
  const date = `left(birth_date, 4), least(${month}, ${day}), greatest(${month}, ${day})`;
  const keys = ['last_name_key', 'first_name_key']
    .map(
      (n) =>
        `SELECT rid, hash(${date}, sex, left(${n}, 3)) AS k FROM ${prepared} WHERE birth_date IS NOT NULL AND ${n} IS NOT NULL`,
    )
    .join(' UNION ALL ');
  return `WITH keys AS MATERIALIZED (${keys})
    SELECT DISTINCT l.rid AS lid, r.rid AS rid FROM keys l JOIN keys r ON l.k = r.k AND l.rid < r.rid`;
}

/** Jaro-Winkler similarity of the fathers' names (patronymic stems) that still agrees (a typo). */
const FATHER_NAME_AGREES = 0.9;

function duplicateSql(): string {
  const plan = planLink(FIELDS);
  const c = plan.comparisons;
  const params = priorParameters(c, 0.5);
  const person = (a: string) =>
    `json_object('iin', ${idTextSql(`${a}.iin`)}, 'last_name', ${a}.last_name, 'first_name', ${a}.first_name, 'middle_name', ${a}.middle_name, 'birth_date', CAST(${a}.birth_date AS VARCHAR), 'district', ${a}.district, 'line', ${a}._line)`;
  return `WITH prepared AS MATERIALIZED (${preparedSql(plan, {
    relation: 'population',
    id: 'iin',
    // The IIN as stored (a number, ordered as its text): printed only for the findings.
    carry: ['iin'],
    columns: ['last_name', 'first_name', 'middle_name', 'birth_date', 'sex'],
  })}),
  candidates AS (${candidatesSql('prepared')}),
  compared AS (
    SELECT l.iin AS a_iin, r.iin AS b_iin, ${gammaColumnsSql(c)},
      jaro_winkler_similarity(l.middle_name_stem, r.middle_name_stem) AS father_similarity
    FROM candidates p JOIN prepared l ON l.rid = p.lid JOIN prepared r ON r.rid = p.rid),
  duplicates AS (
    SELECT greatest(a_iin, b_iin) AS subject, least(a_iin, b_iin) AS other,
      ${matchWeightSql(c, params)} AS match_weight, ${agreementJsonSql(c, params)} AS agreement
    FROM compared
    WHERE ${levelsInSql(c, 'birth_date', (l) => l === 'exact' || l === 'day and month swapped', false)}
      AND ${levelsInSql(c, 'last_name', NAME_AGREES, false)}
      AND ${levelsInSql(c, 'first_name', NAME_AGREES, false)}
      AND ${levelsInSql(c, 'middle_name', (l) => l !== 'different', true)}
      -- Patronymics share their long endings (-евич, -қызы), so two that look alike may name
      -- different fathers (Васильевич, Витальевич): compare the fathers' names as well.
      AND (${levelsInSql(c, 'middle_name', (l) => l.startsWith('jaro-winkler'), false)} IS NOT TRUE
        OR father_similarity >= ${FATHER_NAME_AGREES})
      AND ${levelsInSql(c, 'sex', (l) => l === 'exact', true)}
    QUALIFY row_number() OVER (PARTITION BY subject ORDER BY match_weight DESC, other) = 1),
  -- The few persons found, by a semi-join: a join of the whole population would hash it.
  found AS (SELECT * FROM population WHERE iin IN (SELECT subject FROM duplicates UNION ALL SELECT other FROM duplicates))
  SELECT ${idTextSql('d.subject')} AS subject_id, CAST(NULL AS VARCHAR) AS period, s.district, CAST(NULL AS DOUBLE) AS amount_kzt,
    false AS linked_by_name,
    json_object('persons', json_array(${person('o')}, ${person('s')}), 'agreement', d.agreement,
      'match_weight', round(d.match_weight, 2)) AS evidence
  FROM duplicates d JOIN found s ON s.iin = d.subject JOIN found o ON o.iin = d.other`;
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
