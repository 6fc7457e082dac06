import { idTextSql } from '../../workspace/id-text';
import type { OutreachList } from '../schemas/outreach-schemas';
import type { WorkspaceAccess } from '../workspace-access';
import type { RunRef } from './runs-query';
import { SqlParams, scopeSql } from './sql-params';

const RULE_OF_LIST: Readonly<Partial<Record<OutreachList, string>>> = {
  'out-01': 'OUT-01',
  'osms-03': 'OSMS-03',
};

/**
 * The SELECT of an outreach list: OUT-01 / OSMS-03 findings of the run, or the persons
 * attached to a clinic at `as_of` with no service in the 24 months before (the
 * `no_phc_visit_2y` indicator, person by person). Columns: subject_id, district, period,
 * finding_id, detail (JSON text).
 */
export function outreachSql(
  list: OutreachList,
  run: RunRef,
  district: string | undefined,
  scope: readonly string[] | null,
  p: SqlParams,
): string {
  const rule = RULE_OF_LIST[list];
  const districtFilter = district ? `AND district = ${p.add(district)}` : '';
  if (rule) {
    return `SELECT subject_id, district, period, finding_id, CAST(evidence AS VARCHAR) AS detail FROM findings
      WHERE run_id = ${p.add(run.runId)} AND rule_id = ${p.add(rule)} AND ${scopeSql(scope)} ${districtFilter}
      ORDER BY district, subject_id`;
  }
  const asOf = run.asOf ? `CAST(${p.add(run.asOf)} AS DATE)` : 'current_date';
  return `SELECT * FROM (
      SELECT ${idTextSql('a.iin')} AS subject_id, pop.district, NULL::VARCHAR AS period, NULL::VARCHAR AS finding_id,
        to_json({clinic_bin: ${idTextSql('a.clinic_bin')}, attached_since: CAST(a.attached_since AS VARCHAR),
          last_service: (SELECT CAST(max(s.service_date) AS VARCHAR) FROM medical_services s WHERE s.iin = a.iin)})::VARCHAR AS detail
      FROM phc_attachment a JOIN population pop ON pop.iin = a.iin
      WHERE a.attached_since <= ${asOf} AND (a.detached_on IS NULL OR a.detached_on >= ${asOf})
        AND (pop.death_date IS NULL OR pop.death_date > ${asOf}) AND (pop.emigration_date IS NULL OR pop.emigration_date > ${asOf})
        AND NOT EXISTS (SELECT 1 FROM medical_services s WHERE s.iin = a.iin
          AND s.service_date > ${asOf} - INTERVAL 24 MONTH AND s.service_date <= ${asOf})
    ) WHERE ${scopeSql(scope)} ${districtFilter} ORDER BY district, subject_id`;
}

export interface OutreachRow {
  subject_id: string;
  district: string | null;
  period: string | null;
  finding_id: string | null;
  detail: string | null;
}

export async function outreachPage(
  ws: WorkspaceAccess,
  list: OutreachList,
  run: RunRef,
  district: string | undefined,
  scope: readonly string[] | null,
  offset: number,
  limit: number,
): Promise<{ total: number; rows: OutreachRow[] }> {
  const cp = new SqlParams();
  const pp = new SqlParams();
  const [count, rows] = await Promise.all([
    ws.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM (${outreachSql(list, run, district, scope, cp)})`,
      cp.values,
    ),
    ws.query<OutreachRow>(
      `${outreachSql(list, run, district, scope, pp)} LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`,
      pp.values,
    ),
  ]);
  return { total: count[0]?.n ?? 0, rows };
}
