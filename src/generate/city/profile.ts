/**
 * Everything the registries say about one person besides the population row, as plain
 * data. The background builder fills it at random (within the rules of a clean city);
 * anomaly modules fill it by hand. `writePersonRecords` turns it into rows.
 */
export interface Job {
  readonly payerBin: string;
  readonly monthlyIncome: number;
  /** Month indexes with a contribution row. */
  readonly months: readonly number[];
}

export interface StaffRecord {
  readonly orgBin: string;
  readonly position: 'teacher' | 'educator' | 'doctor' | 'nurse' | 'other';
  readonly rate: number;
  readonly hired: string;
  readonly left: string | null;
}

export interface EmploymentRecord {
  readonly status: 'unemployed' | 'job_seeker' | 'participant';
  readonly measure: string | null;
  readonly start: string;
  readonly end: string | null;
  readonly amount: number | null;
}

export interface DisabilityRecord {
  readonly group: '1' | '2' | '3' | 'child';
  readonly since: string;
  readonly until: string | null;
}

export interface BenefitPayment {
  readonly program: string;
  readonly month: number;
  readonly amount: number;
}

export interface Attachment {
  readonly clinicBin: string;
  readonly since: string;
  readonly detached: string | null;
}

export interface Service {
  readonly clinicBin: string;
  readonly doctorIin: string;
  readonly date: string;
  readonly code: string;
  readonly paid: number;
}

export interface Enrollment {
  readonly orgBin: string;
  readonly level: 'preschool' | 'school';
  readonly grade: string;
  readonly stateFunded: boolean;
  readonly perCapita: number | null;
  readonly start: string;
  readonly end: string | null;
}

export interface QueueEntry {
  readonly district: string;
  readonly registeredOn: string;
  readonly status: 'waiting' | 'placed' | 'withdrawn';
  readonly placedOrgBin: string | null;
}

export interface Profile {
  /** Null: no osms_status row (persons not living on the last day of the last complete quarter). */
  readonly osms: { readonly category: string; readonly insured: boolean } | null;
  readonly jobs: readonly Job[];
  readonly staff: readonly StaffRecord[];
  readonly employment: readonly EmploymentRecord[];
  readonly disability: readonly DisabilityRecord[];
  readonly benefits: readonly BenefitPayment[];
  readonly attachments: readonly Attachment[];
  readonly services: readonly Service[];
  readonly enrollments: readonly Enrollment[];
  readonly queue: readonly QueueEntry[];
}

export const EMPTY_PROFILE: Profile = {
  osms: null,
  jobs: [],
  staff: [],
  employment: [],
  disability: [],
  benefits: [],
  attachments: [],
  services: [],
  enrollments: [],
  queue: [],
};

/** Income of a profile's jobs in the given months (cents, exact). */
export function incomeCents(profile: Profile, months: readonly number[]): number {
  let total = 0;
  for (const job of profile.jobs) {
    for (const m of job.months) if (months.includes(m)) total += Math.round(job.monthlyIncome * 100);
  }
  return total;
}
