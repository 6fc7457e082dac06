import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';
import { currentQuarter } from '../sql/periods';
import { activeOnSql, ageSql, dateSql, livingOnSql, pensionAgeSql } from '../sql/sql-fragments';

/**
 * OSMS-03 Uninsured but entitled. Outreach: 741 227 people had their status "actualised"
 * once the fund compared lists (domain.md, seed 004). A person the fund shows uninsured
 * but whom other registries place in a state-paid category should be insured by the state
 * without doing anything; the fund only needs to update the status.
 */
export const rule = defineRule({
  id: 'OSMS-03',
  version: 1,
  family: 'OSMS',
  nature: 'outreach',
  severity: 'low',
  title: {
    en: 'Uninsured but entitled',
    ru: 'Не застрахован, но имеет право',
    kk: 'Сақтандырылмаған, бірақ құқығы бар',
  },
  explanation: {
    en: 'The health-insurance fund shows the person as uninsured, but other registries place them in a category for which the state pays contributions: a child under 18, a person of pension age, a person with an active disability, a registered unemployed person, or a member of an ASP family this quarter. The status should be actualised so the person keeps access to care.',
    ru: 'Фонд медицинского страхования показывает лицо незастрахованным, но другие реестры относят его к категории, за которую взносы платит государство: ребёнок до 18 лет, лицо пенсионного возраста, лицо с действующей инвалидностью, зарегистрированный безработный или член семьи, получающей АСП в текущем квартале. Статус нужно актуализировать, чтобы человек не потерял доступ к медицинской помощи.',
    kk: 'Медициналық сақтандыру қоры адамды сақтандырылмаған деп көрсетеді, бірақ басқа тізілімдер оны мемлекет жарна төлейтін санатқа жатқызады: 18 жасқа толмаған бала, зейнет жасындағы адам, белсенді мүгедектігі бар адам, тіркелген жұмыссыз немесе ағымдағы тоқсанда АӘК алатын отбасының мүшесі. Адам медициналық көмекке қол жеткізуін жоғалтпауы үшін мәртебені өзектендіру керек.',
  },
  amountRule: null,
  subject: 'iin',
  registries: ['osms_status', 'population'],
  parameters: ['pension_age_men', 'pension_age_women'],
  sql: ({ asOf, params }) => {
    const day = dateSql(asOf);
    const quarter = currentQuarter(asOf);
    return `
    WITH candidates AS (
      SELECT s.iin, s.category, s.as_of AS status_as_of, s._line AS status_line, s.linked_by_name,
             p.district, p.birth_date, p.sex, p._line AS population_line,
             ${ageSql('p.birth_date', day)} AS age, ${pensionAgeSql('p.sex', params)} AS pension_age
      FROM check_osms_latest s JOIN population p ON p.iin = s.iin
      WHERE NOT s.insured AND ${livingOnSql('p', day)}
    ),
    qualified AS (
      SELECT c.*, list_filter([
        CASE WHEN c.age < 18 THEN json_object('category', 'child', 'why', 'aged ' || c.age || ' at ${asOf}',
                                              'population_line', c.population_line) END,
        CASE WHEN c.age >= c.pension_age THEN json_object('category', 'pensioner',
               'why', 'aged ' || c.age || ', pension age ' || c.pension_age, 'population_line', c.population_line) END,
        (SELECT json_object('category', 'disability', 'why', 'disability group ' || arg_min(d."group", d._line)
                            || ' active at ${asOf}', 'disability_line', min(d._line))
         FROM disability d WHERE d.iin = c.iin AND ${activeOnSql('d.since', 'd.until', day)} HAVING count(*) > 0),
        (SELECT json_object('category', 'registered_unemployed', 'why', 'employment record of status unemployed active at ${asOf}',
                            'employment_line', min(e._line))
         FROM employment e WHERE e.iin = c.iin AND e.status = 'unemployed'
           AND ${activeOnSql('e.start_date', 'e.end_date', day)} HAVING count(*) > 0),
        (SELECT json_object('category', 'asp_nonworking', 'why', 'member of ASP case ' || min(m.case_id) || ' in ${quarter.label}',
                            'asp_members_line', min(m._line))
         FROM asp_members m JOIN asp_cases a ON a.case_id = m.case_id
         WHERE m.iin = c.iin AND a.period = ${dateSql(quarter.start)} HAVING count(*) > 0)
      ], x -> x IS NOT NULL) AS qualifies
      FROM candidates c
    )
    SELECT ${idTextSql('q.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           q.district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           q.linked_by_name,
           json_object(
             'iin', ${idTextSql('q.iin')}, 'insured', false, 'category', q.category, 'status_as_of', q.status_as_of,
             'osms_status_line', q.status_line, 'birth_date', q.birth_date, 'age', q.age,
             'qualifies_for', q.qualifies, 'as_of', '${asOf}'
           ) AS evidence
    FROM qualified q
    WHERE len(q.qualifies) > 0`;
  },
});
