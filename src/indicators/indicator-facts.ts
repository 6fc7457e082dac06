import { defineFact, type FactDefinition } from '../checks/fact';
import { dateSql, livingOnSql } from '../checks/sql/sql-fragments';
import { indicatorQuarter } from './indicator';

/**
 * Facts shared by several indicators, computed once per run like the checks' facts
 * (checks/fact-session.ts). The three OSMS indicators are one count seen three ways.
 */

/** Persons of `population` living on `day` (and born by then). */
export function livingPersonsSql(day: string): string {
  return `(SELECT * FROM population p WHERE p.birth_date <= ${day} AND ${livingOnSql('p', day)})`;
}

export const OSMS_INSURED_FACT = defineFact({
  table: 'indicator_osms_insured',
  description:
    'per district: persons living on the last day of the indicator quarter, and how many of them are insured (latest OSMS status)',
  sql: ({ asOf }) => {
    const end = dateSql(indicatorQuarter(asOf).end);
    return `
    SELECT p.district, count(*) FILTER (WHERE s.insured)::DOUBLE AS insured, count(*)::DOUBLE AS persons
    FROM ${livingPersonsSql(end)} p LEFT JOIN check_osms_latest s ON s.iin = p.iin
    GROUP BY p.district`;
  },
});

export const INDICATOR_FACTS: readonly FactDefinition[] = [OSMS_INSURED_FACT];
