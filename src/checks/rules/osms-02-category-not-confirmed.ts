import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';
import { currentQuarter, previousQuarter } from '../sql/periods';
import { hasRowsSql } from '../sql/person-status';
import { activeOnSql, ageSql, dateSql, pensionAgeSql } from '../sql/sql-fragments';

/**
 * OSMS-02 Category not confirmed by its source list. Each state-paid category has an
 * agency that owns the list (employment centres, the disability database, ASP, the
 * population register for ages). "Everyone has their own list" (domain.md, seed 004): a
 * category the owner's list does not confirm is paid on a list nobody keeps. A sub-check
 * whose source registry is absent is skipped rather than fired on every person.
 */
export const rule = defineRule({
  id: 'OSMS-02',
  version: 1,
  family: 'OSMS',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'Category not confirmed by its source list',
    ru: 'Категория не подтверждена списком-источником',
    kk: 'Санат дереккөз тізімімен расталмаған',
  },
  explanation: {
    en: 'The health-insurance fund keeps the person in a state-paid category that the agency owning that list does not confirm: a registered unemployed person unknown as unemployed to the employment centre, a disability without an active disability record, an ASP non-working person without an ASP case in this or the previous quarter, a pensioner under pension age, or a "child" aged 18 or more.',
    ru: 'Фонд медицинского страхования держит лицо в категории, оплачиваемой государством, которую не подтверждает ведомство — владелец списка: безработный, неизвестный центру занятости; инвалидность без действующей записи; неработающий получатель АСП без дела АСП в текущем или предыдущем квартале; пенсионер младше пенсионного возраста; «ребёнок» 18 лет и старше.',
    kk: 'Медициналық сақтандыру қоры адамды мемлекет төлейтін санатта ұстайды, бірақ сол тізімнің иесі ведомство оны растамайды: жұмыспен қамту орталығы білмейтін жұмыссыз; белсенді жазбасыз мүгедектік; ағымдағы не алдыңғы тоқсанда АӘК ісі жоқ жұмыс істемейтін АӘК алушы; зейнет жасына толмаған зейнеткер; 18 жастағы не одан үлкен «бала».',
  },
  amountRule: null,
  subject: 'iin',
  registries: ['osms_status', 'population'],
  parameters: ['pension_age_men', 'pension_age_women'],
  sql: ({ asOf, params }) => {
    const day = dateSql(asOf);
    const quarters = `(${dateSql(currentQuarter(asOf).start)}, ${dateSql(previousQuarter(asOf).start)})`;
    return `
    WITH unemployed_at AS (
      SELECT DISTINCT iin FROM employment
      WHERE iin IS NOT NULL AND status = 'unemployed' AND ${activeOnSql('start_date', 'end_date', day)}),
    disabled_at AS (
      SELECT DISTINCT iin FROM disability WHERE iin IS NOT NULL AND ${activeOnSql('since', 'until', day)}),
    asp_recent AS (
      SELECT DISTINCT m.iin FROM asp_members m JOIN asp_cases c ON c.case_id = m.case_id
      WHERE m.iin IS NOT NULL AND c.period IN ${quarters}),
    -- The source lists above hold no NULL IIN, so NOT IN means "no such record" (NOT EXISTS).
    checked AS (
      SELECT s.iin, s.category, s.insured, s.as_of AS status_as_of, s._line AS status_line, s.linked_by_name,
             p.district, p.birth_date, p.sex, p._line AS population_line,
             ${ageSql('p.birth_date', day)} AS age, ${pensionAgeSql('p.sex', params)} AS pension_age,
             CASE
               WHEN s.category = 'registered_unemployed' AND ${hasRowsSql('employment')}
                    AND s.iin NOT IN (SELECT iin FROM unemployed_at)
                 THEN 'no employment record of status unemployed active at ${asOf}'
               WHEN s.category = 'disability' AND ${hasRowsSql('disability')}
                    AND s.iin NOT IN (SELECT iin FROM disabled_at)
                 THEN 'no disability record active at ${asOf}'
               WHEN s.category = 'asp_nonworking' AND ${hasRowsSql('asp_cases')}
                    AND s.iin NOT IN (SELECT iin FROM asp_recent)
                 THEN 'no ASP case in the current or previous quarter'
               WHEN s.category = 'pensioner' AND ${ageSql('p.birth_date', day)} < ${pensionAgeSql('p.sex', params)}
                 THEN 'under pension age'
               WHEN s.category = 'child' AND ${ageSql('p.birth_date', day)} >= 18
                 THEN 'aged 18 or more'
             END AS reason,
             CASE s.category
               WHEN 'registered_unemployed' THEN 'employment'
               WHEN 'disability' THEN 'disability'
               WHEN 'asp_nonworking' THEN 'asp_cases/asp_members'
               ELSE 'population'
             END AS source_registry
      FROM check_osms_latest s LEFT JOIN population p ON p.iin = s.iin
      WHERE s.category IN ('registered_unemployed', 'disability', 'asp_nonworking', 'pensioner', 'child')
    )
    SELECT ${idTextSql('k.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           k.district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           k.linked_by_name,
           json_object(
             'iin', ${idTextSql('k.iin')}, 'category', k.category, 'insured', k.insured, 'status_as_of', k.status_as_of,
             'osms_status_line', k.status_line, 'reason', k.reason, 'source_registry', k.source_registry,
             'birth_date', k.birth_date, 'sex', k.sex, 'age', k.age, 'pension_age', k.pension_age,
             'population_line', k.population_line, 'as_of', '${asOf}',
             'source_records', CASE k.category
               WHEN 'registered_unemployed' THEN (SELECT list(json_object('status', e.status, 'measure', e.measure,
                   'start_date', e.start_date, 'end_date', e.end_date, 'employment_line', e._line)) FROM employment e WHERE e.iin = k.iin)
               WHEN 'disability' THEN (SELECT list(json_object('group', d."group", 'since', d.since, 'until', d.until,
                   'disability_line', d._line)) FROM disability d WHERE d.iin = k.iin)
               WHEN 'asp_nonworking' THEN (SELECT list(json_object('case_id', c.case_id, 'quarter',
                   strftime(c.period, '%Y') || '-Q' || quarter(c.period)::VARCHAR, 'asp_members_line', m._line))
                   FROM asp_members m JOIN asp_cases c ON c.case_id = m.case_id WHERE m.iin = k.iin)
             END
           ) AS evidence
    FROM checked k
    WHERE k.reason IS NOT NULL`;
  },
});
