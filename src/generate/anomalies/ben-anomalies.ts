import { addDays, monthEnd, monthLabel, monthStart } from '../dates';
import type { BenefitPayment } from '../city/profile';
import { nearMiss, positive } from '../truth/truth-finding';
import type { PlantKit } from './plant-kit';

/**
 * BEN-01..03 (benefits, the "social map"). Readings: BEN-01 sums payments for months after
 * the month of death or emigration; BEN-02 needs a disability record active on some day of
 * the paid month; BEN-03 reports one finding per IIN, program and month (period = month),
 * amount = all payments but the largest.
 */
export function plantBenefitAnomalies(kit: PlantKit): void {
  const { t } = kit;
  const m = t.asOfMonth;
  const pay = (program: string, from: number, to: number, amount: number): BenefitPayment[] =>
    Array.from({ length: to - from + 1 }, (_, i) => ({ program, month: from + i, amount }));
  const pensioner = { category: 'pensioner', insured: true };

  // BEN-01: paid after death (one payment typed with a wrong IIN) and after emigration.
  {
    const h = kit.household();
    const died = addDays(monthStart(m - 4), 19);
    const p = kit.person(h, { sex: 'F', age: 75, deathDate: died });
    kit.write(p, { benefits: pay('transport_fare', m - 8, m - 2, 2000) });
    kit.w.row(
      'benefits',
      {
        iin: p.iin,
        program: 'transport_fare',
        period: monthLabel(m - 1),
        amount_kzt: 2000,
        district: p.district,
      },
      p,
      { variant: 'typo_iin', name: 'latin_passport' },
    );
    kit.truth(positive('BEN-01', p.iin, '', 6000));
    const h2 = kit.household();
    const left = addDays(monthStart(m - 6), 2);
    const q = kit.person(h2, { sex: 'M', age: 45, emigrationDate: left });
    kit.write(q, { benefits: pay('housing_certificate', m - 8, m - 1, 12000) });
    kit.truth(positive('BEN-01', q.iin, '', 60000));
    const h3 = kit.household();
    const r = kit.person(h3, { sex: 'M', age: 81, deathDate: died });
    kit.write(r, { benefits: pay('transport_fare', m - 8, m - 4, 2000) });
    kit.truth(nearMiss('BEN-01', r.iin));
  }

  // BEN-02: disability benefit for months without an active disability record.
  for (const [until, expect] of [
    [monthEnd(m - 4), 'positive'],
    [monthStart(m - 1), 'near_miss'],
  ] as const) {
    const h = kit.household();
    const p = kit.person(h, { sex: 'M', age: 70 });
    kit.write(p, {
      disability: [{ group: '2', since: addDays(t.stableFrom, -800), until }],
      benefits: pay('disability_benefit', m - 6, m - 1, 60000),
      osms: pensioner,
    });
    kit.truth(expect === 'positive' ? positive('BEN-02', p.iin, '', 180000) : nearMiss('BEN-02', p.iin));
  }

  // BEN-03: the same program paid twice for one month.
  {
    const h = kit.household();
    const p = kit.person(h, { sex: 'F', age: 58 });
    kit.write(p, {
      benefits: [
        ...pay('housing_certificate', m - 4, m - 1, 15000),
        { program: 'housing_certificate', month: m - 2, amount: 12000 },
      ],
    });
    kit.truth(positive('BEN-03', p.iin, monthLabel(m - 2), 12000));
    const h2 = kit.household();
    const q = kit.person(h2, { sex: 'F', age: 66 });
    kit.write(q, {
      benefits: [
        ...pay('housing_certificate', m - 4, m - 1, 15000),
        ...pay('transport_fare', m - 4, m - 1, 2000),
      ],
    });
    kit.truth(nearMiss('BEN-03', q.iin, monthLabel(m - 2)));
  }
}
