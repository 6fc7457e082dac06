import { describe, expect, it } from 'vitest';
import { runRule } from '../../src/checks/check-engine';
import { FactSession } from '../../src/checks/fact-session';
import { rule as ben01 } from '../../src/checks/rules/ben-01-paid-after-death';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { queryRows, withWorkspace } from '../../src/workspace/workspace';
import { insertTinyRegistries } from './harness';
import { iinOf, person } from './tiny-people';
import { idTextSql } from '../../src/workspace/id-text';

const CONTEXT = { asOf: '2026-10-15', params: DEFAULT_PARAMETERS };
const A = iinOf(1);
const B = iinOf(2);

async function tempTables(connection: Parameters<typeof queryRows>[0]): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    connection,
    `SELECT table_name FROM duckdb_tables() WHERE temporary AND table_name LIKE 'check_%' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

describe('shared facts of the checks', () => {
  it('creates only the facts a query names (and those they name), once, and drops them on close', async () => {
    await withWorkspace({ file: ':memory:' }, async (connection) => {
      await insertTinyRegistries(connection, { population: [person(1)] });
      const facts = new FactSession(connection, CONTEXT);
      await facts.prepare('SELECT count(*) FROM population');
      expect(await tempTables(connection)).toEqual([]);
      await facts.prepare('SELECT * FROM check_asp_cases');
      expect(await tempTables(connection)).toEqual(['check_asp_cases', 'check_asp_members']);
      await facts.prepareFor(['SELECT * FROM check_persons', 'SELECT * FROM check_persons p']);
      expect(await tempTables(connection)).toEqual(['check_asp_cases', 'check_asp_members', 'check_persons']);
      await facts.close();
      expect(await tempTables(connection)).toEqual([]);
    });
  });

  it('keeps the first population row by line of a repeated IIN, with its death or emigration', async () => {
    await withWorkspace({ file: ':memory:' }, async (connection) => {
      await insertTinyRegistries(connection, {
        population: [
          person(1, '1985-03-01', { district: 'ALM-AUEZOV', death_date: '2026-01-10' }),
          person(2, '1985-03-01', { emigration_date: '2025-05-01', death_date: '2026-02-01' }),
          person(1, '1985-03-01', { district: 'ALM-ALMALY' }),
          person(3, '1985-03-01', { iin: null }),
        ],
      });
      const facts = new FactSession(connection, CONTEXT);
      await facts.prepare('check_persons');
      const rows = await queryRows(
        connection,
        `SELECT ${idTextSql('iin')} AS iin, district, _line, gone_date::VARCHAR AS gone_date, gone_event, full_name
         FROM check_persons ORDER BY iin`,
      );
      expect(rows).toEqual([
        {
          iin: A,
          district: 'ALM-AUEZOV',
          _line: 2n,
          gone_date: '2026-01-10',
          gone_event: 'death',
          full_name: 'Ахметов Ерлан',
        },
        {
          iin: B,
          district: 'ALM-MEDEU',
          _line: 3n,
          gone_date: '2025-05-01',
          gone_event: 'emigration',
          full_name: 'Ахметов Ерлан',
        },
      ]);
      await facts.close();
    });
  });

  it('takes the latest OSMS status of an IIN by its as_of, then by line', async () => {
    await withWorkspace({ file: ':memory:' }, async (connection) => {
      await insertTinyRegistries(connection, {
        osms_status: [
          { iin: A, insured: true, category: 'employee', as_of: '2026-06-30' },
          { iin: A, insured: false, category: 'none', as_of: '2026-09-30' },
          { iin: A, insured: true, category: 'pensioner', as_of: '2026-03-31' },
          { iin: B, insured: true, category: 'child', as_of: '2026-09-30' },
          { iin: B, insured: false, category: 'none', as_of: '2026-09-30' },
          { iin: null, insured: true, category: 'child', as_of: '2026-09-30' },
        ],
      });
      const facts = new FactSession(connection, CONTEXT);
      await facts.prepare('check_osms_latest');
      const rows = await queryRows(
        connection,
        `SELECT ${idTextSql('iin')} AS iin, category, _line FROM check_osms_latest ORDER BY iin`,
      );
      expect(rows).toEqual([
        { iin: A, category: 'none', _line: 3n },
        { iin: B, category: 'none', _line: 6n },
      ]);
      await facts.close();
    });
  });

  it('gives a rule run alone a session of its own and leaves no fact behind; a run session keeps them', async () => {
    await withWorkspace({ file: ':memory:' }, async (connection) => {
      await insertTinyRegistries(connection, {
        population: [person(1, '1985-03-01', { death_date: '2026-03-10' })],
        benefits: [{ iin: A, program: 'housing_certificate', period: '2026-05-01', amount_kzt: 1000 }],
      });
      const alone = await runRule(connection, ben01, CONTEXT, 'run-1');
      expect(alone).toMatchObject({ findings: 1, amountKzt: 1000 });
      expect(await tempTables(connection)).toEqual([]);
      const facts = new FactSession(connection, CONTEXT);
      const shared = await runRule(connection, ben01, CONTEXT, 'run-2', facts);
      expect(shared).toMatchObject({ findings: 1, amountKzt: 1000 });
      expect(await tempTables(connection)).toEqual(['check_persons']);
      await facts.close();
      const stored = await queryRows<{ n: bigint }>(connection, `SELECT count(*) AS n FROM findings`);
      expect(stored).toEqual([{ n: 2n }]);
    });
  });
});
