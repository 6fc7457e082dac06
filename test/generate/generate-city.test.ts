import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidIdNumber } from '../../src/core/iin';
import { REGISTRIES } from '../../src/registries/catalog';
import { generateCity } from '../../src/generate/generate-city';
import { RULE_IDS } from '../../src/generate/truth/truth-finding';
import { readCsv } from './csv-read';

const AS_OF = '2025-05-20';
let root = '';
const city = (name: string): string => join(root, name);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bz-gen-'));
  await generateCity({ persons: 700, seed: 7, outDir: city('a'), asOf: AS_OF });
  await generateCity({ persons: 700, seed: 7, outDir: city('b'), asOf: AS_OF });
  await generateCity({ persons: 700, seed: 8, outDir: city('c'), asOf: AS_OF });
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function filesOf(dir: string): string[] {
  return ['snapshot', 'truth'].flatMap((sub) => readdirSync(join(dir, sub)).map((f) => join(sub, f))).sort();
}

describe('generate: clean city', () => {
  it('is deterministic: same seed → same bytes, another seed → other content', () => {
    const files = filesOf(city('a'));
    expect(files).toEqual(filesOf(city('b')));
    for (const f of files)
      expect(readFileSync(join(city('b'), f)).equals(readFileSync(join(city('a'), f))), f).toBe(true);
    const pop = (d: string) => readFileSync(join(d, 'snapshot/population.csv'));
    expect(pop(city('c')).equals(pop(city('a')))).toBe(false);
  });

  it('writes every registry with the catalog columns, canonical headers', () => {
    for (const spec of REGISTRIES) {
      const text = readFileSync(join(city('a'), 'snapshot', `${spec.name}.csv`), 'utf8');
      const header = text.slice(0, text.indexOf('\n')).split(',');
      for (const column of spec.columns.filter((c) => c.required))
        expect(header, spec.name).toContain(column.name);
      expect(text.split('\n').length, spec.name).toBeGreaterThan(2);
    }
  });

  it('uses valid IINs everywhere except the rows planted for linkage', () => {
    const links = readCsv(join(city('a'), 'truth/links.csv'));
    expect(links.length).toBeGreaterThan(5);
    const planted = new Set(links.map((l) => `${l.registry}:${l.line}`));
    const population = readCsv(join(city('a'), 'snapshot/population.csv'));
    expect(new Set(population.map((p) => p.iin)).size).toBe(population.length);
    for (const p of population) expect(isValidIdNumber(p.iin ?? ''), p.iin).toBe(true);
    for (const spec of REGISTRIES.filter((r) => r.personColumn)) {
      const column = spec.personColumn ?? '';
      readCsv(join(city('a'), 'snapshot', `${spec.name}.csv`)).forEach((row, i) => {
        const line = i + 2;
        if (planted.has(`${spec.name}:${line}`)) {
          expect(isValidIdNumber(row[column] ?? ''), `${spec.name}:${line}`).toBe(false);
          expect(row.last_name && row.first_name && row.birth_date, `${spec.name}:${line}`).toBeTruthy();
        } else expect(isValidIdNumber(row[column] ?? ''), `${spec.name}:${line}`).toBe(true);
      });
    }
  });

  it('links each planted row to a person of population with that birth date', () => {
    const byIin = new Map(readCsv(join(city('a'), 'snapshot/population.csv')).map((p) => [p.iin, p]));
    for (const link of readCsv(join(city('a'), 'truth/links.csv'))) {
      const rows = readCsv(join(city('a'), 'snapshot', `${link.registry}.csv`));
      const row = rows[Number(link.line) - 2];
      expect(byIin.get(link.true_iin)?.birth_date).toBe(row?.birth_date);
    }
  });

  it('plants a positive and a near-miss for every rule of checks.md', () => {
    const truth = readCsv(join(city('a'), 'truth/findings.csv'));
    for (const rule of RULE_IDS) {
      expect(
        truth.some((t) => t.rule_id === rule && t.expect === 'positive'),
        `${rule} positive`,
      ).toBe(true);
      expect(
        truth.some((t) => t.rule_id === rule && t.expect === 'near_miss'),
        `${rule} near_miss`,
      ).toBe(true);
    }
    const q0 = '2025-Q1';
    for (const t of truth.filter((r) => r.rule_id.startsWith('IND-')))
      expect(t.subject_id.endsWith(`/${q0}`)).toBe(true);
  });

  it('reports the population and insured counts the population and OSMS files give', () => {
    const end = '2025-03-31';
    const population = readCsv(join(city('a'), 'snapshot/population.csv'));
    const living = population.filter(
      (p) =>
        (p.birth_date ?? '') <= end &&
        (!p.death_date || p.death_date > end) &&
        (!p.emigration_date || p.emigration_date > end),
    );
    const districtOf = new Map(living.map((p) => [p.iin, p.district ?? '']));
    const insured = new Map<string, number>();
    for (const o of readCsv(join(city('a'), 'snapshot/osms_status.csv'))) {
      const d = districtOf.get(o.iin);
      if (d && o.insured === 'true') insured.set(d, (insured.get(d) ?? 0) + 1);
    }
    const reported = readCsv(join(city('a'), 'snapshot/reported.csv')).filter((r) => r.period === '2025-Q1');
    const planted = new Set(
      readCsv(join(city('a'), 'truth/findings.csv'))
        // IND-01..04 plant their anomalies (and near-misses) in reported figures.
        .filter((t) => t.rule_id.startsWith('IND-'))
        .map((t) => t.subject_id),
    );
    for (const r of reported) {
      if (planted.has(`${r.district}/${r.indicator}/2025-Q1`)) continue;
      if (r.indicator === 'population')
        expect(Number(r.value)).toBe(living.filter((p) => p.district === r.district).length);
      if (r.indicator === 'osms_insured') expect(Number(r.value)).toBe(insured.get(r.district ?? '') ?? 0);
    }
  });
});
