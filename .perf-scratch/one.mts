import { loadSnapshot } from '../src/ingest/load-snapshot';
const d = process.argv[2]!;
const t = performance.now(); const cpu = process.cpuUsage();
const s = await loadSnapshot({ snapshotDir: d, workspaceFile: process.argv[3]! });
const c = process.cpuUsage(cpu);
console.log(((performance.now() - t) / 1000).toFixed(1), 's wall', ((c.user + c.system) / 1e6).toFixed(1), 's cpu', s.totals);
