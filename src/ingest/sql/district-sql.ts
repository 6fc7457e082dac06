import { DISTRICTS, districtKey } from '../../core/districts';
import { sqlString } from '../../workspace/workspace';

/**
 * District names to codes inside DuckDB: `bz_district_key` is districtKey (core/districts)
 * in SQL, and the lookup is a small map built from the same reference names through the
 * same districtKey, so the two cannot disagree about which names are known.
 */
const FILLERS = ['район', 'р', 'н', 'ауданы', 'аудан', 'district', 'город', 'г', 'қаласы', 'city'];

function keyEntries(): readonly (readonly [string, string])[] {
  const byKey = new Map<string, string>();
  for (const d of DISTRICTS) {
    for (const name of [d.code, d.nameKk, d.nameRu, d.nameEn, ...d.aliases])
      byKey.set(districtKey(name), d.code);
  }
  return [...byKey];
}

export function districtMacros(): readonly string[] {
  const map = keyEntries()
    .map(([key, code]) => `${sqlString(key)}: ${sqlString(code)}`)
    .join(', ');
  const fillers = FILLERS.map(sqlString).join(', ');
  const codes = DISTRICTS.map((d) => sqlString(d.code)).join(', ');
  return [
    `CREATE OR REPLACE TEMP MACRO bz_district_key(s) AS (array_to_string(list_filter(
       string_split_regex(regexp_replace(replace(lower(s), 'ё', 'е'), '[.,"«»()\\-–]', ' ', 'g'), '\\s+'),
       lambda w: w <> '' AND NOT list_contains([${fillers}], w)), ' '))`,
    // Most extracts write the canonical code: it maps to itself, without the costly key (regex, split,
    // filter). list_contains, not IN: a long IN list becomes a join, which loses row order (column-sql.ts).
    `CREATE OR REPLACE TEMP MACRO bz_district_code(s) AS (CASE WHEN list_contains([${codes}], s) THEN s ELSE (MAP {${map}})[bz_district_key(s)] END)`,
  ];
}
