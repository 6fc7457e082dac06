import type { CityWriter } from '../output/city-writer';
import type { OrgRegistry } from './organisations';

/**
 * Organisations go last: their design capacity is only known once the enrollments are
 * written. Background schools and kindergartens get 10-40 % more seats than children
 * (never above twice: EDU-07 clean); planted ones keep the capacity set by their module.
 */
export function writeOrganisations(w: CityWriter, orgs: OrgRegistry): void {
  for (const org of orgs.all) {
    let capacity: number | null = org.capacity;
    if (capacity === null && org.kind !== 'employer') {
      capacity = Math.max(20, Math.ceil(org.load * (1.1 + ((org.bin.charCodeAt(10) - 48) % 4) / 10)));
    }
    if (org.kind === 'school' && capacity !== null) w.indicators.addCapacity(org.district, capacity);
    w.row('organizations', {
      bin: org.bin,
      name: org.name,
      kind: org.kind,
      ownership: org.ownership,
      district: org.district,
      capacity,
    });
  }
}
