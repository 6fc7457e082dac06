import { addDays, addMonths, monthIndex } from '../dates';
import type { EmploymentRecord } from '../city/profile';
import { monthEnd } from '../dates';
import { nearMiss, positive } from '../truth/truth-finding';
import type { PlantKit } from './plant-kit';

/**
 * EMP-01..02 (employment centres). Readings: EMP-01 looks at the last 6 whole months;
 * EMP-02 takes placements started 3 to 12 months before as_of and fires when there is no
 * contribution in the 3 months after the start (near-misses have one in each of the
 * three months after the start month, so both "start month + 0..2" and "+1..3" agree).
 */
export function plantEmploymentAnomalies(kit: PlantKit): void {
  const { t } = kit;
  const m = t.asOfMonth;
  const longAgo = addDays(t.stableFrom, -300);
  const unemployed = (start: string, end: string | null): EmploymentRecord => ({
    status: 'unemployed',
    measure: null,
    start,
    end,
    amount: null,
  });
  const unemployedOsms = { category: 'registered_unemployed', insured: true };

  // EMP-01: registered unemployed with a salary 4 months ago.
  {
    const h = kit.household();
    const p = kit.person(h, { sex: 'M', age: 29 });
    kit.write(p, {
      employment: [unemployed(longAgo, null)],
      jobs: [kit.job(kit.org('employer', h.district), 210000, [m - 4])],
      osms: unemployedOsms,
    });
    kit.truth(positive('EMP-01', p.iin));
  }
  {
    // Left the register at the end of the month before the salary started.
    const h = kit.household();
    const p = kit.person(h, { sex: 'F', age: 33 });
    kit.write(p, {
      employment: [unemployed(longAgo, monthEnd(m - 5))],
      jobs: [kit.job(kit.org('employer', h.district), 210000, [m - 4, m - 3, m - 2, m - 1])],
    });
    kit.truth(nearMiss('EMP-01', p.iin));
    // A salary 7 months ago: outside the window.
    const h2 = kit.household();
    const q = kit.person(h2, { sex: 'M', age: 52 });
    kit.write(q, {
      employment: [unemployed(longAgo, null)],
      jobs: [kit.job(kit.org('employer', h2.district), 190000, [m - 7])],
      osms: unemployedOsms,
    });
    kit.truth(nearMiss('EMP-01', q.iin));
  }

  // EMP-02: placements without a salary after them.
  const placement = (measure: string, start: string): EmploymentRecord => ({
    status: 'participant',
    measure,
    start,
    end: addDays(start, 30),
    amount: 120000,
  });
  for (const [measure, start, paid, expect] of [
    ['permanent_job', addMonths(t.asOf, -5), false, 'positive'],
    ['social_job', addMonths(t.asOf, -10), false, 'positive'],
    ['permanent_job', addMonths(t.asOf, -6), true, 'near_miss'],
    ['permanent_job', addMonths(t.asOf, -2), false, 'near_miss'],
    ['social_job', addMonths(t.asOf, -13), false, 'near_miss'],
  ] as const) {
    const h = kit.household();
    const p = kit.person(h, { sex: 'M', age: 27 });
    const s = monthIndex(start);
    kit.write(p, {
      employment: [placement(measure, start)],
      jobs: paid ? [kit.job(kit.org('employer', h.district), 180000, [s + 1, s + 2, s + 3])] : [],
    });
    kit.truth(expect === 'positive' ? positive('EMP-02', p.iin) : nearMiss('EMP-02', p.iin));
  }
}
