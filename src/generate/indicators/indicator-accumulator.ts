import { addMonths } from '../dates';
import { isLivingOn, type Person } from '../city/person';
import type { Quarter } from '../timeline';
import type { Row } from '../output/value-format';
import type { IndicatorCode } from './indicator-codes';

/** Active on day d: start <= d <= end, no end = still active (checks.md "Active"). */
export function activeOn(start: string, end: string | null | undefined, day: string): boolean {
  return start <= day && (!end || end >= day);
}

type Counts = Map<string, number>;

/**
 * Computes the indicators of the reported quarters while the registries stream past:
 * every row the city writes is observed once, so the reported figures equal the ones
 * a verifier computes from the files (checks.md "Precise reading", Indicators). Readings
 * chosen: persons by their population district; enrollments and capacity by the
 * organisation's district; rows active on the quarter's last day; ASP by case quarter and
 * case district; `no_phc_visit_2y` = persons attached on that day without a service in
 * the 24 months up to it.
 */
export class IndicatorAccumulator {
  private readonly counts: Counts[];
  private readonly caseInfo = new Map<string, { readonly period: string; readonly district: string }>();
  private scope: {
    iin: string;
    district: string;
    person: Person;
    attachments: [string, string | null][];
    services: string[];
  } | null = null;

  constructor(
    private readonly quarters: readonly Quarter[],
    private readonly orgOf: (bin: string) => { readonly district: string; readonly kind: string } | undefined,
  ) {
    this.counts = quarters.map(() => new Map());
  }

  private add(k: number, district: string, indicator: IndicatorCode, by = 1): void {
    const key = `${district}|${indicator}`;
    const counts = this.counts[k];
    if (counts) counts.set(key, (counts.get(key) ?? 0) + by);
  }

  observe(registry: string, row: Row, person: Person | undefined): void {
    if (registry === 'phc_attachment' || registry === 'medical_services') {
      if (person) this.observeHealth(registry, row, person);
      return;
    }
    this.quarters.forEach((q, k) => this.observeAt(k, q, registry, row, person));
  }

  private observeAt(k: number, q: Quarter, registry: string, row: Row, person: Person | undefined): void {
    const day = q.end;
    switch (registry) {
      case 'population':
        if (person && isLivingOn(person, day)) this.add(k, person.district, 'population');
        return;
      case 'osms_status':
        if (person && row.insured === true && isLivingOn(person, day))
          this.add(k, person.district, 'osms_insured');
        return;
      case 'employment':
        if (!person || !activeOn(String(row.start_date), row.end_date as string | null, day)) return;
        if (row.status === 'unemployed') this.add(k, person.district, 'registered_unemployed');
        if (row.measure) this.add(k, person.district, 'employment_measures');
        return;
      case 'disability':
        if (
          !person ||
          !isLivingOn(person, day) ||
          !activeOn(String(row.since), row.until as string | null, day)
        )
          return;
        this.add(k, person.district, 'disability_persons');
        if (row.group === 'child') this.add(k, person.district, 'disability_children');
        return;
      case 'asp_cases':
        if (k === 0)
          this.caseInfo.set(String(row.case_id), {
            period: String(row.period),
            district: String(row.district),
          });
        if (row.period === q.label) {
          this.add(k, String(row.district), 'asp_families');
          this.add(k, String(row.district), 'asp_paid_kzt', Number(row.paid_kzt));
        }
        return;
      case 'asp_members': {
        const info = this.caseInfo.get(String(row.case_id));
        if (info && info.period === q.label) this.add(k, info.district, 'asp_persons');
        return;
      }
      case 'enrollment': {
        const org = this.orgOf(String(row.org_bin));
        if (!org || !activeOn(String(row.start_date), row.end_date as string | null, day)) return;
        this.add(k, org.district, row.level === 'school' ? 'school_enrolled' : 'preschool_enrolled');
        return;
      }
      default:
        return;
    }
  }

  /** Attachments and services of one person arrive together; the scope closes on the next person. */
  private observeHealth(registry: string, row: Row, person: Person): void {
    if (this.scope?.iin !== person.iin) this.closeScope();
    if (!this.scope) {
      this.scope = { iin: person.iin, district: person.district, person, attachments: [], services: [] };
    }
    if (registry === 'phc_attachment') {
      this.scope.attachments.push([String(row.attached_since), (row.detached_on as string | null) ?? null]);
    } else {
      this.scope.services.push(String(row.service_date));
    }
  }

  closeScope(): void {
    const s = this.scope;
    if (!s) return;
    this.scope = null;
    this.quarters.forEach((q, k) => {
      const day = q.end;
      if (!s.attachments.some(([from, to]) => activeOn(from, to, day))) return;
      const since = addMonths(day, -24);
      if (s.services.some((d) => d > since && d <= day)) return;
      this.add(k, s.district, 'no_phc_visit_2y');
    });
  }

  addCapacity(district: string, capacity: number): void {
    this.quarters.forEach((_, k) => this.add(k, district, 'school_capacity', capacity));
  }

  /** The computed value of an indicator for report quarter k (0 = last complete quarter). */
  value(k: number, district: string, indicator: IndicatorCode): number {
    const counts = this.counts[k];
    const get = (code: IndicatorCode): number => counts?.get(`${district}|${code}`) ?? 0;
    if (indicator === 'osms_uninsured') return get('population') - get('osms_insured');
    if (indicator === 'osms_coverage_pct') {
      const population = get('population');
      return population === 0 ? 0 : Math.round((10000 * get('osms_insured')) / population) / 100;
    }
    return get(indicator);
  }
}
