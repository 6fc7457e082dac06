import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_REGISTRY } from '../../src/core/errors/registry';
import { LANGUAGES } from '../../src/core/localized';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const documented = [...doc.matchAll(/^\| (BZ_[A-Z0-9_]+) \| (\d+) \| (\d+) \|/gm)].map((m) => ({
  code: m[1],
  http: Number(m[2]),
  exit: Number(m[3]),
}));

describe('error registry and docs/errors.md', () => {
  it('lists exactly the registered codes, with their HTTP and exit statuses', () => {
    const registered = Object.entries(ERROR_REGISTRY).map(([code, spec]) => ({
      code,
      http: spec.httpStatus,
      exit: spec.exitCode,
    }));
    expect([...documented].sort((a, b) => a.code.localeCompare(b.code))).toEqual(
      registered.sort((a, b) => a.code.localeCompare(b.code)),
    );
  });
  it('has every message and fix in kk, ru and en', () => {
    for (const [code, spec] of Object.entries(ERROR_REGISTRY)) {
      for (const lang of LANGUAGES) {
        expect(spec.message[lang], `${code}.message.${lang}`).toMatch(/\S/);
        expect(spec.fix[lang], `${code}.fix.${lang}`).toMatch(/\S/);
      }
    }
  });
});
