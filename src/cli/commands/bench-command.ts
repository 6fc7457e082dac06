import type { Command } from 'commander';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BENCH_AS_OF, benchGenerate } from '../../bench/generate-bench';
import { benchIngest } from '../../bench/ingest-bench';
import { benchLink } from '../../bench/link-bench';
import { benchVerify } from '../../bench/verify-bench';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { action } from '../run-command';

/**
 * `npm run bench`: the speed and memory figures of every stage on one generated city.
 * A 2.5 M-person city takes long on two cores, so the default is smaller and the figures
 * are extrapolated linearly to 2.5 M, which the output says; `--persons 2500000` measures
 * the real thing. Targets are printed next to the figures, never asserted in tests.
 */
const FULL_CITY = 2_500_000;
const STAGES = ['generate', 'ingest', 'verify', 'link', 'server', 'web'] as const;
type Stage = (typeof STAGES)[number];

interface BenchOptions {
  readonly persons: string;
  readonly linkRecords: string;
  readonly dir: string;
  readonly only?: string;
  /** A city `birtizim generate` already wrote (its folder), used instead of generating one. */
  readonly city?: string;
  /** A verified workspace to measure the server on when verify is not part of this run. */
  readonly serverWorkspace?: string;
}

/**
 * The real-city workspace the server part measures: the one verify wrote in this run, else
 * a copy of `--server-workspace` in the scratch folder (the server writes its list tables
 * into the file it serves, and a given workspace is never written to).
 */
function serverWorkspace(options: BenchOptions, verified: string | null, dir: string): string | undefined {
  if (verified) return verified;
  if (!options.serverWorkspace) return undefined;
  const source = resolve(options.serverWorkspace);
  if (!existsSync(source)) throw new BirtizimError('BZ_FILE_NOT_FOUND', { path: source });
  const copy = join(dir, 'server-workspace.duckdb');
  rmSync(`${copy}.wal`, { force: true });
  copyFileSync(source, copy);
  if (existsSync(`${source}.wal`)) copyFileSync(`${source}.wal`, `${copy}.wal`);
  return copy;
}

function cityAsOf(cityDir: string): string {
  const manifest = JSON.parse(readFileSync(join(cityDir, 'truth', 'manifest.json'), 'utf8')) as {
    as_of?: string;
  };
  if (!manifest.as_of)
    throw new BirtizimError('BZ_USAGE', { detail: `${cityDir}: no as_of in truth/manifest.json` });
  return manifest.as_of;
}

function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** The measured figure, and (below 2.5 M) the linear extrapolation to the full city, marked as such. */
function extrapolated(seconds: number, persons: number): string {
  const measured = `${seconds.toFixed(1)} s measured at ${persons.toLocaleString('en')} persons`;
  if (persons >= FULL_CITY) return measured;
  return `${measured}; extrapolated linearly to 2.5 M: ${((seconds * FULL_CITY) / persons).toFixed(1)} s (an estimate, not a measurement)`;
}

/** CPU seconds of this process (Node and DuckDB threads) since `since`: steadier than wall time on a shared machine. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function parseStages(only: string | undefined): ReadonlySet<Stage> {
  if (!only) return new Set(STAGES);
  const wanted = only.split(',').map((s) => s.trim());
  const unknown = wanted.filter((s) => !(STAGES as readonly string[]).includes(s));
  if (unknown.length > 0)
    throw new BirtizimError('BZ_USAGE', { detail: `unknown bench stage ${unknown.join(', ')}` });
  return new Set(wanted as Stage[]);
}

async function runBench(options: BenchOptions): Promise<void> {
  const persons = Number(options.persons);
  const linkRecords = Number(options.linkRecords);
  if (!Number.isInteger(persons) || persons < 1000) {
    throw new BirtizimError('BZ_USAGE', { detail: '--persons must be a whole number of at least 1000' });
  }
  const stages = parseStages(options.only);
  const dir = resolve(options.dir);
  const cityDir = options.city ? resolve(options.city) : join(dir, 'city');
  const workspaceFile = join(dir, 'workspace.duckdb');
  mkdirSync(dir, { recursive: true });

  line(`# Birtizim bench: city of ${persons.toLocaleString('en')} persons in ${dir}`);
  if (options.city) {
    line(`(the city in ${cityDir}, generated before; --persons must say its size)`);
  } else if (stages.has('generate') || stages.has('ingest') || stages.has('verify')) {
    rmSync(cityDir, { recursive: true, force: true });
    line('\n## generate');
    const g = await benchGenerate({ persons, outDir: cityDir });
    line(`generate: ${extrapolated(g.seconds, persons)}; peak RSS ${g.peakRssMb} MB`);
  }
  const snapshotDir = join(cityDir, 'snapshot');
  // The as_of the city was generated for (its periods and thresholds follow from it).
  const asOf = options.city ? cityAsOf(cityDir) : BENCH_AS_OF;
  if (stages.has('ingest')) {
    line('\n## ingest (target: ≤ 2× DuckDB bare read_csv)');
    const cpu = process.cpuUsage();
    const i = await benchIngest({ snapshotDir, workspaceFile });
    line(
      `ingest: ${extrapolated(i.seconds, persons)}; CPU ${cpuSeconds(cpu).toFixed(1)} s (bare reads included)`,
    );
  }
  if (stages.has('verify')) {
    line('\n## verify, all rules (target: < 60 s and < 4 GiB at 2.5 M)');
    const cpu = process.cpuUsage();
    const v = await benchVerify({ snapshotDir, workspaceFile, asOf, outDir: join(dir, 'verify-out') });
    const rules = [...v.summary.rules_run]
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, 5)
      .map((r) => `${r.rule_id} ${r.seconds.toFixed(2)} s`)
      .join(', ');
    line(`slowest rules: ${rules}`);
    line(
      `verify: ${extrapolated(v.secondsTotal, persons)}; CPU ${cpuSeconds(cpu).toFixed(1)} s (bare scan included); peak RSS ${v.peakRssMb} MB`,
    );
  }
  if (stages.has('link')) {
    line(`\n## linkage (targets: F1 ≥ 0.99 FEBRL4, ≥ 0.95 FEBRL3, ≥ 2 M records/min on a dedupe)`);
    await benchLink({ persons: linkRecords });
  }
  if (stages.has('server')) {
    line('\n## server (targets: p95 < 300 ms; 1 M-row XLSX export < 60 s, < 1 GiB)');
    const { benchServer } = await import('../../bench/server-bench');
    const cityWorkspace = serverWorkspace(options, stages.has('verify') ? workspaceFile : null, dir);
    await benchServer(cityWorkspace ? { cityWorkspace } : {});
  }
  if (stages.has('web')) {
    line('\n## web (target: first render < 1.5 s)');
    const { benchWeb } = await import('../../bench/web-bench');
    await benchWeb({ workspaceFile });
  }
}

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure throughput, latency and memory of every stage on a generated city')
    .option('--persons <n>', 'persons in the generated city', '250000')
    .option('--link-records <n>', 'records in the linkage dedupe benchmark', '1000000')
    .option('--dir <dir>', 'scratch folder', 'bench-data')
    .option('--only <stages>', `comma-separated subset of ${STAGES.join(',')}`)
    .option(
      '--city <dir>',
      'use a city generated before (birtizim generate --out DIR) instead of generating one',
    )
    .option(
      '--server-workspace <file>',
      'a verified workspace to measure the server on (copied first) when verify is not in --only',
    )
    .action(action(async (options: BenchOptions) => runBench(options)));
}
