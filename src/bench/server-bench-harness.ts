import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/build-app';
import { openWorkspaceAccess, type WorkspaceAccess } from '../server/workspace-access';
import { openStore } from '../store/open-store';

/**
 * What the server bench needs around a workspace: a store with a bench user, the app signed
 * in, timed requests, and the load-generating HTTP client in a child process (in this one it
 * would compete with the server for its event loop and add its buffers to its memory).
 */
export interface LatencyFigures {
  /** The first request, before any cache of the server is warm. */
  readonly firstMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly requests: number;
}

export interface BenchApp {
  readonly app: FastifyInstance;
  readonly workspace: WorkspaceAccess;
  readonly headers: { readonly cookie: string };
  close(): Promise<void>;
}

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

/**
 * The app over `workspaceFile`, signed in as the bench analyst. The store is a data folder
 * set up beforehand, as `serve` finds it in production: a fresh one (or `memory://`) runs
 * initdb in this process, whose two WASM instances stay resident (~300 MB) until V8 happens
 * to run a full GC, and would be measured as if they were the server's memory.
 */
export async function startBenchApp(
  storeDir: string,
  workspaceFile: string,
  prepare: (workspace: WorkspaceAccess) => Promise<void> = async () => undefined,
): Promise<BenchApp> {
  await addBenchUser(storeDir);
  const store = await openStore({ dataDir: storeDir });
  const workspace = await openWorkspaceAccess(workspaceFile);
  let app: FastifyInstance | null = null;
  try {
    await prepare(workspace);
    app = await buildApp({ store, workspace, dataDir: storeDir, rules: [], loginAttemptsPerMinute: 1000 });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'bench', password: 'bench-password', purpose: 'benchmark' },
    });
    const headers = { cookie: `bz_session=${login.cookies.find((c) => c.name === 'bz_session')?.value}` };
    const started = app;
    return {
      app: started,
      workspace,
      headers,
      async close() {
        await started.close();
        await workspace.close();
        await store.close();
      },
    };
  } catch (error) {
    await app?.close();
    await workspace.close();
    await store.close();
    throw error;
  }
}

export const percentile = (sorted: readonly number[], p: number): number =>
  Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10;

/** GET each URL in turn (in-process inject: the server's own latency), first request and percentiles. */
export async function timeUrls(
  app: FastifyInstance,
  urls: readonly string[],
  headers: Record<string, string>,
): Promise<LatencyFigures> {
  const ms: number[] = [];
  for (const url of urls) {
    const t0 = performance.now();
    const r = await app.inject({ method: 'GET', url, headers });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
    ms.push(performance.now() - t0);
  }
  const firstMs = Math.round(ms[0] ?? 0);
  ms.sort((a, b) => a - b);
  return { firstMs, p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), requests: ms.length };
}

/**
 * The load-generating client, plain JavaScript for a child `node` process. `list`: N
 * clients each fetching K pages in turn (page numbers wrap at `pages`) over keep-alive
 * connections (as browsers do), printing every latency; `export`: one download, printing
 * its size. node:http rather than fetch: on this two-core machine fetch cost the client
 * ~3 ms of CPU per request, twice the server's own work, taken from the server measured.
 */
const CLIENT_SCRIPT = `
import http from 'node:http';
const [mode, address, cookie, clients, perClient, pages] = process.argv.slice(1);
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
      const page = (c * Number(perClient) + k) % Math.max(1, Number(pages));
      await get(address + '/api/findings?limit=50&offset=' + page * 50, () => {});
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

export function runClient<T>(args: readonly string[]): Promise<T> {
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

/** One endpoint's figures under a name, for the bench report. */
export async function timeEndpoint(
  app: FastifyInstance,
  headers: Record<string, string>,
  name: string,
  urls: readonly string[],
): Promise<LatencyFigures & { readonly name: string }> {
  return { name, ...(await timeUrls(app, urls, headers)) };
}
