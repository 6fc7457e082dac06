import { describe, expect, it } from 'vitest';
import { composeIin } from '../../src/core/iin';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { runLinkStage } from '../../src/link/link-stage';
import { fillSyntheticWorkspace } from '../../src/link/synthetic/synthetic-workspace';
import { createEmptyWorkspace } from '../../src/workspace/registry-tables';
import { queryRows, sqlString, withWorkspace } from '../../src/workspace/workspace';
import { insertPopulation, type PersonRow } from './workspace-fixture';
import { idTextSql } from '../../src/workspace/id-text';

const ERZHAN: PersonRow = {
  iin: composeIin('1985-03-14', 'M', 17),
  last_name: 'Жұмабаев',
  first_name: 'Ержан',
  middle_name: 'Серікұлы',
  birth_date: '1985-03-14',
  sex: 'M',
};
// The same name born one digit of the month later: the record's exact birth date tells them
// apart by far more than the ambiguity margin, so it must not stop the accept.
const ERZHAN_NAMESAKE: PersonRow = {
  ...ERZHAN,
  iin: composeIin('1985-08-14', 'M', 18),
  birth_date: '1985-08-14',
};
const ALIYA: PersonRow = {
  iin: composeIin('1990-11-02', 'F', 5),
  last_name: 'Қасымова',
  first_name: 'Әлия',
  middle_name: 'Болатқызы',
  birth_date: '1990-11-02',
  sex: 'F',
};
// Twins sharing surname, birth date and patronymic: a bare initial cannot tell them apart.
const TWIN_A: PersonRow = {
  iin: composeIin('2001-06-30', 'M', 40),
  last_name: 'Омаров',
  first_name: 'Арман',
  middle_name: 'Маратұлы',
  birth_date: '2001-06-30',
  sex: 'M',
};
const TWIN_B: PersonRow = {
  iin: composeIin('2001-06-30', 'M', 41),
  last_name: 'Омаров',
  first_name: 'Арнұр',
  middle_name: 'Маратұлы',
  birth_date: '2001-06-30',
  sex: 'M',
};

interface Waiting {
  readonly line: number;
  readonly last: string;
  readonly first: string;
  readonly middle: string | null;
  readonly birth: string;
  readonly iinRaw: string | null;
}

const WAITING: readonly Waiting[] = [
  // Passport Latin, no patronymic: Zhumabayev Yerzhan.
  { line: 2, last: 'ZHUMABAYEV', first: 'YERZHAN', middle: null, birth: '1985-03-14', iinRaw: null },
  // Russian spelling with first and last name swapped and a mistyped IIN.
  {
    line: 3,
    last: 'Алия',
    first: 'Касымова',
    middle: 'Болатовна',
    birth: '1990-11-02',
    iinRaw: ALIYA.iin.slice(0, 11) + ((Number(ALIYA.iin[11]) + 1) % 10),
  },
  // Twins: the first-name typo fits both.
  { line: 4, last: 'Омаров', first: 'Ар', middle: 'Маратович', birth: '2001-06-30', iinRaw: null },
  // Nobody of that name and birth date lives in the city.
  { line: 5, last: 'Петров', first: 'Иван', middle: 'Сергеевич', birth: '1970-01-01', iinRaw: null },
];

describe('LNK stage', () => {
  it('accepts, sends to review or leaves unlinked, and fills the person column', async () => {
    await withWorkspace({ file: ':memory:' }, async (c) => {
      await createEmptyWorkspace(c);
      await insertPopulation(c, [ERZHAN, ERZHAN_NAMESAKE, ALIYA, TWIN_A, TWIN_B]);
      for (const w of WAITING) {
        await c.run(`INSERT INTO osms_status (iin, insured, category, as_of, last_name, first_name, middle_name, birth_date, _line, _iin_raw)
          VALUES (NULL, true, 'employee', DATE '2025-01-01', ${sqlString(w.last)}, ${sqlString(w.first)}, ${w.middle ? sqlString(w.middle) : 'NULL'}, DATE ${sqlString(w.birth)}, ${w.line}, ${w.iinRaw ? sqlString(w.iinRaw) : 'NULL'})`);
      }
      // A row loaded with its IIN is not touched.
      await c.run(
        `INSERT INTO osms_status (iin, insured, category, as_of, _line) VALUES (${sqlString(ERZHAN.iin)}, true, 'employee', DATE '2025-01-01', 6)`,
      );

      const summary = await runLinkStage(c, { runId: 'run-1', params: DEFAULT_PARAMETERS });
      expect(summary.rows).toBe(4);
      expect(summary.byRegistry.osms_status).toEqual({ accept: 2, review: 1, unlinked: 1 });

      const links = await queryRows<{
        line: bigint;
        iin: string;
        decision: string;
        score: number;
        agreement: string;
      }>(
        c,
        `SELECT line, iin, decision, score, agreement::VARCHAR AS agreement FROM _links WHERE run_id = 'run-1' ORDER BY line`,
      );
      expect(links.map((l) => [Number(l.line), l.decision])).toEqual([
        [2, 'accept'],
        [3, 'accept'],
        [4, 'review'],
        [5, 'unlinked'],
      ]);
      expect(links[0]?.iin).toBe(ERZHAN.iin);
      expect(links[1]?.iin).toBe(ALIYA.iin);
      expect(links[3]?.iin).toBe('');
      expect(links[0]?.score).toBeGreaterThanOrEqual(DEFAULT_PARAMETERS.link_accept_threshold);
      const why = JSON.parse(links[1]?.agreement ?? '{}') as Record<
        string,
        { level: string; weight: number }
      >;
      expect(why.last_name?.level).toMatch(/^swapped/);
      expect(why.iin?.level).toBe('one edit');
      expect(why.birth_date).toEqual({ level: 'exact', weight: expect.any(Number) });

      const rows = await queryRows<{
        _line: bigint;
        iin: string | null;
        linked_by_name: boolean;
        _link_score: number | null;
      }>(
        c,
        `SELECT _line, ${idTextSql('iin')} AS iin, linked_by_name, _link_score FROM osms_status ORDER BY _line`,
      );
      expect(rows.map((r) => [Number(r._line), r.iin, r.linked_by_name])).toEqual([
        [2, ERZHAN.iin, true],
        [3, ALIYA.iin, true],
        [4, null, false],
        [5, null, false],
        [6, ERZHAN.iin, false],
      ]);
      expect(rows[0]?._link_score).toBeGreaterThan(0.95);

      // Run again: name links are redone, not stacked, and the row with its own IIN stays.
      const again = await runLinkStage(c, { runId: 'run-2', params: DEFAULT_PARAMETERS });
      expect(again.byRegistry.osms_status).toEqual({ accept: 2, review: 1, unlinked: 1 });
      const rowsAgain = await queryRows<{ _line: bigint; iin: string | null; linked_by_name: boolean }>(
        c,
        `SELECT _line, ${idTextSql('iin')} AS iin, linked_by_name FROM osms_status ORDER BY _line`,
      );
      expect(rowsAgain.map((r) => [Number(r._line), r.iin, r.linked_by_name])).toEqual(
        rows.map((r) => [Number(r._line), r.iin, r.linked_by_name]),
      );
    });
  });

  it(
    'keeps precision of accepted links at 0.99 or more on a synthetic city',
    { timeout: 60_000 },
    async () => {
      await withWorkspace({ file: ':memory:' }, async (c) => {
        await createEmptyWorkspace(c);
        const { truth } = await fillSyntheticWorkspace(c, {
          persons: 20_000,
          rows: 1500,
          absentShare: 0.1,
          seed: 11,
        });
        await runLinkStage(c, { runId: 'r', params: DEFAULT_PARAMETERS });
        const links = await queryRows<{ line: bigint; iin: string; decision: string }>(
          c,
          `SELECT line, iin, decision FROM _links`,
        );
        const expected = new Map(truth.map((t) => [t.line, t.trueIin]));
        const accepted = links.filter((l) => l.decision === 'accept');
        const correct = accepted.filter((l) => expected.get(Number(l.line)) === l.iin).length;
        const linkable = truth.filter((t) => t.trueIin !== null).length;
        expect(links).toHaveLength(1500);
        expect(correct / accepted.length).toBeGreaterThanOrEqual(0.99);
        expect(correct / linkable).toBeGreaterThanOrEqual(0.9);
      });
    },
  );
});
