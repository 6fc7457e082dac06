import { describe, expect, it } from 'vitest';
import { runRule } from '../../src/checks/check-engine';
import { defineRule } from '../../src/checks/rule';
import { rule as paidAfterDeath } from '../../src/checks/rules/ben-01-paid-after-death';
import { composeIin } from '../../src/core/iin';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { idStartsWithSql, idText, idTextSql } from '../../src/workspace/id-text';
import { queryRows, withWorkspace } from '../../src/workspace/workspace';
import { insertTinyRegistries, runRuleOn } from './harness';

/** IINs and BINs are stored as numbers: an ID with leading zeros must come back whole. */
const BORN_2005 = composeIin('2005-03-01', 'F', 1); // "05…": one leading zero
const BORN_2000 = composeIin('2000-01-01', 'M', 7); // "0001…": three

describe('IDs stored as numbers', () => {
  it('keeps the leading zeros of a finding subject and its evidence', async () => {
    expect(BORN_2000.startsWith('000')).toBe(true);
    const person = (iin: string) => ({
      iin,
      last_name: 'Т',
      first_name: 'А',
      birth_date: '2000-01-01',
      sex: 'M',
      district: 'ALM-BOSTANDYK',
      address_id: 'B',
      death_date: '2026-01-10',
    });
    const pay = (iin: string) => ({
      iin,
      program: 'disability_benefit',
      period: '2026-04-01',
      amount_kzt: 100,
    });
    const findings = await runRuleOn(
      paidAfterDeath,
      { population: [person(BORN_2000), person(BORN_2005)], benefits: [pay(BORN_2000), pay(BORN_2005)] },
      { asOf: '2026-10-15' },
    );
    expect(findings.map((f) => [f.subject_id, f.evidence.iin])).toEqual([
      [BORN_2000, BORN_2000],
      [BORN_2005, BORN_2005],
    ]);
  });

  it('refuses a rule whose subject is a stored ID not printed back as text', async () => {
    const careless = defineRule({
      ...paidAfterDeath,
      sql: () => `SELECT iin AS subject_id, NULL::VARCHAR AS period, district, NULL::DOUBLE AS amount_kzt,
        false AS linked_by_name, '{}' AS evidence FROM population`,
    });
    await withWorkspace({ file: ':memory:' }, async (connection) => {
      await insertTinyRegistries(connection, {
        population: [{ iin: BORN_2005, last_name: 'Т', first_name: 'А', birth_date: '2005-03-01', sex: 'F' }],
      });
      await expect(
        runRule(connection, careless, { asOf: '2026-10-15', params: DEFAULT_PARAMETERS }, 'test'),
      ).rejects.toThrow(/idTextSql/);
    });
  });

  it('prints and matches ID prefixes as the 12-digit text would', async () => {
    expect(idText(5030150001n)).toBe('005030150001');
    expect(idText('5030150001')).toBe('005030150001');
    const ids = ['000101500123', '005030150001', '050301400017', '900101300011', '999999999999'];
    const prefixes = ['0', '00', '0001', '05', '9', '90010130001', '900101300011', '1', '0000000000000'];
    await withWorkspace({ file: ':memory:' }, async (connection) => {
      await connection.run(
        `CREATE TABLE ids AS SELECT CAST(v AS BIGINT) AS id FROM (VALUES ${ids.map((v) => `('${v}')`).join(', ')}) t(v)`,
      );
      for (const prefix of prefixes) {
        const byRange = await queryRows<{ id: string }>(
          connection,
          `SELECT ${idTextSql('id')} AS id FROM ids WHERE ${idStartsWithSql('id', prefix)} ORDER BY id`,
        );
        expect(
          byRange.map((r) => r.id),
          prefix,
        ).toEqual(ids.filter((v) => v.startsWith(prefix)));
      }
    });
  });
});
