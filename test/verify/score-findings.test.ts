import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatScore } from '../../src/score/format-score';
import { readFindings, readTruth } from '../../src/score/read-score-files';
import { scoreFindings } from '../../src/score/score-findings';

const dir = mkdtempSync(join(tmpdir(), 'bz-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('score', () => {
  it('counts planted, found, missed, false positives, near-misses and amounts per rule', async () => {
    const truthFile = join(dir, 'truth.csv');
    const findingsFile = join(dir, 'findings.csv');
    writeFileSync(
      truthFile,
      [
        'rule_id,subject_id,period,amount_kzt,expect',
        'ASP-02,050101500011,2026-Q3,30000,positive',
        'ASP-02,050101500022,2026-Q3,30000,positive',
        'ASP-02,050101500033,2026-Q3,,near_miss',
        'REG-04,A1,,,positive',
      ].join('\n'),
    );
    writeFileSync(
      findingsFile,
      [
        'finding_id,rule_id,severity,district,subject_id,period,amount_kzt,linked_by_name,evidence',
        'a,ASP-02,high,ALM-MEDEU,050101500011,2026-Q3,30000.50,false,"{""x"":1}"',
        'b,ASP-02,high,ALM-MEDEU,050101500033,2026-Q3,10.00,false,"{}"',
        'c,REG-04,medium,ALM-MEDEU,A1,,,false,"{}"',
        'd,REG-04,medium,ALM-MEDEU,A9,,,false,"{}"',
      ].join('\n'),
    );
    const scores = scoreFindings(await readTruth(truthFile), await readFindings(findingsFile));
    expect(scores).toEqual([
      {
        rule_id: 'ASP-02',
        planted: 2,
        found: 1,
        missed: 1,
        false_positives: 1,
        near_misses_hit: 1,
        recall: 0.5,
        precision: 0.5,
        amounts_checked: 1,
        amounts_right: 1,
      },
      {
        rule_id: 'REG-04',
        planted: 1,
        found: 1,
        missed: 0,
        false_positives: 1,
        near_misses_hit: 0,
        recall: 1,
        precision: 0.5,
        amounts_checked: 0,
        amounts_right: 0,
      },
    ]);
    expect(formatScore(scores)).toMatch(/total\s+3\s+2\s+1\s+2\s+1/);
  });

  it('says which columns a file lacks', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'rule_id,subject\nX,1\n');
    await expect(readTruth(bad)).rejects.toMatchObject({ code: 'BZ_SCORE_BAD_FILE' });
  });
});
