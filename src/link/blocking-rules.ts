import type { KnownField } from './link-fields';

/**
 * Blocking rules: only pairs that share one rule's key are compared. Several rules are
 * unioned so that one typo in any one field leaves at least one rule intact (a mistyped
 * birth date still meets on the names and the year or the day and month; a mistyped
 * surname still meets on the birth date and the first name). Keys use the transliteration
 * keys, so Жумабаев and Zhumabayev block together. A rule with `cap` drops keys shared by
 * more records than that on one side (a very common name alone would pair up everyone).
 */
export interface BlockingRule {
  readonly name: string;
  readonly requires: readonly KnownField[];
  /** Key parts over the prepared columns of the left record. */
  readonly left: readonly string[];
  /** Key parts for the right record when they differ (swapped names). */
  readonly right?: readonly string[];
  readonly cap?: number;
}

const LAST3 = 'left(last_name_key, 3)';
const FIRST3 = 'left(first_name_key, 3)';

export const PERSON_BLOCKING_RULES: readonly BlockingRule[] = [
  { name: 'birth date + surname start', requires: ['birth_date', 'last_name'], left: ['birth_date', LAST3] },
  {
    name: 'birth date + first name start',
    requires: ['birth_date', 'first_name'],
    left: ['birth_date', FIRST3],
  },
  {
    name: 'names + birth year',
    requires: ['last_name', 'first_name', 'birth_date'],
    left: ['last_name_key', 'first_name_key', 'left(birth_date, 4)'],
  },
  {
    name: 'names + birth day and month',
    requires: ['last_name', 'first_name', 'birth_date'],
    left: ['last_name_key', 'first_name_key', 'right(birth_date, 4)'],
  },
  { name: 'birth date', requires: ['birth_date'], left: ['birth_date'], cap: 20 },
  {
    name: 'names',
    requires: ['last_name', 'first_name'],
    left: ['last_name_key', 'first_name_key'],
    cap: 40,
  },
  {
    name: 'birth date + swapped names',
    requires: ['birth_date', 'last_name', 'first_name'],
    left: ['birth_date', LAST3],
    right: ['birth_date', FIRST3],
  },
  {
    name: 'birth date + patronymic start',
    requires: ['birth_date', 'middle_name'],
    left: ['birth_date', 'left(middle_name_key, 3)'],
  },
  { name: 'postcode + surname start', requires: ['postcode', 'last_name'], left: ['postcode', LAST3] },
  { name: 'postcode + first name start', requires: ['postcode', 'first_name'], left: ['postcode', FIRST3] },
  { name: 'full name', requires: ['full_name'], left: ['full_name_key'], cap: 40 },
  {
    name: 'birth date + full name start',
    requires: ['birth_date', 'full_name'],
    left: ['birth_date', 'left(full_name_key, 3)'],
  },
];

/** A rule on one identifier-like extra column (most values distinct): exact agreement. */
export const identifierRule = (column: string, label: string): BlockingRule => ({
  name: `${label} exact`,
  requires: [],
  left: [column],
  cap: 20,
});

export function applicableRules(present: ReadonlySet<string>): BlockingRule[] {
  return PERSON_BLOCKING_RULES.filter((rule) => rule.requires.every((f) => present.has(f)));
}

/**
 * The key of a rule as one SQL expression: NULL when any part is missing. A 64-bit hash of
 * the parts, not their text: the blocking joins then compare integers, and a collision only
 * adds a pair to compare, never loses one.
 */
export function ruleKeySql(parts: readonly string[]): string {
  const guard = parts.map((p) => `(${p}) IS NOT NULL`).join(' AND ');
  return `CASE WHEN ${guard} THEN hash(${parts.join(', ')}) END`;
}
