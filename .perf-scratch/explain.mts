import { withWorkspace } from '../src/workspace/workspace';
import { loadRuleCatalog } from '../src/checks/rule-catalog';
import { DEFAULT_PARAMETERS } from '../src/core/params';
const rule = (await loadRuleCatalog()).find((r) => r.id === process.argv[2])!;
await withWorkspace({ file: '/tmp/perf/workspace.duckdb' }, async (c) => {
  await c.run(`PRAGMA enable_profiling='json'; PRAGMA profiling_output='/tmp/perf/scratch/prof.json'`);
  await c.runAndReadAll(rule.sql({ asOf: '2025-06-15', params: DEFAULT_PARAMETERS, runId: 'x' }));
});
import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync('/tmp/perf/scratch/prof.json', 'utf8'));
const walk = (n: any, d: number) => { const t = n.operator_timing ?? 0; if (t > 0.05 || d < 2) console.log(' '.repeat(d) + (n.operator_name ?? n.operator_type), t.toFixed(2), n.operator_cardinality, (n.extra_info && JSON.stringify(n.extra_info).slice(0, 150)) || ''); for (const ch of n.children ?? []) walk(ch, d + 1); };
console.log('total', p.latency); walk(p, 0);
