import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS, mergeParameters, povertyLine } from '../../src/core/params';
import { BirtizimError } from '../../src/core/errors/birtizim-error';

describe('parameters', () => {
  it('has the domain.md defaults', () => {
    expect(DEFAULT_PARAMETERS.yearly['2025']).toEqual({ mrp: 3932, mzp: 85000, pm: 46228 });
    expect(povertyLine(DEFAULT_PARAMETERS, 2026)).toBeCloseTo(35595.7, 5);
    expect(DEFAULT_PARAMETERS.pension_age_men).toBe(63);
  });
  it('merges overrides', () => {
    const p = mergeParameters({
      doctor_load_norm: 30,
      yearly: { '2027': { mrp: 4500, mzp: 90000, pm: 52000 } },
    });
    expect(p.doctor_load_norm).toBe(30);
    expect(p.yearly['2027']?.pm).toBe(52000);
    expect(p.yearly['2021']?.mrp).toBe(2917);
  });
  it('reports every problem at once', () => {
    try {
      mergeParameters(
        { doctor_load: 1, teacher_load_limit_fte: 'x', yearly: { '2027': { mrp: 1 } } },
        'p.json',
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BirtizimError);
      const msg = (e as BirtizimError).message;
      expect(msg).toContain('doctor_load: unknown parameter');
      expect(msg).toContain('teacher_load_limit_fte: must be a number');
      expect(msg).toContain('yearly.2027.mzp');
    }
  });
});
