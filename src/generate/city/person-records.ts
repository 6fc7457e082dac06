import type { CityWriter } from '../output/city-writer';
import type { LinkMode } from '../output/link-planter';
import { monthLabel } from '../dates';
import type { Person } from './person';
import type { Profile } from './profile';

let serviceCounter = 0;

/** Service ids are unique within a city; the counter restarts with each city. */
export function resetServiceIds(): void {
  serviceCounter = 0;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Write a person: the population row, then every registry row of the profile. Health
 * rows (attachments, services) of one person are written together, as the indicator
 * accumulator expects. `link` lets background rows be planted for linkage by name.
 */
export function writePersonRecords(
  w: CityWriter,
  p: Person,
  profile: Profile,
  link: LinkMode = 'never',
): void {
  w.row(
    'population',
    {
      iin: p.iin,
      last_name: p.lastName,
      first_name: p.firstName,
      middle_name: p.middleName,
      birth_date: p.birthDate,
      sex: p.sex,
      district: p.district,
      address_id: p.addressId,
      address: p.address,
      household_id: p.householdId,
      death_date: p.deathDate,
      emigration_date: p.emigrationDate,
    },
    p,
  );
  if (profile.osms) {
    w.row(
      'osms_status',
      {
        iin: p.iin,
        insured: profile.osms.insured,
        category: profile.osms.category,
        as_of: w.timeline.previous.end,
      },
      p,
      link,
    );
  }
  for (const job of profile.jobs) {
    for (const m of job.months) {
      w.row(
        'contributions',
        {
          iin: p.iin,
          payer_bin: job.payerBin,
          period: monthLabel(m),
          income_kzt: job.monthlyIncome,
          opv_kzt: round2(job.monthlyIncome * 0.1),
          osms_kzt: round2(job.monthlyIncome * 0.02),
        },
        p,
        link,
      );
    }
  }
  for (const s of profile.staff) {
    w.row(
      'staff',
      { org_bin: s.orgBin, iin: p.iin, position: s.position, rate: s.rate, hired: s.hired, left: s.left },
      p,
    );
  }
  for (const e of profile.employment) {
    w.row(
      'employment',
      {
        iin: p.iin,
        status: e.status,
        measure: e.measure,
        start_date: e.start,
        end_date: e.end,
        amount_kzt: e.amount,
      },
      p,
    );
  }
  for (const d of profile.disability) {
    w.row('disability', { iin: p.iin, group: d.group, since: d.since, until: d.until }, p, link);
  }
  for (const b of profile.benefits) {
    w.row(
      'benefits',
      {
        iin: p.iin,
        program: b.program,
        period: monthLabel(b.month),
        amount_kzt: b.amount,
        district: p.district,
      },
      p,
      link,
    );
  }
  for (const e of profile.enrollments) {
    w.row(
      'enrollment',
      {
        org_bin: e.orgBin,
        child_iin: p.iin,
        level: e.level,
        grade: e.grade,
        state_funded: e.stateFunded,
        per_capita_kzt: e.perCapita,
        start_date: e.start,
        end_date: e.end,
      },
      p,
    );
  }
  for (const q of profile.queue) {
    w.row(
      'kindergarten_queue',
      {
        child_iin: p.iin,
        district: q.district,
        registered_on: q.registeredOn,
        status: q.status,
        placed_org_bin: q.placedOrgBin,
      },
      p,
      link,
    );
  }
  for (const a of profile.attachments) {
    w.row(
      'phc_attachment',
      { iin: p.iin, clinic_bin: a.clinicBin, attached_since: a.since, detached_on: a.detached },
      p,
      link,
    );
  }
  for (const s of profile.services) {
    serviceCounter++;
    w.row(
      'medical_services',
      {
        service_id: `S${String(serviceCounter).padStart(9, '0')}`,
        iin: p.iin,
        clinic_bin: s.clinicBin,
        doctor_iin: s.doctorIin,
        service_date: s.date,
        service_code: s.code,
        paid_kzt: s.paid,
      },
      p,
      link,
    );
  }
}
