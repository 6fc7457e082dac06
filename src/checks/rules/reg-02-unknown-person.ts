import { REGISTRIES } from '../../registries/catalog';
import { idTextSql } from '../../workspace/id-text';
import { sqlIdent, sqlString } from '../../workspace/workspace';
import { defineRule } from '../rule';

/**
 * REG-02 Unknown person. Every resident has one record in the state register of
 * individuals; a valid IIN that other registries pay, insure, enrol or treat but that the
 * population register does not know is either a person outside the city's register or a
 * fabricated recipient. All IIN columns of all registries are searched, from the catalog.
 */
function iinUsesSql(): string {
  const parts: string[] = [];
  for (const spec of REGISTRIES) {
    if (spec.name === 'population') continue;
    const hasDistrict = spec.columns.some((c) => c.name === 'district');
    for (const column of spec.columns.filter((c) => c.kind === 'iin')) {
      const linked = spec.personColumn === column.name ? 'linked_by_name' : 'false';
      parts.push(`SELECT ${sqlString(spec.name)} AS registry, ${sqlString(column.name)} AS "column",
        ${sqlIdent(column.name)} AS iin, _line AS line, ${hasDistrict ? 'district' : 'NULL::VARCHAR'} AS district,
        ${linked} AS linked_by_name
        FROM ${sqlIdent(spec.name)} WHERE ${sqlIdent(column.name)} IS NOT NULL`);
    }
  }
  return parts.join('\n UNION ALL ');
}

export const rule = defineRule({
  id: 'REG-02',
  version: 1,
  family: 'REG',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Unknown person',
    ru: 'Неизвестное лицо',
    kk: 'Белгісіз адам',
  },
  explanation: {
    en: 'A valid IIN is used in another registry (a payment, insurance, enrolment, service or job) but is not in the population register. Either the person is not a registered resident, or the record belongs to a person who does not exist; in both cases the state may be paying for someone it cannot identify.',
    ru: 'Действительный ИИН используется в другом реестре (выплата, страхование, зачисление, услуга или работа), но отсутствует в реестре населения. Либо лицо не зарегистрировано как житель, либо запись относится к несуществующему человеку; в обоих случаях государство может платить за того, кого не может идентифицировать.',
    kk: 'Жарамды ЖСН басқа тізілімде қолданылады (төлем, сақтандыру, қабылдау, қызмет немесе жұмыс), бірақ халық тізілімінде жоқ. Адам тұрғын ретінде тіркелмеген немесе жазба жоқ адамға тиесілі; екі жағдайда да мемлекет өзі анықтай алмайтын адам үшін төлеуі мүмкін.',
  },
  amountRule: null,
  subject: 'iin',
  registries: ['population'],
  parameters: [],
  sql: () => `
    WITH uses AS (${iinUsesSql()})
    SELECT ${idTextSql('u.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           mode(u.district) AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           bool_or(u.linked_by_name) AS linked_by_name,
           json_object(
             'iin', ${idTextSql('u.iin')},
             'in_population', false,
             'registries', list(DISTINCT u.registry ORDER BY u.registry),
             'rows_count', count(*),
             'rows', list(json_object('registry', u.registry, 'column', u."column", 'line', u.line)
                          ORDER BY u.registry, u.line)[1:50]
           ) AS evidence
    FROM uses u
    -- An anti join rather than NOT EXISTS: DuckDB decorrelates the latter by first deduplicating
    -- every IIN used in every registry.
    ANTI JOIN population p ON p.iin = u.iin
    GROUP BY u.iin`,
});
