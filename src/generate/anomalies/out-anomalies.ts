import { povertyLine } from '../../core/params';
import { addDays, birthDateForAge } from '../dates';
import { nearMiss, positive } from '../truth/truth-finding';
import type { PlantKit } from './plant-kit';

/**
 * OUT-01 (possibly eligible, not receiving). Readings: members are the living persons of
 * the household at as_of; income = their contributions in the previous quarter; "below
 * PL" is checked against the PL of both the previous and the current quarter's year (the
 * near-miss sits exactly on the higher one); the finding's period is the current quarter.
 */
export function plantOutreachAnomalies(kit: PlantKit): void {
  const { t } = kit;
  const qc = t.current.label;
  const q0Months = [t.previous.firstMonth, t.previous.firstMonth + 1, t.previous.firstMonth + 2];

  // A mother without registered income and her child, no ASP.
  const h1 = kit.household();
  kit.write(kit.person(h1, { sex: 'F', age: 33 }));
  kit.write(kit.person(h1, { sex: 'M', age: 10, child: true }));
  kit.truth(positive('OUT-01', h1.householdId, qc));

  // A low wage shared by four.
  const h2 = kit.household();
  const father = kit.person(h2, { sex: 'M', age: 40 });
  kit.write(father, { jobs: [kit.job(kit.org('employer', h2.district), 50000)] });
  kit.write(kit.person(h2, { sex: 'F', age: 38 }));
  kit.write(kit.person(h2, { sex: 'F', age: 6, child: true }));
  kit.write(kit.person(h2, { sex: 'M', age: 12, child: true }));
  kit.truth(positive('OUT-01', h2.householdId, qc));

  // Near-miss: exactly the poverty line per member per month.
  const pl = Math.max(
    povertyLine(kit.ctx.params, t.previous.year),
    povertyLine(kit.ctx.params, t.current.year),
  );
  const h3 = kit.household();
  const parent = kit.person(h3, { sex: 'M', age: 45 });
  const monthly = Math.round(pl * 100) * 2;
  kit.write(parent, { jobs: [kit.job(kit.org('employer', h3.district), monthly / 100, q0Months)] });
  kit.write(kit.person(h3, { sex: 'M', age: 14, child: true }));
  kit.truth(nearMiss('OUT-01', h3.householdId, qc));

  // Near-miss: the "child" turned 18 on as_of.
  const h4 = kit.household();
  kit.write(kit.person(h4, { sex: 'F', age: 42 }));
  const son = kit.person(h4, { sex: 'M', birthDate: birthDateForAge(t.asOf, 18), child: true });
  kit.write(son);
  kit.truth(nearMiss('OUT-01', h4.householdId, qc));
  kit.truth(nearMiss('OSMS-03', son.iin));
  void addDays;
}
