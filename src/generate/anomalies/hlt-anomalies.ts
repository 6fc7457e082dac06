import { addDays, monthIndex, monthStart } from '../dates';
import type { Organisation } from '../city/organisations';
import type { Attachment, Service } from '../city/profile';
import { nearMiss, positive } from '../truth/truth-finding';
import type { PlantKit } from './plant-kit';

/**
 * HLT-01..04 (primary health care). Readings: "after death" is strictly after the date;
 * HLT-01 counts the months after the month of the event up to the month before as_of, at
 * most 12, whatever the detachment; HLT-03 counts rows per doctor and service date and
 * fires above twice the norm (48). Dead persons still attached get a visit before death,
 * so "attached without a visit" counts the same with or without a living filter.
 */
export function plantHealthAnomalies(kit: PlantKit): void {
  const { t, ctx } = kit;
  const m = t.asOfMonth;
  const capitation = ctx.params.phc_capitation_kzt;
  const longAgo = addDays(t.stableFrom, -700);
  const attach = (clinic: Organisation, since = longAgo, detached: string | null = null): Attachment => ({
    clinicBin: clinic.bin,
    since,
    detached,
  });
  const visit = (
    clinic: Organisation,
    date: string,
    paid = 4000,
    doctor = clinic.doctors[0] ?? '',
  ): Service => ({
    clinicBin: clinic.bin,
    doctorIin: doctor,
    date,
    code: 'A01.001',
    paid,
  });

  // HLT-01: attached after death / emigration.
  {
    const h = kit.household();
    const clinic = kit.org('clinic', h.district);
    const died = addDays(monthStart(m - 5), 9);
    const p = kit.person(h, { sex: 'M', age: 70, deathDate: died });
    kit.write(p, { attachments: [attach(clinic)], services: [visit(clinic, addDays(died, -30))] });
    kit.truth(
      positive(
        'HLT-01',
        p.iin,
        '',
        Math.round(capitation * Math.min(12, m - 1 - monthIndex(died)) * 100) / 100,
      ),
    );
    const h2 = kit.household();
    const clinic2 = kit.org('clinic', h2.district);
    const left = addDays(monthStart(m - 20), 4);
    const q = kit.person(h2, { sex: 'F', age: 40, emigrationDate: left });
    kit.write(q, { attachments: [attach(clinic2)], services: [visit(clinic2, addDays(left, -20))] });
    kit.truth(
      positive(
        'HLT-01',
        q.iin,
        '',
        Math.round(capitation * Math.min(12, m - 1 - monthIndex(left)) * 100) / 100,
      ),
    );
    const h3 = kit.household();
    const r = kit.person(h3, { sex: 'M', age: 77, deathDate: died });
    const clinic3 = kit.org('clinic', h3.district);
    kit.write(r, {
      attachments: [attach(clinic3, longAgo, died)],
      services: [visit(clinic3, addDays(died, -10))],
    });
    kit.truth(nearMiss('HLT-01', r.iin));
  }

  // HLT-02: services after death (one of them typed without an IIN: linked by name).
  {
    const h = kit.household();
    const clinic = kit.org('clinic', h.district);
    const died = addDays(monthStart(m - 3), 4);
    const p = kit.person(h, { sex: 'F', age: 82, deathDate: died });
    kit.write(p, {
      attachments: [attach(clinic, longAgo, died)],
      services: [visit(clinic, addDays(died, -5), 2500), visit(clinic, addDays(died, 1), 3000)],
    });
    kit.w.row(
      'medical_services',
      {
        service_id: `SD${p.iin}`,
        iin: p.iin,
        clinic_bin: clinic.bin,
        doctor_iin: clinic.doctors[0] ?? '',
        service_date: addDays(died, 10),
        service_code: 'B03.016',
        paid_kzt: 5000,
      },
      p,
      { variant: 'no_iin', name: 'russian' },
    );
    kit.truth(positive('HLT-02', p.iin, '', 8000));
    const h2 = kit.household();
    const clinic2 = kit.org('clinic', h2.district);
    const q = kit.person(h2, { sex: 'M', age: 79, deathDate: died });
    kit.write(q, { attachments: [attach(clinic2, longAgo, died)], services: [visit(clinic2, died, 6000)] });
    kit.truth(nearMiss('HLT-02', q.iin));
  }

  // HLT-03: 49 services by one doctor on one day (near-miss: 48). The doctors are paid staff.
  const day = addDays(monthStart(m - 2), 11);
  for (const [total, expect] of [
    [49, 'positive'],
    [48, 'near_miss'],
  ] as const) {
    const h = kit.household();
    const clinic = kit.org('clinic', h.district);
    const doctor = kit.person(h, { sex: 'F', age: 46 });
    kit.write(doctor, {
      jobs: [kit.job(clinic, 420000)],
      staff: [{ orgBin: clinic.bin, position: 'doctor', rate: 1, hired: longAgo, left: null }],
      attachments: [attach(clinic)],
      services: [visit(clinic, addDays(t.stableFrom, 10))],
    });
    const patients = 7;
    for (let i = 0; i < patients; i++) {
      const ph = kit.household(h.district);
      const patient = kit.person(ph, { sex: i % 2 === 0 ? 'M' : 'F', age: 66 + i });
      const count = Math.floor(total / patients) + (i < total % patients ? 1 : 0);
      const services = Array.from({ length: count }, () => visit(clinic, day, 3500, doctor.iin));
      kit.write(patient, { attachments: [attach(clinic)], services });
    }
    const subject = `${doctor.iin}/${day}`;
    kit.truth(expect === 'positive' ? positive('HLT-03', subject) : nearMiss('HLT-03', subject));
  }

  // HLT-04: two attachments active at as_of (near-miss: the first ended the day before).
  for (const [detached, expect] of [
    [null, 'positive'],
    [addDays(t.asOf, -1), 'near_miss'],
  ] as const) {
    const h = kit.household();
    const clinics = kit.ctx.orgs.list(h.district, 'clinic');
    const first = clinics[0] ?? kit.org('clinic', h.district);
    const second = clinics[1] ?? kit.newOrg('clinic', h.district, 'private', 5000);
    const p = kit.person(h, { sex: 'F', age: 31 });
    const since = expect === 'positive' ? t.current.start : t.asOf;
    kit.write(p, {
      attachments: [attach(first, longAgo, detached), attach(second, since)],
      services: [visit(first, addDays(t.stableFrom, 5))],
    });
    kit.truth(expect === 'positive' ? positive('HLT-04', p.iin) : nearMiss('HLT-04', p.iin));
  }
}
