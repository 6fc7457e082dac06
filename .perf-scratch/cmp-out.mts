import { withWorkspace } from '../src/workspace/workspace';
import { rule as oldRule } from './out01-old';
import { rule as newRule } from '../src/checks/rules/out-01-eligible-not-receiving';
import { DEFAULT_PARAMETERS } from '../src/core/params';
await withWorkspace({ file: '/tmp/perf/workspace.duckdb' }, async (c) => {
  for (const asOf of ['2025-06-15', '2025-02-01', '2024-11-20']) for (const [n, r] of [['old', oldRule], ['new', newRule]] as const) {
    const sql = r.sql({ asOf, params: DEFAULT_PARAMETERS, runId: 'x' });
    const t = performance.now(); const cpu = process.cpuUsage();
    const res = await c.runAndReadAll(`SELECT count(*) AS n, md5(string_agg(subject_id || period || district || evidence::VARCHAR, '|' ORDER BY subject_id)) AS h FROM (${sql})`);
    const u = process.cpuUsage(cpu);
    console.log(asOf, n, (performance.now() - t).toFixed(0), 'ms wall', ((u.user + u.system) / 1000).toFixed(0), 'ms cpu', JSON.stringify(res.getRowObjectsJS(), (k, v) => typeof v === 'bigint' ? Number(v) : v));
  }
});
