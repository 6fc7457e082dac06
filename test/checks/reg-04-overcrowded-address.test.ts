import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/reg-04-overcrowded-address';
import { composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';

function residents(address: string, count: number, extra: Partial<TinyRow> = {}): TinyRow[] {
  return Array.from({ length: count }, (_, i) => ({
    iin: composeIin('1980-01-01', 'M', i + (address === 'A1' ? 0 : 500)),
    last_name: 'Сейітов',
    first_name: 'Арман',
    birth_date: '1980-01-01',
    sex: 'M',
    district: 'ALM-AUEZOV',
    address_id: address,
    ...extra,
  }));
}

describe('REG-04 overcrowded address', () => {
  it('fires above 15 living persons, not at 15', async () => {
    const findings = await runRuleOn(
      rule,
      { population: [...residents('A1', 16), ...residents('A2', 15)] },
      {
        asOf: AS_OF,
      },
    );
    expect(findings.map((f) => f.subject_id)).toEqual(['A1']);
    expect(findings[0]?.evidence.living_persons).toBe(16);
    expect(findings[0]?.district).toBe('ALM-AUEZOV');
    expect(findings[0]?.finding_id).toMatch(/^[0-9a-f]{16}$/);
  });
  it('does not count the dead', async () => {
    const rows = residents('A1', 16);
    const withDead = rows.map((r, i) => (i === 0 ? { ...r, death_date: '2025-01-01' } : r));
    expect(await runRuleOn(rule, { population: withDead }, { asOf: AS_OF })).toEqual([]);
  });
});
