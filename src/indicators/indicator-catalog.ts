import { activeOnSql, ageSql, dateSql } from '../checks/sql/sql-fragments';
import { EMPLOYMENT_MEASURES } from '../registries/catalog';
import { defineIndicator, type IndicatorContext, type IndicatorDefinition } from './indicator';
import { livingPersonsSql, OSMS_INSURED_FACT } from './indicator-facts';

/**
 * Every computed indicator of checks.md ("one list, one set of figures"). Person counts go
 * by the person's `population` district, enrollments and capacity by the organisation's
 * district, ASP figures by the case's district; the state is taken on the last day of the
 * snapshot's last complete quarter.
 */
const end = (c: IndicatorContext): string => dateSql(c.quarter.end);

/** Persons of `population` living on the quarter's last day (and born by then). */
const livingPersons = (c: IndicatorContext): string => livingPersonsSql(end(c));

/** Living and insured persons per district: a shared fact (indicator-facts.ts) read by three indicators. */
const insuredCount = (): string => `SELECT district, insured, persons FROM ${OSMS_INSURED_FACT.table}`;

/** Measure records active on the quarter's last day (the state on that day, not "any day of it"). */
const measureCount = (c: IndicatorContext, measure: string | null): string => `
  SELECT p.district, count(*)::DOUBLE AS value
  FROM employment e JOIN population p ON p.iin = e.iin
  WHERE ${measure === null ? 'e.measure IS NOT NULL' : `e.measure = '${measure}'`}
    AND ${activeOnSql('e.start_date', 'e.end_date', end(c))}
  GROUP BY p.district`;

const enrolled = (c: IndicatorContext, level: 'preschool' | 'school'): string => `
  SELECT o.district, count(*)::DOUBLE AS value
  FROM enrollment e JOIN organizations o ON o.bin = e.org_bin
  WHERE e.level = '${level}' AND ${activeOnSql('e.start_date', 'e.end_date', end(c))}
  GROUP BY o.district`;

const MEASURE_LABELS: Readonly<Record<string, { kk: string; ru: string; en: string }>> = {
  permanent_job: { en: 'permanent jobs', ru: 'постоянная работа', kk: 'тұрақты жұмыс' },
  temporary_job: { en: 'temporary jobs', ru: 'временная работа', kk: 'уақытша жұмыс' },
  social_job: { en: 'social jobs', ru: 'социальные рабочие места', kk: 'әлеуметтік жұмыс орындары' },
  training: { en: 'training', ru: 'обучение', kk: 'оқыту' },
  youth_practice: { en: 'youth practice', ru: 'молодёжная практика', kk: 'жастар практикасы' },
  entrepreneurship: {
    en: 'entrepreneurship support',
    ru: 'поддержка предпринимательства',
    kk: 'кәсіпкерлікті қолдау',
  },
  grant: { en: 'grants', ru: 'гранты', kk: 'гранттар' },
  microcredit: { en: 'microcredits', ru: 'микрокредиты', kk: 'микрокредиттер' },
};

export const INDICATORS: readonly IndicatorDefinition[] = [
  defineIndicator({
    code: 'population',
    label: { en: 'Living population', ru: 'Численность населения', kk: 'Халық саны' },
    unit: 'persons',
    registries: ['population'],
    sql: (c) => `SELECT district, count(*)::DOUBLE AS value FROM ${livingPersons(c)} p GROUP BY district`,
  }),
  defineIndicator({
    code: 'osms_insured',
    label: { en: 'Insured in OSMS', ru: 'Застрахованы в ОСМС', kk: 'МӘМС-те сақтандырылған' },
    unit: 'persons',
    registries: ['population', 'osms_status'],
    sql: () => `SELECT district, insured AS value FROM (${insuredCount()})`,
  }),
  defineIndicator({
    code: 'osms_uninsured',
    label: { en: 'Not insured in OSMS', ru: 'Не застрахованы в ОСМС', kk: 'МӘМС-те сақтандырылмаған' },
    unit: 'persons',
    registries: ['population', 'osms_status'],
    sql: () => `SELECT district, persons - insured AS value FROM (${insuredCount()})`,
  }),
  defineIndicator({
    code: 'osms_coverage_pct',
    label: { en: 'OSMS coverage, %', ru: 'Охват ОСМС, %', kk: 'МӘМС қамтуы, %' },
    unit: 'pct',
    registries: ['population', 'osms_status'],
    sql: () => `SELECT district, 100 * insured / persons AS value FROM (${insuredCount()}) WHERE persons > 0`,
  }),
  defineIndicator({
    code: 'no_phc_visit_2y',
    label: {
      en: 'Attached, no PHC visit in 2 years',
      ru: 'Прикреплены, без визита за 2 года',
      kk: 'Тіркелген, 2 жыл бойы қаралмаған',
    },
    unit: 'persons',
    registries: ['population', 'phc_attachment', 'medical_services'],
    sql: (c) => `
      SELECT p.district, count(DISTINCT p.iin)::DOUBLE AS value
      FROM ${livingPersons(c)} p
      JOIN phc_attachment a ON a.iin = p.iin AND ${activeOnSql('a.attached_since', 'a.detached_on', end(c))}
      ANTI JOIN (SELECT iin FROM medical_services
                 WHERE service_date > (${end(c)} - INTERVAL 24 MONTH) AND service_date <= ${end(c)}) s ON s.iin = p.iin
      GROUP BY p.district`,
  }),
  defineIndicator({
    code: 'asp_families',
    label: { en: 'ASP families', ru: 'Семьи, получающие АСП', kk: 'АӘК алатын отбасылар' },
    unit: 'families',
    registries: ['asp_cases'],
    sql: (c) => `SELECT district, count(*)::DOUBLE AS value FROM asp_cases
                 WHERE period = ${dateSql(c.quarter.start)} GROUP BY district`,
  }),
  defineIndicator({
    code: 'asp_persons',
    label: {
      en: 'ASP recipients (members)',
      ru: 'Получатели АСП (члены семей)',
      kk: 'АӘК алушылар (отбасы мүшелері)',
    },
    unit: 'persons',
    registries: ['asp_cases', 'asp_members'],
    sql: (
      c,
    ) => `SELECT c.district, count(*)::DOUBLE AS value FROM asp_cases c JOIN asp_members m ON m.case_id = c.case_id
                 WHERE c.period = ${dateSql(c.quarter.start)} GROUP BY c.district`,
  }),
  defineIndicator({
    code: 'asp_paid_kzt',
    label: { en: 'ASP paid, KZT', ru: 'Выплачено АСП, тенге', kk: 'Төленген АӘК, теңге' },
    unit: 'kzt',
    registries: ['asp_cases'],
    sql: (c) => `SELECT district, sum(paid_kzt)::DOUBLE AS value FROM asp_cases
                 WHERE period = ${dateSql(c.quarter.start)} GROUP BY district`,
  }),
  defineIndicator({
    code: 'preschool_enrolled',
    label: {
      en: 'Children in preschool',
      ru: 'Дети в дошкольных организациях',
      kk: 'Мектепке дейінгі ұйымдардағы балалар',
    },
    unit: 'records',
    registries: ['enrollment', 'organizations'],
    sql: (c) => enrolled(c, 'preschool'),
  }),
  defineIndicator({
    code: 'school_enrolled',
    label: { en: 'School pupils', ru: 'Учащиеся школ', kk: 'Мектеп оқушылары' },
    unit: 'records',
    registries: ['enrollment', 'organizations'],
    sql: (c) => enrolled(c, 'school'),
  }),
  defineIndicator({
    code: 'school_capacity',
    label: { en: 'School design capacity', ru: 'Проектная мощность школ', kk: 'Мектептердің жобалық қуаты' },
    unit: 'seats',
    registries: ['organizations'],
    sql: () => `SELECT district, coalesce(sum(capacity), 0)::DOUBLE AS value FROM organizations
                WHERE kind = 'school' GROUP BY district`,
  }),
  defineIndicator({
    code: 'disability_persons',
    label: { en: 'Persons with disability', ru: 'Лица с инвалидностью', kk: 'Мүгедектігі бар адамдар' },
    unit: 'persons',
    registries: ['population', 'disability'],
    sql: (c) => `
      SELECT p.district, count(DISTINCT p.iin)::DOUBLE AS value
      FROM ${livingPersons(c)} p JOIN disability d ON d.iin = p.iin AND ${activeOnSql('d.since', 'd.until', end(c))}
      GROUP BY p.district`,
  }),
  defineIndicator({
    code: 'disability_children',
    label: { en: 'Children with disability', ru: 'Дети с инвалидностью', kk: 'Мүгедектігі бар балалар' },
    unit: 'persons',
    registries: ['population', 'disability'],
    sql: (c) => `
      SELECT p.district, count(DISTINCT p.iin)::DOUBLE AS value
      FROM ${livingPersons(c)} p JOIN disability d ON d.iin = p.iin AND ${activeOnSql('d.since', 'd.until', end(c))}
      WHERE ${ageSql('p.birth_date', end(c))} < 18
      GROUP BY p.district`,
  }),
  defineIndicator({
    code: 'employment_measures',
    label: { en: 'Employment measures', ru: 'Меры содействия занятости', kk: 'Жұмыспен қамту шаралары' },
    unit: 'records',
    registries: ['population', 'employment'],
    sql: (c) => measureCount(c, null),
  }),
  ...EMPLOYMENT_MEASURES.map((measure) =>
    defineIndicator({
      code: `employment_measures_${measure}`,
      label: {
        en: `Employment measures: ${MEASURE_LABELS[measure]?.en ?? measure}`,
        ru: `Меры занятости: ${MEASURE_LABELS[measure]?.ru ?? measure}`,
        kk: `Жұмыспен қамту шаралары: ${MEASURE_LABELS[measure]?.kk ?? measure}`,
      },
      unit: 'records',
      registries: ['population', 'employment'],
      sql: (c) => measureCount(c, measure),
    }),
  ),
  defineIndicator({
    code: 'registered_unemployed',
    label: { en: 'Registered unemployed', ru: 'Зарегистрированные безработные', kk: 'Тіркелген жұмыссыздар' },
    unit: 'persons',
    registries: ['population', 'employment'],
    sql: (c) => `
      SELECT p.district, count(DISTINCT p.iin)::DOUBLE AS value
      FROM ${livingPersons(c)} p JOIN employment e ON e.iin = p.iin
      WHERE e.status = 'unemployed' AND ${activeOnSql('e.start_date', 'e.end_date', end(c))}
      GROUP BY p.district`,
  }),
];

export function indicatorByCode(code: string): IndicatorDefinition | undefined {
  return INDICATORS.find((i) => i.code === code);
}
