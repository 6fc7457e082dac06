/**
 * Calendar arithmetic of checks.md, done once in TypeScript so every rule reads the same
 * periods: "the last N months" are the N whole calendar months before the month of
 * `as_of`; the current quarter is the quarter of `as_of`, the previous one before it.
 * Dates are ISO strings `YYYY-MM-DD`; computed in UTC so no time zone shifts a day.
 */
export interface Period {
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`. */
  readonly end: string;
  /** `YYYY-Qn` for quarters, `YYYY-MM` for months. */
  readonly label: string;
}

function parse(date: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new TypeError(`not a date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

function iso(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

/** The first day of the month `offset` months after the month of `date`. */
export function monthStart(date: string, offset = 0): string {
  const { year, month } = parse(date);
  return iso(year, month + offset, 1);
}

export function monthOf(date: string, offset = 0): Period {
  const start = monthStart(date, offset);
  const { year, month } = parse(start);
  return { start, end: iso(year, month + 1, 0), label: start.slice(0, 7) };
}

/** The quarter of `date`, shifted by `offset` quarters. */
export function quarterOf(date: string, offset = 0): Period {
  const { year, month } = parse(date);
  const firstMonth = Math.floor((month - 1) / 3) * 3 + 1 + offset * 3;
  const start = iso(year, firstMonth, 1);
  const s = parse(start);
  return {
    start,
    end: iso(s.year, s.month + 3, 0),
    label: `${s.year}-Q${Math.floor((s.month - 1) / 3) + 1}`,
  };
}

export function currentQuarter(asOf: string): Period {
  return quarterOf(asOf, 0);
}

export function previousQuarter(asOf: string): Period {
  return quarterOf(asOf, -1);
}

/**
 * "The last N months": from the first day of the N-th month before the month of `as_of`
 * to the last day of the month before it. `label` names the span, e.g. `2026-04..2026-09`.
 */
export function lastMonths(asOf: string, n: number): Period {
  const first = monthOf(asOf, -n);
  const last = monthOf(asOf, -1);
  return { start: first.start, end: last.end, label: `${first.label}..${last.label}` };
}

/** The month starts of the last N months, oldest first. */
export function lastMonthStarts(asOf: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => monthStart(asOf, i - n));
}
