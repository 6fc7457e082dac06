import { idTextSql } from '../../workspace/id-text';

/**
 * ASP-02 and ASP-03 are the same rule over two dates: a member counted in a quarter
 * although dead (`death_date`) or gone (`emigration_date`) before its first day. One
 * finding per member and quarter; the amount is the member's share of each payment.
 */
export function aspMemberGoneSql(dateColumn: 'death_date' | 'emigration_date'): string {
  return `
    SELECT ${idTextSql('m.iin')} AS subject_id,
           f.quarter AS period,
           mode(f.district) AS district,
           sum(f.paid_kzt / f.members) AS amount_kzt,
           bool_or(m.linked_by_name) AS linked_by_name,
           json_object(
             'iin', ${idTextSql('m.iin')},
             '${dateColumn}', any_value(m.${dateColumn}),
             'population_line', any_value(m.population_line),
             'quarter', f.quarter,
             'quarter_start', f.quarter_start,
             'cases', list(json_object(
               'case_id', f.case_id, 'asp_cases_line', f._line, 'asp_members_line', m._line,
               'relation', m.relation, 'paid_kzt', f.paid_kzt, 'members_count', f.members,
               'member_share_kzt', round(f.paid_kzt / f.members, 2)) ORDER BY f.case_id),
             'amount_rule', 'paid_kzt / members_count for each case of the quarter'
           ) AS evidence
    FROM check_asp_members m
    JOIN check_asp_cases f ON f.case_id = m.case_id
    WHERE m.${dateColumn} IS NOT NULL AND m.${dateColumn} < f.quarter_start AND f.members > 0
    GROUP BY m.iin, f.quarter, f.quarter_start`;
}
