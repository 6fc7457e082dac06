import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PARAMETERS } from '../core/params';
import {
  evaluateLinkOutput,
  publicSets,
  type LinkQuality,
  type PublicSet,
} from '../link/benchmark/public-sets';
import { linkCsv } from '../link/link-csv';
import {
  seededRandom,
  syntheticPopulation,
  variantOf,
  VARIANT_KINDS,
} from '../link/synthetic/synthetic-people';

/**
 * Linkage bench: precision, recall, F1 and records per minute on each public set, and on a
 * dedupe of a generated population with planted duplicates (1 % of the records are a second
 * registration of someone, in another spelling). Target: 2 M records per minute at 1 M.
 */
export interface LinkBenchLine extends LinkQuality {
  readonly name: string;
  readonly records: number;
  readonly seconds: number;
  /** CPU seconds of the process (Node and DuckDB threads): steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  readonly recordsPerMinute: number;
}

const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

async function writePopulationCsv(file: string, persons: number, seed: number): Promise<void> {
  const people = syntheticPopulation(Math.round(persons * 0.99), seed);
  const random = seededRandom(seed + 7);
  const out = createWriteStream(file);
  const write = (line: string) =>
    out.write(line) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write('id,entity,last_name,first_name,middle_name,birth_date,sex\n');
  let id = 0;
  for (const [i, p] of people.entries()) {
    await write(`${id++},${i},${p.last_name},${p.first_name},${p.middle_name},${p.birth_date},${p.sex}\n`);
  }
  for (let extra = people.length; extra < persons; extra++) {
    const i = Math.floor(random() * people.length);
    const p = people[i];
    if (!p) continue;
    const v = variantOf(random, p, VARIANT_KINDS[Math.floor(random() * VARIANT_KINDS.length)] ?? 'russian');
    await write(`${id++},${i},${v.last_name},${v.first_name},${v.middle_name},${v.birth_date},${v.sex}\n`);
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

async function measure(
  set: PublicSet,
  workDir: string,
  records: number,
  estimate: 'em' | 'u' = 'em',
): Promise<LinkBenchLine> {
  const outDir = join(workDir, set.name);
  const cpu = process.cpuUsage();
  const summary = await linkCsv({
    left: set.left,
    right: set.right,
    map: set.map,
    outDir,
    threshold: DEFAULT_PARAMETERS.link_accept_threshold,
    reviewThreshold: DEFAULT_PARAMETERS.link_review_threshold,
    estimate,
  });
  const used = process.cpuUsage(cpu);
  const quality = await evaluateLinkOutput(set, outDir);
  return {
    name: set.name,
    records,
    seconds: summary.seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    recordsPerMinute: (records / summary.seconds) * 60,
    ...quality,
  };
}

export async function benchLink(
  options: { readonly persons?: number; readonly print?: (line: string) => void } = {},
): Promise<LinkBenchLine[]> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const persons = options.persons ?? 1_000_000;
  const workDir = mkdtempSync(join(tmpdir(), 'birtizim-link-bench-'));
  const lines: LinkBenchLine[] = [];
  const report = (l: LinkBenchLine) => {
    lines.push(l);
    print(
      `${l.name.padEnd(16)} records ${String(l.records).padStart(8)}  precision ${l.precision.toFixed(4)}  recall ${l.recall.toFixed(4)}  F1 ${l.f1.toFixed(4)}  ${l.seconds.toFixed(1)} s (CPU ${l.cpuSeconds.toFixed(1)} s)  ${Math.round(l.recordsPerMinute)} records/min`,
    );
  };
  try {
    for (const set of publicSets(SHARED_DATA)) {
      report(
        await measure(
          set,
          workDir,
          set.name === 'febrl4' ? 10_000 : set.name === 'febrl1' || set.name === 'fake_1000' ? 1000 : 5000,
        ),
      );
    }
    const file = join(workDir, 'population.csv');
    await writePopulationCsv(file, persons, 2025);
    report(
      await measure(
        {
          name: `dedupe-${persons}`,
          left: file,
          right: null,
          map: 'id=id,last_name=last_name,first_name=first_name,middle_name=middle_name,birth_date=birth_date,sex=sex',
          truthColumn: 'entity',
          truthPattern: null,
          idColumn: 'id',
        },
        workDir,
        persons,
        // EM mistakes namesakes (same full name, near birth date) for duplicates in a name pool this small.
        'u',
      ),
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return lines;
}
