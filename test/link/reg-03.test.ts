import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/reg-03-duplicate-person';
import { composeIin } from '../../src/core/iin';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { createEmptyWorkspace } from '../../src/workspace/registry-tables';
import { queryRows, withWorkspace } from '../../src/workspace/workspace';
import { insertPopulation, type PersonRow } from './workspace-fixture';

const person = (p: Omit<PersonRow, 'iin'>, serial: number): PersonRow => ({
  ...p,
  iin: composeIin(p.birth_date, p.sex, serial),
});

// One woman registered twice: Kazakh Cyrillic, and later in 2021 Latin without patronymic.
const FIRST = person(
  {
    last_name: 'Жұмабаева',
    first_name: 'Әлия',
    middle_name: 'Серікқызы',
    birth_date: '1988-04-09',
    sex: 'F',
  },
  100,
);
const SECOND = person(
  { last_name: 'Jumabaeva', first_name: 'Äliä', middle_name: null, birth_date: '1988-04-09', sex: 'F' },
  2345,
);
// Namesakes: same names and patronymic, different birth dates (near miss).
const NAMESAKE_A = person(
  { last_name: 'Ахметов', first_name: 'Нұрлан', middle_name: 'Бақытұлы', birth_date: '1975-02-11', sex: 'M' },
  300,
);
const NAMESAKE_B = person(
  { last_name: 'Ахметов', first_name: 'Нұрлан', middle_name: 'Бақытұлы', birth_date: '1979-08-23', sex: 'M' },
  301,
);
// Twins: one surname, birth date and patronymic, two first names.
const TWIN_A = person(
  { last_name: 'Омаров', first_name: 'Арман', middle_name: 'Маратұлы', birth_date: '2001-06-30', sex: 'M' },
  40,
);
const TWIN_B = person(
  { last_name: 'Омаров', first_name: 'Ерлан', middle_name: 'Маратұлы', birth_date: '2001-06-30', sex: 'M' },
  41,
);

describe('REG-03 probable duplicate person', () => {
  it('finds one person under two IINs, and not namesakes or twins', async () => {
    await withWorkspace({ file: ':memory:' }, async (c) => {
      await createEmptyWorkspace(c);
      await insertPopulation(c, [FIRST, NAMESAKE_A, TWIN_A, SECOND, NAMESAKE_B, TWIN_B]);
      const findings = await queryRows<{
        subject_id: string;
        period: string | null;
        district: string;
        linked_by_name: boolean;
        evidence: string;
      }>(
        c,
        `SELECT subject_id, period, district, linked_by_name, evidence::VARCHAR AS evidence FROM (${rule.sql({ asOf: '2025-06-30', params: DEFAULT_PARAMETERS })})`,
      );
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding?.subject_id).toBe([FIRST.iin, SECOND.iin].sort()[1]);
      expect(finding?.period).toBeNull();
      expect(finding?.district).toBe('ALM-02');
      expect(finding?.linked_by_name).toBe(false);
      const evidence = JSON.parse(finding?.evidence ?? '{}') as {
        persons: { iin: string }[];
        agreement: Record<string, { level: string }>;
      };
      expect(evidence.persons.map((p) => p.iin).sort()).toEqual([FIRST.iin, SECOND.iin].sort());
      expect(evidence.agreement.last_name?.level).toBe('transliteration');
      expect(evidence.agreement.first_name?.level).toBe('transliteration');
      expect(evidence.agreement.birth_date?.level).toBe('exact');
      expect(evidence.agreement.middle_name?.level).toBe('missing');
    });
  });

  it('finds a second registration with first and last name swapped and day and month swapped', async () => {
    const original = person(
      {
        last_name: 'Сейітов',
        first_name: 'Бекзат',
        middle_name: 'Маратұлы',
        birth_date: '1990-03-07',
        sex: 'M',
      },
      500,
    );
    const swapped = person(
      {
        last_name: 'Бекзат',
        first_name: 'Seitov',
        middle_name: 'Маратұлы',
        birth_date: '1990-07-03',
        sex: 'M',
      },
      501,
    );
    // Another man born that day with another first name: not the same person.
    const other = person(
      {
        last_name: 'Сейітов',
        first_name: 'Қанат',
        middle_name: 'Маратұлы',
        birth_date: '1990-03-07',
        sex: 'M',
      },
      502,
    );
    await withWorkspace({ file: ':memory:' }, async (c) => {
      await createEmptyWorkspace(c);
      await insertPopulation(c, [original, swapped, other]);
      const findings = await queryRows<{ subject_id: string; evidence: string }>(
        c,
        `SELECT subject_id, evidence::VARCHAR AS evidence FROM (${rule.sql({ asOf: '2025-06-30', params: DEFAULT_PARAMETERS })})`,
      );
      expect(findings.map((f) => f.subject_id)).toEqual([[original.iin, swapped.iin].sort()[1]]);
      const evidence = JSON.parse(findings[0]?.evidence ?? '{}') as {
        agreement: Record<string, { level: string }>;
      };
      expect(evidence.agreement.birth_date?.level).toBe('day and month swapped');
      expect(evidence.agreement.last_name?.level).toMatch(/^swapped/);
    });
  });

  it('takes a typo in the patronymic for the same father, and a look-alike patronymic for another', async () => {
    const man = (middle: string, serial: number): PersonRow =>
      person(
        {
          last_name: 'Яковлев',
          first_name: 'Даниил',
          middle_name: middle,
          birth_date: '1995-04-12',
          sex: 'M',
        },
        serial,
      );
    const woman = (middle: string, serial: number): PersonRow =>
      person(
        {
          last_name: 'Сейфуллина',
          first_name: 'Перизат',
          middle_name: middle,
          birth_date: '2014-10-16',
          sex: 'F',
        },
        serial,
      );
    // Дмитриевич / Дмитревич: one father, a typo. Васильевич / Витальевич and Асанқызы /
    // Дастанқызы: two fathers, although the patronymics are Jaro-Winkler-close (>= 0.9).
    const typo = [man('Дмитриевич', 600), man('Дмитревич', 601)];
    const fathers = [
      { ...man('Васильевич', 602), birth_date: '1995-04-13', iin: composeIin('1995-04-13', 'M', 602) },
      { ...man('Витальевич', 603), birth_date: '1995-04-13', iin: composeIin('1995-04-13', 'M', 603) },
      woman('Асанқызы', 604),
      woman('Дастанқызы', 605),
    ];
    await withWorkspace({ file: ':memory:' }, async (c) => {
      await createEmptyWorkspace(c);
      await insertPopulation(c, [...typo, ...fathers]);
      const findings = await queryRows<{ subject_id: string }>(
        c,
        `SELECT subject_id FROM (${rule.sql({ asOf: '2025-06-30', params: DEFAULT_PARAMETERS })})`,
      );
      expect(findings.map((f) => f.subject_id)).toEqual([[typo[0]?.iin, typo[1]?.iin].sort()[1]]);
    });
  });

  it('is a rule definition the engine can run', () => {
    expect(rule.kind).toBe('rule');
    expect(rule.id).toBe('REG-03');
    expect(rule.registries).toEqual(['population']);
  });
});
