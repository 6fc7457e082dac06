import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALMATY_CITY_DISTRICTS } from '../core/districts';
import { personIndexIsCurrent } from '../server/queries/person-rows-query';
import { resolveRun } from '../server/queries/runs-query';
import type { WorkspaceAccess } from '../server/workspace-access';
import { sqlString } from '../workspace/workspace';
import { seedSynthetic, syntheticPersons } from './synthetic-findings';
import {
  percentile,
  runClient,
  startBenchApp,
  timeEndpoint,
  type BenchApp,
  type LatencyFigures,
} from './server-bench-harness';

/**
 * `npm run bench` part for the server: latency (p50/p95, first request) of the findings
 * list, the person card and the dashboard, 50 concurrent clients on the list over loopback,
 * and a streamed XLSX export with its time and peak memory.
 *
 * Measured on two workspaces, each printed with what it holds:
 * - the real city verify wrote in the same bench run (or one given): real persons and
 *   registries, so the person card is measured over hundreds of different IINs;
 * - a synthetic workspace of `findings` rows (two runs, so new/persisting/resolved are
 *   computed for real), for the list at 1 M findings and the 1 M-row export, since a
 *   generated city has few findings (~65 planted at 2.5 M persons). Skipped when the real
 *   city already has that many.
 */
export interface EndpointFigures extends LatencyFigures {
  readonly name: string;
}

export interface ServerBenchPart {
  readonly label: string;
  readonly workspaceFile: string;
  readonly persons: number;
  readonly findings: number;
  /** Whether person cards were read through the person index (src/workspace/person-index.ts). */
  readonly personIndex: boolean;
  readonly endpoints: readonly EndpointFigures[];
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
  } | null;
}

export interface ServerBenchResult {
  readonly kind: 'server';
  readonly parts: readonly ServerBenchPart[];
}

/** Issue 6 targets, printed beside the figures. */
export const SERVER_TARGETS = { p95Ms: 300, exportSeconds: 60, exportPeakRssMb: 1024 } as const;

const repeated = (url: (i: number) => string, times: number): string[] =>
  Array.from({ length: times }, (_, i) => url(i));

/** 50 clients over real loopback HTTP, from another process, paging through the list. */
async function concurrentList(bench: BenchApp, address: string, findings: number) {
  const clients = 50;
  const perClient = 4;
  const pages = Math.max(1, Math.ceil(findings / 50));
  const load = await runClient<{ latencies: number[]; wallMs: number }>([
    'list',
    address,
    bench.headers.cookie,
    String(clients),
    String(perClient),
    String(pages),
  ]);
  const latencies = [...load.latencies].sort((a, b) => a - b);
  return {
    clients,
    requests: latencies.length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    requestsPerSecond: Math.round((latencies.length * 1000) / load.wallMs),
  };
}

/** Streamed XLSX export of the whole list: time to last byte and the server process's peak RSS every 100 ms. */
async function exportList(bench: BenchApp, address: string, rows: number) {
  const startRss = process.memoryUsage.rss();
  let peak = startRss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  const exportStart = performance.now();
  let bytes: number;
  try {
    bytes = (await runClient<{ bytes: number }>(['export', address, bench.headers.cookie])).bytes;
  } finally {
    clearInterval(timer);
  }
  return {
    rows,
    seconds: Math.round((performance.now() - exportStart) / 100) / 10,
    bytes,
    startRssMb: Math.round(startRss / 1048576),
    peakRssMb: Math.round(peak / 1048576),
  };
}

async function count(ws: WorkspaceAccess, sql: string): Promise<number> {
  return Number((await ws.query<{ n: string | number }>(sql))[0]?.n ?? 0);
}

/** Random persons of the register plus persons with findings: the cards an analyst opens. */
async function cardIins(ws: WorkspaceAccess, runId: string): Promise<string[]> {
  const random = await ws.query<{ iin: string }>(
    `SELECT iin FROM population USING SAMPLE reservoir(200 ROWS) REPEATABLE (42)`,
  );
  const flagged = await ws.query<{ iin: string }>(
    `SELECT DISTINCT regexp_extract(subject_id, '(\\d{12})$', 1) AS iin FROM findings
     WHERE run_id = ${sqlString(runId)} AND regexp_matches(subject_id, '\\d{12}$') ORDER BY iin LIMIT 50`,
  );
  return [...new Set([...random, ...flagged].map((r) => r.iin))];
}

/** The figures taken over loopback (the server listening): concurrent clients, and the export when asked for. */
async function overHttp(
  bench: BenchApp,
  findings: number,
  options: { readonly exportRows?: number } = {},
): Promise<Pick<ServerBenchPart, 'personIndex' | 'concurrent' | 'export'>> {
  const personIndex = await personIndexIsCurrent(bench.workspace);
  const address = await bench.app.listen({ port: 0, host: '127.0.0.1' });
  const concurrent = await concurrentList(bench, address, findings);
  const exported = options.exportRows ? await exportList(bench, address, options.exportRows) : null;
  return { personIndex, concurrent, export: exported };
}

async function benchCity(workspaceFile: string, repeats: number): Promise<ServerBenchPart> {
  const storeDir = mkdtempSync(join(tmpdir(), 'bz-server-bench-city-'));
  const bench = await startBenchApp(storeDir, workspaceFile);
  try {
    const ws = bench.workspace;
    const run = await resolveRun(ws);
    const runId = run?.runId ?? '';
    const persons = await count(ws, 'SELECT count(*) AS n FROM population');
    const findings = await count(ws, `SELECT count(*) AS n FROM findings WHERE run_id = ${sqlString(runId)}`);
    const top = (
      await ws.query<{ rule_id: string; district: string }>(
        `SELECT rule_id, district FROM findings WHERE run_id = ${sqlString(runId)} AND district IS NOT NULL
         GROUP BY ALL ORDER BY count(*) DESC, rule_id, district LIMIT 1`,
      )
    )[0];
    const iins = await cardIins(ws, runId);
    const pages = Math.max(1, Math.ceil(findings / 50));
    const { app, headers } = bench;
    const measure = (name: string, urls: readonly string[]): Promise<EndpointFigures> =>
      timeEndpoint(app, headers, name, urls);
    const endpoints: EndpointFigures[] = [
      await measure(
        'findings list (latest run, by amount, page by page)',
        repeated((i) => `/api/findings?limit=50&offset=${(i % pages) * 50}`, repeats),
      ),
    ];
    if (top) {
      endpoints.push(
        await measure(
          `findings list (rule ${top.rule_id} + district ${top.district})`,
          repeated(() => `/api/findings?rule=${top.rule_id}&district=${top.district}&limit=50`, repeats),
        ),
      );
    }
    endpoints.push(
      await measure(
        'findings list (no case yet)',
        repeated(() => '/api/findings?caseStatus=none&limit=50', repeats),
      ),
      await measure(
        `person card (${iins.length} different IINs: random persons and persons with findings)`,
        iins.map((iin) => `/api/persons/${iin}`),
      ),
      await measure(
        'dashboard',
        repeated(() => '/api/dashboard', repeats),
      ),
    );
    return {
      label: 'real city',
      workspaceFile,
      persons,
      findings,
      endpoints,
      ...(await overHttp(bench, findings)),
    };
  } finally {
    await bench.close();
    rmSync(storeDir, { recursive: true, force: true });
  }
}

async function benchSynthetic(findings: number, repeats: number): Promise<ServerBenchPart> {
  const dir = mkdtempSync(join(tmpdir(), 'bz-server-bench-'));
  const workspaceFile = join(dir, 'workspace.duckdb');
  const persons = syntheticPersons(findings);
  const bench = await startBenchApp(dir, workspaceFile, (ws) => seedSynthetic(ws, findings));
  try {
    const { app, headers } = bench;
    const measure = (name: string, urls: readonly string[]): Promise<EndpointFigures> =>
      timeEndpoint(app, headers, name, urls);
    const district = ALMATY_CITY_DISTRICTS[1]?.code;
    const iin = (i: number) => String((i * 7919) % persons).padStart(12, '0');
    const endpoints: EndpointFigures[] = [
      await measure(
        'findings list (latest run, by amount, page by page)',
        repeated((i) => `/api/findings?limit=50&offset=${i}00`, repeats),
      ),
      await measure(
        'findings list (rule + district + amount filter)',
        repeated(() => `/api/findings?rule=ASP-02&district=${district}&minAmount=1000&limit=50`, repeats),
      ),
      await measure(
        'findings list (no case yet)',
        repeated(() => '/api/findings?caseStatus=none&limit=50', repeats),
      ),
      await measure(
        `person card (${repeats} different IINs; population only, no person index)`,
        repeated((i) => `/api/persons/${iin(i)}`, repeats),
      ),
      await measure(
        'dashboard',
        repeated(() => '/api/dashboard', repeats),
      ),
    ];
    return {
      label: 'synthetic',
      workspaceFile,
      persons,
      findings,
      endpoints,
      ...(await overHttp(bench, findings, { exportRows: findings })),
    };
  } finally {
    await bench.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchServer(
  options: {
    readonly findings?: number;
    readonly repeats?: number;
    /** A verified workspace of a real (generated) city; the server writes its list tables into it. */
    readonly cityWorkspace?: string;
  } = {},
): Promise<ServerBenchResult> {
  const findings = options.findings ?? 1_000_000;
  const repeats = options.repeats ?? 30;
  const parts: ServerBenchPart[] = [];
  if (options.cityWorkspace) {
    const city = await benchCity(options.cityWorkspace, repeats);
    printServerPart(city);
    parts.push(city);
  }
  if (!parts.some((p) => p.findings >= findings)) {
    const synthetic = await benchSynthetic(findings, repeats);
    printServerPart(synthetic);
    parts.push(synthetic);
  }
  return { kind: 'server', parts };
}

const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

/** The figures of one workspace, saying what it holds, each figure with its issue 6 target beside it. */
export function printServerPart(r: ServerBenchPart): void {
  const t = SERVER_TARGETS;
  const what =
    r.label === 'synthetic'
      ? 'for the list at many findings and the large export'
      : 'written by verify: real persons, registries and findings';
  const lines = [
    `server on the ${r.label} workspace (${what}): ${r.persons.toLocaleString('en')} persons, ` +
      `${r.findings.toLocaleString('en')} findings in the latest run; person cards ${r.personIndex ? 'through the person index' : 'by scanning the registries (no person index)'}`,
    `  workspace: ${r.workspaceFile}`,
    `  targets: p95 < ${t.p95Ms} ms; export < ${t.exportSeconds} s and < ${t.exportPeakRssMb} MB`,
  ];
  for (const e of r.endpoints)
    lines.push(
      `  ${e.name}: p50 ${e.p50Ms} ms, p95 ${e.p95Ms} ms (target < ${t.p95Ms}: ${verdict(e.p95Ms < t.p95Ms)}), first request ${e.firstMs} ms, ${e.requests} requests`,
    );
  const c = r.concurrent;
  lines.push(
    `  ${c.clients} concurrent clients on the list (${c.requests} requests): p50 ${c.p50Ms} ms, p95 ${c.p95Ms} ms (target < ${t.p95Ms}: ${verdict(c.p95Ms < t.p95Ms)}), ${c.requestsPerSecond} req/s`,
  );
  const x = r.export;
  if (x)
    lines.push(
      `  XLSX export of ${x.rows.toLocaleString('en')} rows: ${x.seconds} s (target < ${t.exportSeconds}: ${verdict(x.seconds < t.exportSeconds)}), ` +
        `${Math.round(x.bytes / 1048576)} MB, peak RSS ${x.peakRssMb} MB (target < ${t.exportPeakRssMb}: ${verdict(x.peakRssMb < t.exportPeakRssMb)}; ${x.startRssMb} MB at start)`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
}
