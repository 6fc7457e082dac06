import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * bulletproof-react's import direction: shared code (components, lib, i18n) → features →
 * app. A feature never imports another feature, shared code never imports a feature, and
 * nothing in web/src imports server runtime code other than types and pure core modules.
 */
const SRC = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(SRC, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

interface Import {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

function imports(): Import[] {
  return files(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'/gm)].map((m) => ({
      from: relative(SRC, file).split(sep).join('/'),
      to: relative(SRC, resolve(dirname(file), m[2] ?? ''))
        .split(sep)
        .join('/'),
      typeOnly: !!m[1],
    }));
  });
}

const feature = (path: string) => /^features\/([^/]+)\//.exec(path)?.[1] ?? null;

describe('web import direction', () => {
  const all = imports();
  it('finds the imports', () => {
    expect(all.length).toBeGreaterThan(100);
  });
  it('features do not import each other', () => {
    const bad = all.filter((i) => feature(i.from) && feature(i.to) && feature(i.from) !== feature(i.to));
    expect(bad).toEqual([]);
  });
  it('shared code does not import features or the app', () => {
    const bad = all.filter(
      (i) =>
        /^(components|lib|i18n)\//.test(i.from) &&
        /^(features|app)\//.test(i.to) &&
        !i.from.endsWith('.test.ts'),
    );
    expect(bad).toEqual([]);
  });
  it('reaches outside web/ only for server schema types and pure core modules', () => {
    const outside = all.filter((i) => i.to.startsWith('../'));
    // Pure modules only (no runtime imports of their own): shared lists of names and codes.
    const allowedRuntime = [
      'src/core/localized',
      'src/registries/catalog',
      'src/checks/rule',
      'src/indicators/indicator-codes',
    ];
    const bad = outside.filter((i) => {
      const target = relative(REPO, resolve(SRC, i.to)).split(sep).join('/');
      return !i.typeOnly && !allowedRuntime.includes(target);
    });
    expect(bad).toEqual([]);
  });
});
