import { describe, expect, it } from 'vitest';
import { ALMATY_CITY_DISTRICTS, DISTRICTS, normaliseDistrict } from '../../src/core/districts';

describe('district names', () => {
  it('reads the reference', () => {
    expect(DISTRICTS).toHaveLength(28);
    expect(ALMATY_CITY_DISTRICTS.map((d) => d.code)).toContain('ALM-AUEZOV');
  });
  it.each([
    ['Әуезов ауданы', 'ALM-AUEZOV'],
    ['Ауэзовский район', 'ALM-AUEZOV'],
    ['auezovsky', 'ALM-AUEZOV'],
    ['AUEZOV DISTRICT', 'ALM-AUEZOV'],
    ['  Бостандыкский  р-н ', 'ALM-BOSTANDYK'],
    ['Қонаев қаласы', 'ALO-QONAEV'],
    ['город Конаев', 'ALO-QONAEV'],
    ['Капшагай', 'ALO-QONAEV'],
    ['Түрксіб', 'ALM-TURKSIB'],
    ['ALM-MEDEU', 'ALM-MEDEU'],
  ])('%s -> %s', (name, code) => {
    expect(normaliseDistrict(name)).toBe(code);
  });
  it('returns null for unknown names', () => {
    expect(normaliseDistrict('Атлантида')).toBeNull();
    expect(normaliseDistrict('')).toBeNull();
  });
});
