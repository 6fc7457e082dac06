import {
  differentLevel,
  editDistanceLevel,
  exactLevel,
  jaroWinklerLevel,
  level,
  nullWhen,
  type Comparison,
} from './comparison-level';
import { fieldColumn, type LinkField } from './link-fields';

/**
 * One comparison per field. The m and u given here are priors: the link engine re-estimates
 * u from random pairs and m with EM on each job; REG-03, a single SQL statement, uses them
 * as they are. Values: m from how often a clerk's copy of a true record keeps the field at
 * that level (most exact, a few typos or transliterations); u from how often two different
 * people of a city of a million agree that far (a common surname ~0.3 %, a birth date
 * ~1/20 000).
 */
function nameComparison(name: string, column: string, swapWith: string | null): Comparison {
  const key = `${column}_key`;
  const levels = [
    exactLevel(column, 0.8, 0.003),
    level('transliteration', `l.${key} = r.${key}`, 0.1, 0.0008),
    ...(swapWith
      ? [
          level(
            'swapped with ' + swapWith.replace('_key', ''),
            `l.${key} = r.${swapWith} AND l.${swapWith} = r.${key}`,
            0.02,
            0.0001,
          ),
        ]
      : []),
    jaroWinklerLevel(key, 0.92, 0.04, 0.005),
    jaroWinklerLevel(key, 0.8, 0.02, 0.04),
    differentLevel(0.02, 0.95),
  ];
  return { name, nullSql: nullWhen(key), levels };
}

const middleNameComparison = (name: string, column: string): Comparison => ({
  name,
  nullSql: nullWhen(`${column}_key`),
  levels: [
    level('transliteration', `l.${column}_key = r.${column}_key`, 0.85, 0.02),
    level('same father name', `l.${column}_stem = r.${column}_stem`, 0.07, 0.005),
    jaroWinklerLevel(`${column}_key`, 0.9, 0.04, 0.02),
    differentLevel(0.04, 0.955),
  ],
});

const fullNameComparison = (name: string, column: string): Comparison => ({
  name,
  nullSql: nullWhen(`${column}_key`),
  levels: [
    level('same words', `l.${column}_key = r.${column}_key`, 0.85, 0.0005),
    jaroWinklerLevel(`${column}_key`, 0.92, 0.1, 0.002),
    differentLevel(0.05, 0.9975),
  ],
});

const dateComparison = (name: string, c: string): Comparison => ({
  name,
  nullSql: nullWhen(c),
  levels: [
    exactLevel(c, 0.88, 0.00005),
    level(
      'day and month swapped',
      `left(l.${c}, 4) = left(r.${c}, 4) AND substr(l.${c}, 5, 2) = substr(r.${c}, 7, 2) AND substr(l.${c}, 7, 2) = substr(r.${c}, 5, 2)`,
      0.02,
      0.00001,
    ),
    // hamming: a typo in a date replaces digits, and it is far cheaper than an edit distance.
    level('one digit', `length(l.${c}) = length(r.${c}) AND hamming(l.${c}, r.${c}) = 1`, 0.06, 0.0015),
    level('two digits', `length(l.${c}) = length(r.${c}) AND hamming(l.${c}, r.${c}) = 2`, 0.01, 0.02),
    differentLevel(0.01, 0.978),
  ],
});

const codeComparison = (name: string, c: string, u: number): Comparison => ({
  name,
  nullSql: nullWhen(c),
  levels: [exactLevel(c, 0.85, u), editDistanceLevel(c, 1, 0.12, u * 5), differentLevel(0.03, 1 - u * 6)],
});

const textComparison = (name: string, c: string): Comparison => ({
  name,
  nullSql: nullWhen(c),
  levels: [
    exactLevel(c, 0.8, 0.01),
    jaroWinklerLevel(c, 0.95, 0.08, 0.005),
    jaroWinklerLevel(c, 0.88, 0.06, 0.03),
    differentLevel(0.06, 0.955),
  ],
});

/** The comparisons of a job, one per field, in the order of the fields. */
export function comparisonsFor(fields: readonly LinkField[]): Comparison[] {
  const has = (n: string) => fields.some((f) => f.kind === 'known' && f.name === n);
  const swap = has('last_name') && has('first_name');
  return fields.map((field, i) => {
    const c = fieldColumn(field, i);
    if (field.kind === 'text') return textComparison(field.name, c);
    switch (field.name) {
      case 'last_name':
        return nameComparison(field.name, c, swap ? 'first_name_key' : null);
      case 'first_name':
        return nameComparison(field.name, c, swap ? 'last_name_key' : null);
      case 'middle_name':
        return middleNameComparison(field.name, c);
      case 'full_name':
        return fullNameComparison(field.name, c);
      case 'birth_date':
        return dateComparison(field.name, c);
      case 'sex':
        return {
          name: field.name,
          nullSql: nullWhen(c),
          levels: [exactLevel(c, 0.98, 0.5), differentLevel(0.02, 0.5)],
        };
      case 'iin':
        return codeComparison(field.name, c, 0.000001);
      case 'postcode':
        return codeComparison(field.name, c, 0.01);
      case 'address':
      case 'place':
        return textComparison(field.name, c);
    }
  });
}
