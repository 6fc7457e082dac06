import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { ALMATY_CITY_DISTRICTS } from '../core/districts';
import { buildApp } from '../server/build-app';
import { openWorkspaceAccess, type WorkspaceAccess } from '../server/workspace-access';
import { openStore } from '../store/open-store';

/**
 * `npm run bench` part for the server: latency (p50/p95) of the findings list, the person
 * card and the dashboard over a workspace of `findings` rows (two runs, so new/persisting/
 * resolved are computed for real), 50 concurrent clients on the list over loopback, and
 * a streamed XLSX export of the whole list (`findings` rows) with its time and peak memory.
 *
 * The HTTP clients run in a child process: in this one they would compete with the server
 * for its event loop (inflating its latency) and add their buffers to its memory.
 */
export interface ServerBenchResult {
  readonly kind: 'server';
  readonly findings: number;
  readonly endpoints: readonly {
    readonly name: string;
    /** The first request, before any cache of the server is warm. */
    readonly firstMs: number;
    readonly p50Ms: number;
    readonly p95Ms: number;
  }[];
  readonly concurrent: {
    readonly clients: number;
    readonly requests: number;
    readonly p50Ms: number;
    readonly p95Ms: number;
    readonly requestsPerSecond: number;
  };
  readonly export: {
    readonly rows: number;
    readonly seconds: number;
    readonly bytes: number;
    /** RSS of the server's process (DuckDB buffers included; the client is another process) when the export starts. */
    readonly startRssMb: number;
    readonly peakRssMb: number;
  };
}

/** Issue 6 targets, printed beside the figures. */
export const SERVER_TARGETS = { p95Ms: 300, exportSeconds: 60, exportPeakRssMb: 1024 } as const;

const RULES = [
  'ASP-01',
  'ASP-02',
  'OSMS-01',
  'OSMS-03',
  'EDU-01',
  'EDU-04',
  'HLT-01',
  'HLT-02',
  'BEN-01',
  'OUT-01',
];

async function seed(ws: WorkspaceAccess, findings: number): Promise<void> {
  const districts = ALMATY_CITY_DISTRICTS.map((d) => `'${d.code}'`).join(', ');
  const rules = RULES.map((r) => `'${r}'`).join(', ');
  const persons = Math.max(1000, Math.floor(findings / 5));
  await ws.withConnection(async (c) => {
    await c.run(`INSERT INTO _runs VALUES ('bench-1', 's1', DATE '2025-03-31', TIMESTAMP '2025-04-01 00:00:00', '{}'),
      ('bench-2', 's2', DATE '2025-06-30', TIMESTAMP '2025-07-01 00:00:00', '{}')`);
    await c.run(`INSERT INTO population (iin, last_name, first_name, birth_date, sex, district, address_id, household_id, _line)
      SELECT lpad(i::VARCHAR, 12, '0'), 'Фамилия' || i, 'Имя', DATE '1980-01-01' + (i % 15000)::INTEGER, 'F',
        [${districts}][i % ${ALMATY_CITY_DISTRICTS.length} + 1], 'A' || (i // 3), 'H' || (i // 3), i + 2 FROM range(${persons}) t(i)`);
    // Run 2 has every finding; run 1 has 90 % of them plus some resolved since.
    for (const [run, filter] of [
      ['bench-2', 'TRUE'],
      ['bench-1', 'i % 10 <> 0 OR i > ' + findings],
    ] as const) {
      await c.run(`INSERT INTO findings SELECT '${run}', substr(md5(i::VARCHAR), 1, 16), [${rules}][i % ${RULES.length} + 1], 1,
          ['low', 'medium', 'high'][i % 3 + 1], [${districts}][(i // ${RULES.length}) % ${ALMATY_CITY_DISTRICTS.length} + 1],
          lpad((i % ${persons})::VARCHAR, 12, '0'), '2025-Q2', ((i * 7919) % 500000)::DECIMAL(18, 2), false,
          '{"rows":[{"registry":"population","line":2}]}'
        FROM range(${findings} + ${Math.floor(findings / 20)}) t(i) WHERE (i < ${findings} OR '${run}' = 'bench-1') AND (${filter})`);
    }
    await c.run(`INSERT INTO indicators SELECT r, d, ind, '2025-Q2', 100 + random() * 10, 100 FROM
      (SELECT unnest(['bench-1', 'bench-2']) AS r), (SELECT unnest([${districts}]) AS d),
      (SELECT unnest(['population', 'osms_coverage_pct', 'osms_uninsured', 'no_phc_visit_2y', 'asp_families']) AS ind)`);
  });
}

/**
 * The load-generating client, plain JavaScript for a child `node` process. `list`: N
 * clients each fetching K pages in turn over keep-alive connections (as browsers do),
 * printing every latency; `export`: one download, printing its size. node:http rather
 * than fetch: on this two-core machine fetch cost the client ~3 ms of CPU per request,
 * twice the server's own work, and that CPU was taken from the server being measured.
 */
const CLIENT_SCRIPT = `
import http from 'node:http';
const [mode, address, cookie, clients, perClient] = process.argv.slice(1);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(clients) || 1 });
const get = (url, onData) => new Promise((resolve, reject) => {
  http.get(url, { headers: { cookie }, agent }, (res) => {
    res.on('data', onData);
    res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(mode + ': ' + res.statusCode))));
    res.on('error', reject);
  }).on('error', reject);
});
if (mode === 'list') {
  const latencies = [];
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Number(clients) }, async (_, c) => {
    for (let k = 0; k < Number(perClient); k++) {
      const started = performance.now();
      await get(address + '/api/findings?limit=50&offset=' + (c * Number(perClient) + k) * 50, () => {});
      latencies.push(performance.now() - started);
    }
  }));
  process.stdout.write(JSON.stringify({ latencies, wallMs: performance.now() - t0 }));
} else {
  let bytes = 0;
  await get(address + '/api/exports/findings?format=xlsx&sort=subject', (chunk) => (bytes += chunk.byteLength));
  process.stdout.write(JSON.stringify({ bytes }));
}
agent.destroy();
`;

const CLI = fileURLToPath(new URL('../../bin/birtizim.mjs', import.meta.url));

/** `birtizim user add` in a child process: creates the embedded store in `dir` with the bench user. */
function addBenchUser(dir: string): Promise<void> {
  const { DATABASE_URL: _server, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, 'user', 'add', '--login', 'bench', '--role', 'analyst', '--password-stdin', '--data', dir],
      { stdio: ['pipe', 'ignore', 'inherit'], env },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`user add exited with ${code}`))));
    child.stdin.end('bench-password\n');
  });
}

function runClient<T>(args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CLIENT_SCRIPT, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`bench client exited with ${code}`));
      else resolve(JSON.parse(out) as T);
    });
  });
}

const percentile = (sorted: readonly number[], p: number): number =>
  Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10;

async function timeInject(app: FastifyInstance, url: string, headers: Record<string, string>, times: number) {
  const ms: number[] = [];
  let firstMs = 0;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const r = await app.inject({ method: 'GET', url: url.replace('{i}', String(i)), headers });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
    ms.push(performance.now() - t0);
    if (i === 0) firstMs = Math.round(ms[0] ?? 0);
  }
  ms.sort((a, b) => a - b);
  return { firstMs, p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95) };
}

export async function benchServer(
  options: { readonly findings?: number; readonly repeats?: number } = {},
): Promise<ServerBenchResult> {
  const findings = options.findings ?? 1_000_000;
  const repeats = options.repeats ?? 30;
  const dir = mkdtempSync(join(tmpdir(), 'bz-server-bench-'));
  // The store is a data folder set up beforehand, as `serve` finds it in production: a
  // fresh one (or `memory://`) runs initdb in this process, whose two WASM instances stay
  // resident (~300 MB) until V8 happens to run a full GC, and would be measured as if
  // they were the server's memory.
  await addBenchUser(dir);
  const store = await openStore({ dataDir: dir });
  const workspace = await openWorkspaceAccess(join(dir, 'workspace.duckdb'));
  let app: FastifyInstance | null = null;
  try {
    await seed(workspace, findings);
    app = await buildApp({ store, workspace, dataDir: dir, rules: [], loginAttemptsPerMinute: 1000 });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'bench', password: 'bench-password', purpose: 'benchmark' },
    });
    const headers = { cookie: `bz_session=${login.cookies.find((c) => c.name === 'bz_session')?.value}` };

    const endpoints = [
      { name: 'findings list (latest run, by amount, page {i})', url: '/api/findings?limit=50&offset={i}00' },
      {
        name: 'findings list (rule + district + amount filter)',
        url: `/api/findings?rule=ASP-02&district=${ALMATY_CITY_DISTRICTS[1]?.code}&minAmount=1000&limit=50`,
      },
      { name: 'person card', url: '/api/persons/{iin}' },
      { name: 'dashboard', url: '/api/dashboard' },
    ];
    const results = [];
    for (const e of endpoints) {
      const url = e.url.replace('{iin}', String(12345).padStart(12, '0'));
      results.push({ name: e.name, ...(await timeInject(app, url, headers, repeats)) });
    }

    // 50 concurrent clients over real loopback HTTP, from another process.
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const clients = 50;
    const perClient = 4;
    const load = await runClient<{ latencies: number[]; wallMs: number }>([
      'list',
      address,
      headers.cookie,
      String(clients),
      String(perClient),
    ]);
    const latencies = [...load.latencies].sort((a, b) => a - b);
    const concurrent = {
      clients,
      requests: latencies.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      requestsPerSecond: Math.round((latencies.length * 1000) / load.wallMs),
    };

    // Streamed XLSX export: time to last byte and the server process's peak RSS every 100 ms.
    const startRss = process.memoryUsage.rss();
    let peak = startRss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
    const exportStart = performance.now();
    let bytes = 0;
    try {
      bytes = (await runClient<{ bytes: number }>(['export', address, headers.cookie])).bytes;
    } finally {
      clearInterval(timer);
    }
    const exportResult = {
      rows: findings,
      seconds: Math.round((performance.now() - exportStart) / 100) / 10,
      bytes,
      startRssMb: Math.round(startRss / 1048576),
      peakRssMb: Math.round(peak / 1048576),
    };

    const result: ServerBenchResult = {
      kind: 'server',
      findings,
      endpoints: results,
      concurrent,
      export: exportResult,
    };
    printServerBench(result);
    return result;
  } finally {
    await app?.close();
    await workspace.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

/** The figures, each with its issue 6 target beside it. */
export function printServerBench(r: ServerBenchResult): void {
  const t = SERVER_TARGETS;
  const lines = [
    `server: ${r.findings} findings (targets: p95 < ${t.p95Ms} ms; export < ${t.exportSeconds} s, < ${t.exportPeakRssMb} MB)`,
  ];
  for (const e of r.endpoints)
    lines.push(
      `  ${e.name}: p50 ${e.p50Ms} ms, p95 ${e.p95Ms} ms (target < ${t.p95Ms}: ${verdict(e.p95Ms < t.p95Ms)}), first request ${e.firstMs} ms`,
    );
  const c = r.concurrent;
  lines.push(
    `  ${c.clients} concurrent clients on the list (${c.requests} requests): p50 ${c.p50Ms} ms, p95 ${c.p95Ms} ms (target < ${t.p95Ms}: ${verdict(c.p95Ms < t.p95Ms)}), ${c.requestsPerSecond} req/s`,
  );
  const x = r.export;
  lines.push(
    `  XLSX export of ${x.rows} rows: ${x.seconds} s (target < ${t.exportSeconds}: ${verdict(x.seconds < t.exportSeconds)}), ` +
      `${Math.round(x.bytes / 1048576)} MB, peak RSS ${x.peakRssMb} MB (target < ${t.exportPeakRssMb}: ${verdict(x.peakRssMb < t.exportPeakRssMb)}; ${x.startRssMb} MB at start)`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
