import { addDays, monthLabel } from '../dates';
import { foldKazakh, typo } from '../city/name-variants';
import { nearMiss, positive } from '../truth/truth-finding';
import type { PlantKit } from './plant-kit';

/**
 * REG-02 unknown person, REG-03 duplicate person, REG-04 overcrowded address.
 * Readings: REG-03's subject is the greater IIN string of the pair; REG-04 counts persons
 * living at as_of (dead and gone excluded) and fires above 15.
 */
export function plantRegistryAnomalies(kit: PlantKit): void {
  const { t } = kit;
  const last6 = kit.lastMonths(6);

  // REG-02: a valid IIN on a payroll and at a clinic that population does not know.
  const district = kit.nextDistrict();
  const ghost = kit.ctx.factory.strayIin(kit.ctx.factory.birthDateFor(33), 'M');
  const employer = kit.org('employer', district);
  for (const m of last6) {
    kit.w.row('contributions', {
      iin: ghost,
      payer_bin: employer.bin,
      period: monthLabel(m),
      income_kzt: 350000,
      opv_kzt: 35000,
      osms_kzt: 7000,
    });
  }
  kit.truth(positive('REG-02', ghost));
  const clinic = kit.org('clinic', district);
  const patient = kit.ctx.factory.strayIin(kit.ctx.factory.birthDateFor(51), 'F');
  const doctor = clinic.doctors[0];
  if (doctor) {
    kit.w.row('medical_services', {
      service_id: `SX${patient}`,
      iin: patient,
      clinic_bin: clinic.bin,
      doctor_iin: doctor,
      service_date: addDays(t.asOf, -40),
      service_code: 'A01.001',
      paid_kzt: 4000,
    });
    kit.truth(positive('REG-02', patient));
  }

  // REG-03: the same person registered twice, the second time with a variant name.
  const variants: readonly ('russian' | 'typo')[] = ['russian', 'typo'];
  for (const variant of variants) {
    const h1 = kit.household();
    const original = kit.person(h1, { sex: 'M', age: 41, lastName: 'Құдайбергенов', firstName: 'Нұрлан' });
    kit.write(original, { jobs: [kit.job(kit.org('employer', h1.district), 420000)] });
    const h2 = kit.household(h1.district);
    const duplicate = kit.person(h2, {
      sex: 'M',
      birthDate: original.birthDate,
      lastName: variant === 'russian' ? foldKazakh(original.lastName) : original.lastName,
      firstName: variant === 'russian' ? foldKazakh(original.firstName) : typo(original.firstName, 3),
      middleName: variant === 'russian' ? foldKazakh(original.middleName) : original.middleName,
    });
    // The second IIN is in use too: it is in population, so it is no REG-02 case.
    kit.write(duplicate, { jobs: [kit.job(kit.org('employer', h2.district), 150000, last6)] });
    kit.truth(positive('REG-03', original.iin > duplicate.iin ? original.iin : duplicate.iin));
    kit.truth(nearMiss('REG-02', duplicate.iin));
  }
  // Namesakes born on different days are different persons.
  const hA = kit.household();
  const first = kit.person(hA, {
    sex: 'F',
    age: 36,
    lastName: 'Төлеубаева',
    firstName: 'Әсел',
    middleName: 'Серікқызы',
  });
  kit.write(first);
  const hB = kit.household();
  const second = kit.person(hB, {
    sex: 'F',
    age: 39,
    lastName: 'Төлеубаева',
    firstName: 'Әсел',
    middleName: 'Серікқызы',
  });
  kit.write(second);
  kit.truth(nearMiss('REG-03', first.iin > second.iin ? first.iin : second.iin));

  // REG-04: 16 living persons at one address (three households); 15 living + 2 dead at another.
  for (const [living, dead, expect] of [
    [16, 0, 'positive'],
    [15, 2, 'near_miss'],
  ] as const) {
    const d = kit.nextDistrict();
    const place = kit.ctx.factory.newAddress(d);
    let h = kit.household(d, place);
    for (let i = 0; i < living + dead; i++) {
      if (i % 6 === 5) h = kit.household(d, place);
      const isDead = i >= living;
      const p = kit.person(h, {
        sex: i % 2 === 0 ? 'M' : 'F',
        age: isDead ? 80 : 20 + ((i * 3) % 35),
        deathDate: isDead ? addDays(t.stableFrom, -200 - i) : null,
      });
      kit.write(p, isDead ? {} : { jobs: [kit.job(kit.org('employer', d), 260000)] });
    }
    kit.truth(
      expect === 'positive' ? positive('REG-04', place.addressId) : nearMiss('REG-04', place.addressId),
    );
  }
}
