import { ALMATY_CITY_DISTRICTS } from '../../core/districts';
import { addDays, birthDateForAge, monthIndex, monthStart } from '../dates';
import type { Organisation } from '../city/organisations';
import type { Enrollment, StaffRecord } from '../city/profile';
import { nearMiss, positive } from '../truth/truth-finding';
import type { PlantKit } from './plant-kit';

/**
 * EDU-01..08 (schools and kindergartens). Readings: "the last 6/12 months" are whole
 * months before as_of's month; EDU-02 fires when the record is active on or after the
 * death; EDU-04 counts the calendar months of the overlap, both ends included; EDU-05
 * counts the months after the month of the event while the enrollment is active, up to
 * the month before as_of. Planted enrollments never make two rows of one child active on
 * a quarter's last day, so "rows" and "children" readings of the indicators agree.
 */
export function plantEducationAnomalies(kit: PlantKit): void {
  const { t } = kit;
  const m = t.asOfMonth;
  const longAgo = addDays(t.stableFrom, -900);
  const staff = (
    org: Organisation,
    position: StaffRecord['position'],
    rate = 1,
    hired = longAgo,
    left: string | null = null,
  ): StaffRecord => ({
    orgBin: org.bin,
    position,
    rate,
    hired,
    left,
  });
  const monthsUpTo = (last: number) => t.contributionMonths.filter((x) => x <= last);

  // EDU-01: 3 unpaid months among the last 6 (near-miss: 2).
  for (const [lastPaid, expect] of [
    [m - 4, 'positive'],
    [m - 3, 'near_miss'],
  ] as const) {
    const h = kit.household();
    const school = kit.org('school', h.district);
    const p = kit.person(h, { sex: 'F', age: 41 });
    kit.write(p, {
      jobs: [kit.job(school, 280000, monthsUpTo(lastPaid))],
      staff: [staff(school, 'teacher')],
    });
    kit.truth(
      expect === 'positive'
        ? positive('EDU-01', `${school.bin}/${p.iin}`)
        : nearMiss('EDU-01', `${school.bin}/${p.iin}`),
    );
  }
  {
    // A nurse on the clinic's list, paid by someone else.
    const h = kit.household();
    const clinic = kit.org('clinic', h.district);
    const p = kit.person(h, { sex: 'F', age: 36 });
    kit.write(p, {
      jobs: [kit.job(kit.org('employer', h.district), 230000)],
      staff: [staff(clinic, 'nurse')],
    });
    kit.truth(positive('EDU-01', `${clinic.bin}/${p.iin}`));
    // Hired two months ago, never paid: only 2 active months.
    const h2 = kit.household();
    const kg = kit.org('kindergarten', h2.district);
    const q = kit.person(h2, { sex: 'F', age: 27 });
    kit.write(q, { staff: [staff(kg, 'educator', 1, monthStart(m - 2))] });
    kit.truth(nearMiss('EDU-01', `${kg.bin}/${q.iin}`));
  }

  // EDU-02: staff record active on or after death / emigration (near-miss: left the day before).
  const deathDay = addDays(monthStart(m - 2), 9);
  for (const [left, event, expect] of [
    [null, 'death', 'positive'],
    [deathDay, 'death', 'positive'],
    [null, 'emigration', 'positive'],
    [addDays(deathDay, -1), 'death', 'near_miss'],
  ] as const) {
    const h = kit.household();
    const school = kit.org('school', h.district);
    const p = kit.person(h, {
      sex: 'M',
      age: 50,
      deathDate: event === 'death' ? deathDay : null,
      emigrationDate: event === 'emigration' ? deathDay : null,
    });
    kit.write(p, {
      jobs: [kit.job(school, 300000, monthsUpTo(m - 2))],
      staff: [staff(school, 'teacher', 1, longAgo, left)],
    });
    const subject = `${school.bin}/${p.iin}`;
    kit.truth(expect === 'positive' ? positive('EDU-02', subject) : nearMiss('EDU-02', subject));
  }

  // EDU-03: more than 2.0 FTE at as_of (near-misses: exactly 2.0; 2.5 but one record ended the day before).
  for (const [rates, leftSecond, expect] of [
    [[1, 1.25], null, 'positive'],
    [[1, 1], null, 'near_miss'],
    [[1.5, 1], addDays(t.asOf, -1), 'near_miss'],
  ] as const) {
    const h = kit.household();
    const schools = kit.ctx.orgs.list(h.district, 'school');
    const a = schools[0] ?? kit.org('school', h.district);
    const b = kit.org('kindergarten', h.district);
    const p = kit.person(h, { sex: 'F', age: 45 });
    kit.write(p, {
      jobs: [kit.job(a, 200000), kit.job(b, 150000)],
      staff: [staff(a, 'teacher', rates[0]), staff(b, 'educator', rates[1], longAgo, leftSecond)],
    });
    kit.truth(expect === 'positive' ? positive('EDU-03', p.iin) : nearMiss('EDU-03', p.iin));
  }

  const e0 = t.previous.end;
  const enroll = (
    org: Organisation,
    start: string,
    end: string | null,
    perCapita: number | null,
    funded = true,
    level: Enrollment['level'] = 'preschool',
  ): Enrollment => ({
    orgBin: org.bin,
    level,
    grade: level === 'school' ? '3' : 'средняя группа',
    stateFunded: funded,
    perCapita,
    start,
    end,
  });
  const family = () => {
    const h = kit.household();
    kit.earner(h, 'F', 37);
    return h;
  };

  // EDU-04: two state-funded enrollments overlapping inside the last complete quarter.
  {
    const h = family();
    const [k1, k2] = [
      kit.org('kindergarten', h.district),
      kit.newOrg('kindergarten', h.district, 'private', 40),
    ];
    const child = kit.person(h, { sex: 'M', age: 4, child: true });
    const from = addDays(e0, -50);
    const to = addDays(e0, -20);
    kit.write(child, { enrollments: [enroll(k1, longAgo, to, 48000), enroll(k2, from, null, 52000)] });
    const months = monthIndex(to) - monthIndex(from) + 1;
    kit.truth(positive('EDU-04', child.iin, '', 52000 * months));
    const n = kit.person(h, { sex: 'F', age: 5, child: true });
    kit.write(n, {
      enrollments: [enroll(k1, longAgo, addDays(from, -1), 48000), enroll(k2, from, null, 52000)],
    });
    kit.truth(nearMiss('EDU-04', n.iin));
    const n2 = kit.person(h, { sex: 'M', age: 3, child: true });
    kit.write(n2, { enrollments: [enroll(k1, longAgo, to, 48000), enroll(k2, from, null, null, false)] });
    kit.truth(nearMiss('EDU-04', n2.iin));
  }

  // EDU-05: funded after death / emigration, or an IIN not in population.
  {
    const event = addDays(monthStart(t.previous.firstMonth - 3), 14);
    const end = addDays(e0, -1);
    const months = Math.min(monthIndex(end), m - 1) - monthIndex(event);
    for (const field of ['deathDate', 'emigrationDate'] as const) {
      const h = family();
      const school = kit.newOrg('school', h.district, 'private', 300);
      const child = kit.person(h, { sex: 'M', age: 9, child: true, [field]: event });
      kit.write(child, { enrollments: [enroll(school, longAgo, end, 38000, true, 'school')] });
      kit.truth(positive('EDU-05', child.iin, '', 38000 * months));
    }
    const h = family();
    const school = kit.newOrg('school', h.district, 'private', 300);
    const dead = kit.person(h, { sex: 'F', age: 11, child: true, deathDate: event });
    kit.write(dead, { enrollments: [enroll(school, longAgo, event, 38000, true, 'school')] });
    kit.truth(nearMiss('EDU-05', dead.iin));
    // A pupil who is not in population, funded since the start of Q-2.
    const stray = kit.ctx.factory.strayIin(kit.ctx.factory.birthDateFor(10), 'F');
    const start = t.quarters[2]?.start ?? longAgo;
    kit.w.row('enrollment', {
      org_bin: school.bin,
      child_iin: stray,
      level: 'school',
      grade: '4',
      state_funded: true,
      per_capita_kzt: 38000,
      start_date: start,
      end_date: end,
    });
    const from = Math.max(monthIndex(start), m - 12);
    kit.truth(positive('EDU-05', stray, '', 38000 * (Math.min(monthIndex(end), m - 1) - from + 1)));
    kit.truth(positive('REG-02', stray));
  }

  // EDU-06: age out of range at as_of (near-misses on the boundaries).
  {
    const h = family();
    const kg = kit.org('kindergarten', h.district);
    const school = kit.org('school', h.district);
    const cases = [
      [birthDateForAge(addDays(t.asOf, -100), 7), 'preschool', 'positive'],
      [birthDateForAge(addDays(t.asOf, -100), 4), 'school', 'positive'],
      [birthDateForAge(t.asOf, 1), 'preschool', 'near_miss'],
      [birthDateForAge(addDays(t.asOf, 1), 7), 'preschool', 'near_miss'],
      [birthDateForAge(t.asOf, 5), 'school', 'near_miss'],
    ] as const;
    for (const [birthDate, level, expect] of cases) {
      const child = kit.person(h, { sex: 'F', birthDate, child: true });
      const org = level === 'school' ? school : kg;
      kit.write(child, {
        enrollments: [
          enroll(
            org,
            addDays(birthDate, 60) > longAgo ? addDays(birthDate, 60) : longAgo,
            null,
            null,
            true,
            level,
          ),
        ],
      });
      kit.truth(expect === 'positive' ? positive('EDU-06', child.iin) : nearMiss('EDU-06', child.iin));
    }
    for (const [birthDate, expect] of [
      [birthDateForAge(addDays(t.asOf, -100), 19), 'positive'],
      [birthDateForAge(addDays(t.asOf, 1), 19), 'near_miss'],
    ] as const) {
      const adult = kit.person(kit.household(h.district), { sex: 'M', birthDate });
      kit.write(adult, { enrollments: [enroll(school, longAgo, null, null, true, 'school')] });
      kit.truth(expect === 'positive' ? positive('EDU-06', adult.iin) : nearMiss('EDU-06', adult.iin));
    }
  }

  // EDU-07: active enrollments above twice the capacity (near-miss: exactly twice).
  for (const [capacity, children, expect] of [
    [2, 5, 'positive'],
    [3, 6, 'near_miss'],
  ] as const) {
    const district = kit.nextDistrict();
    const kg = kit.newOrg('kindergarten', district, 'private', capacity);
    let h = family();
    for (let i = 0; i < children; i++) {
      if (i % 3 === 2) h = family();
      const child = kit.person(h, { sex: i % 2 === 0 ? 'M' : 'F', age: 3 + (i % 3), child: true });
      kit.write(child, { enrollments: [enroll(kg, addDays(t.stableFrom, -30), null, 48000)] });
    }
    kit.truth(expect === 'positive' ? positive('EDU-07', kg.bin) : nearMiss('EDU-07', kg.bin));
  }

  // EDU-08: 5 organisations starting within the last 12 months (near-miss: the first 13 months ago).
  const schools = ALMATY_CITY_DISTRICTS.flatMap((d) => kit.ctx.orgs.list(d.code, 'school'));
  for (const [starts, expect] of [
    [[m - 11, m - 9, m - 7, m - 5, m - 3], 'positive'],
    [[m - 13, m - 10, m - 7, m - 5, m - 3], 'near_miss'],
  ] as const) {
    const h = family();
    const child = kit.person(h, { sex: 'M', age: 10, child: true });
    const enrollments = starts.map((s, i) => {
      const next = starts[i + 1];
      const org = schools[i % schools.length] ?? kit.org('school', h.district);
      return enroll(
        org,
        monthStart(s),
        next === undefined ? null : addDays(monthStart(next), -1),
        null,
        true,
        'school',
      );
    });
    kit.write(child, { enrollments });
    kit.truth(expect === 'positive' ? positive('EDU-08', child.iin) : nearMiss('EDU-08', child.iin));
  }
}
