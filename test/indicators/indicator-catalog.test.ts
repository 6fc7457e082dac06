import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/localized';
import { INDICATORS, indicatorByCode } from '../../src/indicators/indicator-catalog';
import { CHECKS_MD_INDICATORS } from '../../src/indicators/indicator-codes';
import { EMPLOYMENT_MEASURES } from '../../src/registries/catalog';

describe('indicator catalog', () => {
  it('defines every indicator checks.md names, and one series per employment measure', () => {
    for (const code of CHECKS_MD_INDICATORS) expect(indicatorByCode(code), code).toBeDefined();
    for (const measure of EMPLOYMENT_MEASURES) {
      expect(indicatorByCode(`employment_measures_${measure}`), measure).toBeDefined();
    }
  });
  it('labels every indicator in kk, ru and en', () => {
    for (const indicator of INDICATORS) {
      for (const lang of LANGUAGES) expect(indicator.label[lang], `${indicator.code}.${lang}`).toMatch(/\S/);
    }
  });
  it('has unique codes', () => {
    const codes = INDICATORS.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
