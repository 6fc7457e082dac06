import { withWorkspace } from '../src/workspace/workspace';
import { loadRuleCatalog } from '../src/checks/rule-catalog';
import { DEFAULT_PARAMETERS } from '../src/core/params';
const ids = process.argv[2]!.split(',');
const rules = (await loadRuleCatalog()).filter((r) => ids.includes(r.id));
await withWorkspace({ file: process.argv[3] ?? '/tmp/perf/workspace.duckdb' }, async (c) => {
  for (const r of rules) {
    const sql = r.sql({ asOf: '2025-06-15', params: DEFAULT_PARAMETERS, runId: 'x' });
    const t = performance.now();
    const res = await c.runAndReadAll(`SELECT count(*) AS n, md5(string_agg(subject_id || coalesce(period,'') || coalesce(CAST(amount_kzt AS VARCHAR),'') || evidence::VARCHAR, '|' ORDER BY subject_id, period, evidence::VARCHAR)) AS h FROM (${sql})`);
    console.log(r.id, (performance.now() - t).toFixed(0), 'ms', JSON.stringify(res.getRowObjectsJS(), (k, v) => typeof v === 'bigint' ? Number(v) : v));
  }
});
