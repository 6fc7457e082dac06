import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * End-to-end harness: a small generated city verified into a temporary data folder, the
 * web app built, a real `birtizim serve` on a free port, and Debian's Chromium.
 */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOTS = join(REPO, 'artifacts', 'screenshots');
export const AS_OF = '2025-06-15';
export const OFFICER = { login: 'officer', password: 'officer-pass-1', district: 'ALM-AUEZOV' } as const;
export const ANALYST = { login: 'analyst', password: 'analyst-pass-1' } as const;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `birtizim-${prefix}-`));
}

/** Generate, verify and add the users: the data folder `birtizim serve` will open. */
export async function prepareDataDir(dataDir: string, persons: number): Promise<{ snapshotDir: string }> {
  const { generateCity } = await import('../../src/generate/generate-city');
  const { runVerify } = await import('../../src/verify/run-verify');
  const { openStore } = await import('../../src/store/open-store');
  const { DEFAULT_PARAMETERS } = await import('../../src/core/params');
  const cityDir = join(dataDir, 'city');
  await generateCity({ persons, seed: 7, outDir: cityDir, asOf: AS_OF });
  const snapshotDir = join(cityDir, 'snapshot');
  await runVerify({
    snapshotDir,
    workspaceFile: join(dataDir, 'workspace.duckdb'),
    asOf: AS_OF,
    params: DEFAULT_PARAMETERS,
  });
  const store = await openStore({ dataDir });
  try {
    await store.users.create({
      login: OFFICER.login,
      password: OFFICER.password,
      role: 'district_officer',
      districts: [OFFICER.district],
    });
    await store.users.create({
      login: ANALYST.login,
      password: ANALYST.password,
      role: 'analyst',
      districts: [],
    });
  } finally {
    await store.close();
  }
  return { snapshotDir };
}

/** A small messy snapshot (bad rows, odd headers) for the import page. */
export async function messySnapshot(dir: string): Promise<string[]> {
  const { generateCity } = await import('../../src/generate/generate-city');
  await generateCity({ persons: 100, seed: 11, outDir: dir, asOf: AS_OF, messy: true });
  const snapshot = join(dir, 'snapshot');
  return readdirSync(snapshot).map((f) => join(snapshot, f));
}

export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(REPO, 'web', 'vite.config.ts'), logLevel: 'warn' });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Serve {
  readonly url: string;
  stop(): Promise<void>;
}

/** `birtizim serve` on a free port; resolves once /api/health answers. */
export async function startServe(dataDir: string): Promise<Serve> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(REPO, 'bin', 'birtizim.mjs'),
      'serve',
      '--data',
      dataDir,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    { cwd: REPO, env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`birtizim serve exited (${child.exitCode}) before answering:\n${output.slice(-3000)}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`birtizim serve did not answer /api/health within 90 s:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
