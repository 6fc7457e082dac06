import { addDays, ageAt } from '../dates';
import { yearlyParameters } from '../../core/params';
import { nearMiss, positive } from '../truth/truth-finding';
import { aspPaymentCents } from '../city/asp-formula';
import { baseQuarterJob, plantFamily, writeCase } from './asp-kit';
import type { PlantKit } from './plant-kit';

/**
 * ASP-01..08 (targeted social assistance), in the last complete quarter Q0.
 * Readings: members = the case's asp_members rows; ages at the quarter's first day; the
 * MRP of ASP-01's tolerance is the case quarter's (near-miss uses the smaller of the case
 * and base quarter's MRP so that both readings agree); "dead before the first day" is
 * death_date < first day (a death on that day is a near-miss); ASP-08 needs both more
 * than 1 % and more than 100 ₸. Families with children also get a correct case in the
 * current quarter, so that OUT-01 stays quiet.
 */
export function plantAspAnomalies(kit: PlantKit): void {
  const { t } = kit;
  const q0 = t.previous;
  const qc = t.current;
  const qm1 = t.quarters[3] ?? q0;
  const cents = (draftCents: number): number => draftCents / 100;

  // ASP-01: income in the base quarter above the declared one.
  const undeclared = (
    registeredCents: number,
    declaredCents: number,
    expect: 'positive' | 'near_miss',
  ): void => {
    const h = kit.household();
    const fam = plantFamily(
      kit,
      [
        {
          sex: 'M',
          age: 38,
          relation: 'applicant',
          jobs: (k) => baseQuarterJob(k, h.district, q0, registeredCents),
        },
        { sex: 'F', age: 35, relation: 'spouse' },
        { sex: 'F', age: 4, relation: 'child' },
        { sex: 'M', age: 9, relation: 'child' },
      ],
      [q0, qc],
      h,
    );
    const draft = writeCase(kit, fam.members, q0, { declaredCents });
    writeCase(kit, fam.members, qc);
    if (expect === 'positive') {
      const recomputed = aspPaymentCents(
        kit.ctx.params,
        q0.year,
        fam.members.length,
        registeredCents,
        draft.kidsAged1to6,
      );
      kit.truth(positive('ASP-01', draft.caseId, q0.label, cents(Math.max(0, draft.paidCents - recomputed))));
    } else kit.truth(nearMiss('ASP-01', draft.caseId, q0.label));
  };
  undeclared(12_000_000, 9_000_000, 'positive');
  undeclared(11_000_000, 10_000_000, 'near_miss');
  const mrp = Math.min(
    yearlyParameters(kit.ctx.params, q0.year).mrp,
    yearlyParameters(kit.ctx.params, qm1.year).mrp,
  );
  undeclared(2_000_000 + Math.round(mrp * 100), 2_000_000, 'near_miss');

  // ASP-02 / ASP-03: a member dead or gone before the quarter (near-miss: on its first day).
  for (const [rule, field] of [
    ['ASP-02', 'deathDate'],
    ['ASP-03', 'emigrationDate'],
  ] as const) {
    for (const [day, expect] of [
      [addDays(q0.start, -20), 'positive'],
      [q0.start, 'near_miss'],
    ] as const) {
      const fam = plantFamily(
        kit,
        [
          { sex: 'F', age: 45, relation: 'applicant' },
          { sex: 'M', age: 80, relation: 'parent', [field]: day },
        ],
        [q0],
      );
      const draft = writeCase(kit, fam.members, q0);
      const gone = fam.members[1]?.person.iin ?? '';
      kit.truth(
        expect === 'positive'
          ? positive(rule, gone, q0.label, cents(Math.round(draft.paidCents / 2)))
          : nearMiss(rule, gone, q0.label),
      );
    }
  }

  // ASP-04: one person in two families of the same quarter (near-miss: different quarters).
  {
    const fam1 = plantFamily(
      kit,
      [
        { sex: 'F', age: 30, relation: 'applicant' },
        { sex: 'F', age: 70, relation: 'parent' },
      ],
      [q0],
    );
    const shared = fam1.members[0];
    const fam2 = plantFamily(
      kit,
      [{ sex: 'M', age: 40, relation: 'applicant' }],
      [q0],
      kit.household(fam1.household.district),
    );
    const c1 = writeCase(kit, fam1.members, q0);
    const c2 = writeCase(
      kit,
      shared ? [...fam2.members, { ...shared, relation: 'other' }] : fam2.members,
      q0,
    );
    const share = Math.min(c1.paidCents / c1.members.length, c2.paidCents / c2.members.length);
    if (shared) kit.truth(positive('ASP-04', shared.person.iin, q0.label, cents(Math.round(share))));
  }
  {
    const fam3 = plantFamily(
      kit,
      [
        { sex: 'F', age: 33, relation: 'applicant' },
        // Stays on the Q-1 case only: the applicant alone moves to a Q0 family.
        { sex: 'F', age: 29, relation: 'other', caseQuarters: [qm1] },
      ],
      [qm1, q0],
    );
    const moving = fam3.members[0];
    const fam4 = plantFamily(
      kit,
      [{ sex: 'M', age: 44, relation: 'applicant' }],
      [q0],
      kit.household(fam3.household.district),
    );
    writeCase(kit, fam3.members, qm1);
    if (moving) writeCase(kit, [...fam4.members, { ...moving, relation: 'spouse' }], q0);
    if (moving) kit.truth(nearMiss('ASP-04', moving.person.iin, q0.label));
    if (moving) kit.truth(nearMiss('ASP-04', moving.person.iin, qm1.label));
  }

  // ASP-06: conditional case whose only measure ended the day before the quarter (near-miss: on its first day).
  for (const [end, expect] of [
    [addDays(q0.start, -1), 'positive'],
    [q0.start, 'near_miss'],
  ] as const) {
    const measure = {
      status: 'participant' as const,
      measure: 'training',
      start: addDays(q0.start, -200),
      end,
      amount: 0,
    };
    const fam = plantFamily(
      kit,
      [
        { sex: 'M', age: 40, relation: 'applicant', measure },
        { sex: 'F', age: 38, relation: 'spouse', measure: null },
      ],
      [q0],
    );
    const draft = writeCase(kit, fam.members, q0);
    kit.truth(
      expect === 'positive'
        ? positive('ASP-06', draft.caseId, q0.label, cents(draft.paidCents))
        : nearMiss('ASP-06', draft.caseId, q0.label),
    );
  }

  // ASP-07: two families of one quarter at one address (near-miss: different quarters).
  for (const expect of ['positive', 'near_miss'] as const) {
    const district = kit.nextDistrict();
    const place = kit.ctx.factory.newAddress(district);
    const quarters = expect === 'positive' ? [q0, q0] : [qm1, q0];
    const famA = plantFamily(
      kit,
      [
        { sex: 'F', age: 50, relation: 'applicant' },
        { sex: 'F', age: 75, relation: 'parent' },
      ],
      [quarters[0] ?? q0],
      kit.household(district, place),
    );
    const famB = plantFamily(
      kit,
      [{ sex: 'M', age: 30, relation: 'applicant' }],
      [quarters[1] ?? q0],
      kit.household(district, place),
    );
    writeCase(kit, famA.members, quarters[0] ?? q0);
    writeCase(kit, famB.members, quarters[1] ?? q0);
    kit.truth(
      expect === 'positive'
        ? positive('ASP-07', place.addressId, q0.label)
        : nearMiss('ASP-07', place.addressId, q0.label),
    );
    if (expect === 'near_miss') kit.truth(nearMiss('ASP-07', place.addressId, qm1.label));
  }

  // ASP-08: paid differs from the formula (over and under); near-misses inside 1 % or inside 100 ₸.
  plantMispaid(kit);
}

/** ASP-08 separately: the paid amount is decided from the formula before the case is written. */
function plantMispaid(kit: PlantKit): void {
  const q0 = kit.t.previous;
  const qc = kit.t.current;
  const scenarios: readonly {
    readonly delta: (f: number) => number;
    readonly expect: 'positive' | 'near_miss';
    readonly small: boolean;
  }[] = [
    { delta: () => 1_500_000, expect: 'positive', small: false },
    { delta: () => -1_200_000, expect: 'positive', small: false },
    { delta: (f) => Math.floor(f / 100) - 100, expect: 'near_miss', small: false },
    { delta: () => 10_000, expect: 'near_miss', small: true },
  ];
  for (const s of scenarios) {
    const h = kit.household();
    const plCents = Math.round(
      kit.ctx.params.poverty_line_share_of_pm * yearlyParameters(kit.ctx.params, q0.year).pm * 100,
    );
    // A one-person family whose formula is 5 000 ₸: 100 ₸ more is 2 % but not more than 100 ₸.
    const incomeCents = s.small ? 3 * plCents - 500_000 : 0;
    const fam = plantFamily(
      kit,
      s.small
        ? [
            {
              sex: 'M',
              age: 47,
              relation: 'applicant',
              jobs: (k) => baseQuarterJob(k, h.district, q0, incomeCents),
            },
          ]
        : [
            { sex: 'F', age: 36, relation: 'applicant' },
            { sex: 'M', age: 40, relation: 'spouse' },
            { sex: 'M', age: 5, relation: 'child' },
            { sex: 'F', age: 8, relation: 'child' },
          ],
      s.small ? [q0] : [q0, qc],
      h,
    );
    const formula = aspPaymentCents(
      kit.ctx.params,
      q0.year,
      fam.members.length,
      incomeCents,
      countKids(kit, fam.members),
    );
    const delta = s.delta(formula);
    const draft = writeCase(kit, fam.members, q0, { paidCents: formula + delta });
    if (!s.small) writeCase(kit, fam.members, qc);
    kit.truth(
      s.expect === 'positive'
        ? positive('ASP-08', draft.caseId, q0.label, delta / 100)
        : nearMiss('ASP-08', draft.caseId, q0.label),
    );
  }
}

function countKids(
  kit: PlantKit,
  members: readonly { readonly person: { readonly birthDate: string } }[],
): number {
  return members.filter((m) => {
    const age = ageAt(m.person.birthDate, kit.t.previous.start);
    return age >= 1 && age <= 6;
  }).length;
}
