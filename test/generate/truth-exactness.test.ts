import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCity } from '../../src/generate/generate-city';
import { readCsv } from './csv-read';

/**
 * Re-derives a few rules straight from the written files (independently of the generator's
 * code) and compares with the truth: the background must not trigger them by accident.
 */
let root = '';
const AS_OF = '2025-08-14';
const LAST3 = ['2025-05', '2025-06', '2025-07'];
const read = (f: string) => readCsv(join(root, 'snapshot', `${f}.csv`));
const positives = (rule: string): string[] =>
  readCsv(join(root, 'truth/findings.csv'))
    .filter((t) => t.rule_id === rule && t.expect === 'positive')
    .map((t) => `${t.subject_id}|${t.period}`)
    .sort();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bz-exact-'));
  await generateCity({ persons: 900, seed: 'exact', outDir: root, asOf: AS_OF });
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('truth is exact for rules recomputed from the files', () => {
  it('REG-04: addresses with more than 15 living persons', () => {
    const counts = new Map<string, number>();
    for (const p of read('population')) {
      const living =
        (!p.death_date || p.death_date > AS_OF) && (!p.emigration_date || p.emigration_date > AS_OF);
      if (living) counts.set(p.address_id ?? '', (counts.get(p.address_id ?? '') ?? 0) + 1);
    }
    const found = [...counts].filter(([, n]) => n > 15).map(([a]) => `${a}|`);
    expect(found.sort()).toEqual(positives('REG-04'));
  });

  it('OSMS-01: state-paid category with contributions in the last 3 months', () => {
    const paid = new Set(
      read('contributions')
        .filter((c) => LAST3.includes(c.period ?? ''))
        .map((c) => c.iin),
    );
    const stateCategories = [
      'registered_unemployed',
      'pregnant_nonworking',
      'parent_child_under3_nonworking',
      'asp_nonworking',
    ];
    const found = read('osms_status')
      .filter((o) => stateCategories.includes(o.category ?? '') && paid.has(o.iin))
      .map((o) => `${o.iin}|`);
    expect(found.sort()).toEqual(positives('OSMS-01'));
  });

  it('HLT-04: two attachments active at as_of', () => {
    // Rows written without an IIN belong to the person truth/links.csv names (line = index + 2).
    const linked = new Map(
      readCsv(join(root, 'truth/links.csv'))
        .filter((l) => l.registry === 'phc_attachment')
        .map((l) => [Number(l.line), l.true_iin ?? '']),
    );
    const counts = new Map<string, number>();
    read('phc_attachment').forEach((a, i) => {
      const iin = a.iin || linked.get(i + 2) || '';
      if ((a.attached_since ?? '') <= AS_OF && (!a.detached_on || a.detached_on >= AS_OF))
        counts.set(iin, (counts.get(iin) ?? 0) + 1);
    });
    expect(
      [...counts]
        .filter(([, n]) => n > 1)
        .map(([i]) => `${i}|`)
        .sort(),
    ).toEqual(positives('HLT-04'));
  });

  it('BEN-03: one program paid twice for one month', () => {
    const counts = new Map<string, number>();
    for (const b of read('benefits')) {
      const key = `${b.iin}|${b.period}|${b.program}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const found = [...counts].filter(([, n]) => n > 1).map(([k]) => k.split('|').slice(0, 2).join('|'));
    expect(found.sort()).toEqual(positives('BEN-03'));
  });

  it('ASP-07: two cases of one quarter at one address', () => {
    const counts = new Map<string, number>();
    for (const c of read('asp_cases'))
      counts.set(`${c.address_id}|${c.period}`, (counts.get(`${c.address_id}|${c.period}`) ?? 0) + 1);
    expect(
      [...counts]
        .filter(([, n]) => n > 1)
        .map(([k]) => k)
        .sort(),
    ).toEqual(positives('ASP-07'));
  });
});
