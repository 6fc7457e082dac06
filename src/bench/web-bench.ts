import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildApp } from '../server/build-app';
import { openWorkspaceAccess } from '../server/workspace-access';
import { openStore } from '../store/open-store';

/**
 * Time to first render of the two pages analysts open first, in Chromium, on a verified
 * workspace (a big city): the dashboard (figures table, then its first chart) and the
 * findings table (first page of rows). Wall-clock from navigation start, median of runs.
 */
export interface WebBenchResult {
  readonly dashboardTableMs: number;
  readonly dashboardChartMs: number;
  readonly findingsTableMs: number;
  readonly runs: number;
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BENCH_USER = { login: 'bench-analyst', password: 'bench-analyst-pass' } as const;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchWeb(options: {
  /** The verified workspace (`<data>/workspace.duckdb`). */
  readonly workspaceFile: string;
  /** Built web app; built with Vite when absent. */
  readonly webDist?: string;
  readonly chromiumPath?: string;
  readonly runs?: number;
}): Promise<WebBenchResult> {
  const webDist = options.webDist ?? join(REPO, 'web', 'dist');
  if (!existsSync(join(webDist, 'index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: join(REPO, 'web', 'vite.config.ts'), logLevel: 'warn' });
  }
  const runs = options.runs ?? 3;
  const scratch = mkdtempSync(join(tmpdir(), 'birtizim-web-bench-'));
  const store = await openStore({ dataDir: 'memory://' });
  const workspace = await openWorkspaceAccess(options.workspaceFile);
  const app = await buildApp({ store, workspace, dataDir: scratch, webDist, loginAttemptsPerMinute: 1000 });
  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    await store.users.create({ ...BENCH_USER, role: 'analyst', districts: [] });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const dashboardTable: number[] = [];
    const dashboardChart: number[] = [];
    const findingsTable: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A fresh context each run: cold cache, as an analyst's first visit of the day.
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(`${base}/login`);
      await page.fill('#login', BENCH_USER.login);
      await page.fill('#password', BENCH_USER.password);
      await page.selectOption('[data-testid="purpose-select"]', 'report');
      await page.click('button[type="submit"]');
      await page.waitForURL(/\/dashboard/);
      await page.goto('about:blank');
      let started = performance.now();
      await page.goto(`${base}/dashboard`);
      await page.waitForSelector('[data-testid="family-table"]', { timeout: 120_000 });
      dashboardTable.push(performance.now() - started);
      await page.waitForSelector('[data-testid="chart-families"] svg path', {
        state: 'attached',
        timeout: 120_000,
      });
      dashboardChart.push(performance.now() - started);
      await page.goto('about:blank');
      started = performance.now();
      await page.goto(`${base}/findings`);
      await page.waitForSelector('[data-testid="findings-table"] tbody tr td', { timeout: 120_000 });
      findingsTable.push(performance.now() - started);
      await context.close();
    }
    const result: WebBenchResult = {
      dashboardTableMs: Math.round(median(dashboardTable)),
      dashboardChartMs: Math.round(median(dashboardChart)),
      findingsTableMs: Math.round(median(findingsTable)),
      runs,
    };
    process.stdout.write(
      `web (Chromium, median of ${runs}): dashboard figures ${result.dashboardTableMs} ms, ` +
        `first chart ${result.dashboardChartMs} ms; findings table ${result.findingsTableMs} ms\n`,
    );
    return result;
  } finally {
    await browser.close();
    await app.close();
    await workspace.close();
    await store.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
