import { idTextSql } from '../../workspace/id-text';
import { defineRule } from '../rule';
import { lastMonths } from '../sql/periods';
import { dateSql } from '../sql/sql-fragments';

/**
 * OSMS-01 State pays for a working person. The state pays health-insurance contributions
 * for non-working categories (registered unemployed, non-working pregnant women and
 * parents of small children, ASP recipients). A person in such a category for whom an
 * employer paid contributions in the last 3 months is insured twice, at the budget's cost.
 */
const NON_WORKING = [
  'registered_unemployed',
  'pregnant_nonworking',
  'parent_child_under3_nonworking',
  'asp_nonworking',
];

export const rule = defineRule({
  id: 'OSMS-01',
  version: 1,
  family: 'OSMS',
  nature: 'violation',
  severity: 'medium',
  title: {
    en: 'State pays for a working person',
    ru: 'Государство платит за работающего',
    kk: 'Мемлекет жұмыс істейтін адам үшін төлейді',
  },
  explanation: {
    en: 'The person is insured in a state-paid non-working category (registered unemployed, non-working pregnant woman, non-working parent of a child under 3, non-working ASP recipient), yet an employer paid contributions for them in one of the last 3 months. The state pays for someone who works; the category should be updated.',
    ru: 'Лицо застраховано в категории неработающих, за которых платит государство (зарегистрированный безработный, неработающая беременная, неработающий родитель ребёнка до 3 лет, неработающий получатель АСП), но работодатель платил за него взносы в одном из последних 3 месяцев. Государство платит за работающего; категорию нужно актуализировать.',
    kk: 'Адам мемлекет төлейтін жұмыссыздар санатында сақтандырылған (тіркелген жұмыссыз, жұмыс істемейтін жүкті әйел, 3 жасқа дейінгі баланың жұмыс істемейтін ата-анасы, жұмыс істемейтін АӘК алушы), бірақ соңғы 3 айдың бірінде жұмыс беруші ол үшін жарна төлеген. Мемлекет жұмыс істейтін адам үшін төлейді; санатты өзектендіру қажет.',
  },
  amountRule: null,
  subject: 'iin',
  registries: ['osms_status', 'contributions'],
  parameters: [],
  sql: ({ asOf }) => {
    const months = lastMonths(asOf, 3);
    return `
    SELECT ${idTextSql('s.iin')} AS subject_id,
           NULL::VARCHAR AS period,
           any_value(p.district) AS district,
           NULL::DECIMAL(18,2) AS amount_kzt,
           (any_value(s.linked_by_name) OR bool_or(c.linked_by_name)) AS linked_by_name,
           json_object(
             'iin', ${idTextSql('s.iin')}, 'category', any_value(s.category), 'insured', any_value(s.insured),
             'status_as_of', any_value(s.as_of), 'osms_status_line', any_value(s._line),
             'months_checked', '${months.label}',
             'contributions', list(json_object('month', strftime(c.period, '%Y-%m'), 'payer_bin', ${idTextSql('c.payer_bin')},
                                               'income_kzt', c.income_kzt, 'contributions_line', c._line)
                                   ORDER BY c.period, c._line)
           ) AS evidence
    FROM check_osms_latest s
    JOIN contributions c ON c.iin = s.iin AND c.period BETWEEN ${dateSql(months.start)} AND ${dateSql(months.end)}
    LEFT JOIN population p ON p.iin = s.iin
    WHERE s.category IN (${NON_WORKING.map((c) => `'${c}'`).join(', ')})
    GROUP BY s.iin`;
  },
});
