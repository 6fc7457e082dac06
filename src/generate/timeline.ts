import { monthEnd, monthIndex, monthLabel, monthStart } from './dates';

/**
 * The periods of a city, all derived from `as_of` (checks.md "Precise reading"): the
 * current quarter (of as_of), the last complete quarter Q0 (indicators are computed for
 * it), three earlier quarters for IND-04, and the contribution months before as_of's month.
 */
export interface Quarter {
  /** `YYYY-Qn`. */
  readonly label: string;
  readonly year: number;
  readonly start: string;
  readonly end: string;
  /** Month index of its first month. */
  readonly firstMonth: number;
}

export interface Timeline {
  readonly asOf: string;
  /** Month index of as_of's month; "the last N months" are asOfMonth-N .. asOfMonth-1. */
  readonly asOfMonth: number;
  /** Quarters oldest first, Q0 (last complete), Qc (current). */
  readonly quarters: readonly Quarter[];
  readonly current: Quarter;
  readonly previous: Quarter;
  /** The quarters whose figures are reported, newest first: Q0, Q-1, Q-2, Q-3. */
  readonly reportQuarters: readonly Quarter[];
  /** Month indexes with contributions, oldest first (covers the base quarter of Q-3). */
  readonly contributionMonths: readonly number[];
  /** Everyone in the background is born, dead or gone before this day, so series stay stable. */
  readonly stableFrom: string;
}

export const CONTRIBUTION_MONTHS = 18;

export function quarterOfMonth(month: number): Quarter {
  const firstMonth = month - (month % 3);
  const year = Math.floor(firstMonth / 12);
  return {
    label: `${year}-Q${(firstMonth % 12) / 3 + 1}`,
    year,
    start: monthStart(firstMonth),
    end: monthEnd(firstMonth + 2),
    firstMonth,
  };
}

export function buildTimeline(asOf: string): Timeline {
  const asOfMonth = monthIndex(asOf);
  const current = quarterOfMonth(asOfMonth);
  const quarters = [5, 4, 3, 2, 1, 0].map((back) => quarterOfMonth(current.firstMonth - 3 * back));
  const q = (i: number): Quarter => {
    const found = quarters[i];
    if (!found) throw new RangeError(`quarter ${i}`);
    return found;
  };
  const contributionMonths = Array.from(
    { length: CONTRIBUTION_MONTHS },
    (_, i) => asOfMonth - CONTRIBUTION_MONTHS + i,
  );
  return {
    asOf,
    asOfMonth,
    quarters,
    current: q(5),
    previous: q(4),
    reportQuarters: [q(4), q(3), q(2), q(1)],
    contributionMonths,
    stableFrom: q(0).start,
  };
}

export { monthLabel };
