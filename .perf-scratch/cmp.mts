import { loadSnapshot } from '../src/ingest/load-snapshot';
import { withWorkspace, queryRows } from '../src/workspace/workspace';
for (const d of ['A', 'B']) {
  const t = performance.now(); const cpu = process.cpuUsage();
  const s = await loadSnapshot({ snapshotDir: `/tmp/perf/cmp${d}`, workspaceFile: `/tmp/perf/cmp${d}.duckdb` });
  const c = process.cpuUsage(cpu);
  console.log(d, ((performance.now() - t) / 1000).toFixed(1), 's wall', ((c.user + c.system) / 1e6).toFixed(1), 's cpu(node+duckdb)', s.files.map((f) => `${f.file}:${f.ms}ms ${f.encoding}`).join(' '));
}
await withWorkspace({ file: ':memory:' }, async (c) => {
  await c.run(`ATTACH '/tmp/perf/cmpA.duckdb' AS a (READ_ONLY); ATTACH '/tmp/perf/cmpB.duckdb' AS b (READ_ONLY)`);
  for (const t of ['population', 'contributions', 'medical_services', '_quarantine']) {
    const r = await queryRows(c, `SELECT (SELECT count(*) FROM (SELECT * FROM a.${t} EXCEPT ALL SELECT * FROM b.${t})) AS ab, (SELECT count(*) FROM (SELECT * FROM b.${t} EXCEPT ALL SELECT * FROM a.${t})) AS ba, (SELECT count(*) FROM a.${t}) AS n, (SELECT max(_line) FROM a.${t}) AS ml`.replace('max(_line)', t === '_quarantine' ? 'max(line)' : 'max(_line)'));
    console.log(t, r);
  }
});
