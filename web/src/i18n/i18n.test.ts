import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const LANGS = { en: flatten(en), kk: flatten(kk), ru: flatten(ru) } as const;
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const SRC = fileURLToPath(new URL('..', import.meta.url));
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('translations', () => {
  for (const lang of ['kk', 'ru'] as const) {
    it(`${lang} has exactly the keys of en`, () => {
      const missing = [...LANGS.en.keys()].filter((k) => !LANGS[lang].has(k));
      const extra = [...LANGS[lang].keys()].filter((k) => !LANGS.en.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
    it(`${lang} keeps the interpolation variables of en`, () => {
      const wrong = [...LANGS.en.entries()]
        .filter(
          ([k, v]) => JSON.stringify(variables(v)) !== JSON.stringify(variables(LANGS[lang].get(k) ?? '')),
        )
        .map(([k]) => k);
      expect(wrong).toEqual([]);
    });
  }

  it('has no empty text in any language', () => {
    for (const [lang, map] of Object.entries(LANGS)) {
      const empty = [...map.entries()].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('defines every key the code uses', () => {
    const used = new Set<string>();
    const prefixes = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(m[1] ?? '');
      for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z0-9_.-]+)\.\$\{/g)) prefixes.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !LANGS.en.has(k));
    const missingPrefixes = [...prefixes].filter(
      (p) => ![...LANGS.en.keys()].some((k) => k.startsWith(`${p}.`)),
    );
    expect({ missing, missingPrefixes }).toEqual({ missing: [], missingPrefixes: [] });
  });
});
