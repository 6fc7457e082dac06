import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Districts of reference/districts.csv. Extracts name them in Kazakh, Russian or English,
 * with or without "район"/"ауданы", in any case: all of these normalise to the `code`.
 */
export interface District {
  readonly code: string;
  readonly region: string;
  readonly nameKk: string;
  readonly nameRu: string;
  readonly nameEn: string;
  readonly aliases: readonly string[];
}

const REFERENCE_FILE = fileURLToPath(new URL('../../reference/districts.csv', import.meta.url));

function parseReference(text: string): District[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(1).map((line) => {
    const [code = '', region = '', nameKk = '', nameRu = '', nameEn = '', aliases = ''] = line.split(',');
    return { code, region, nameKk, nameRu, nameEn, aliases: aliases ? aliases.split('|') : [] };
  });
}

export const DISTRICTS: readonly District[] = parseReference(readFileSync(REFERENCE_FILE, 'utf8'));

/** Words that only say "this is a district/city", in the three languages. */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'район',
  'р',
  'н',
  'ауданы',
  'аудан',
  'district',
  'город',
  'г',
  'қаласы',
  'city',
]);

/** Fold a district name to a comparison key: lower case, ё→е, fillers and punctuation removed. */
export function districtKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.,"«»()\-–]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !FILLER_WORDS.has(word))
    .join(' ');
}

const BY_KEY: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const d of DISTRICTS) {
    for (const name of [d.code, d.nameKk, d.nameRu, d.nameEn, ...d.aliases]) {
      map.set(districtKey(name), d.code);
    }
  }
  return map;
})();

/** The district code for any of its names, or null when the name is not a known district. */
export function normaliseDistrict(name: string | null | undefined): string | null {
  if (!name) return null;
  return BY_KEY.get(districtKey(name)) ?? null;
}

export function districtByCode(code: string): District | undefined {
  return DISTRICTS.find((d) => d.code === code);
}

export const ALMATY_CITY_DISTRICTS: readonly District[] = DISTRICTS.filter((d) => d.region === 'almaty_city');
