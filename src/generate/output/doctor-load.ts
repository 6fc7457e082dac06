import { toDay } from '../dates';

/** Days before as_of that the load counter covers (all services of the city fall inside). */
const SPAN_DAYS = 1200;

/**
 * Services per doctor and day (HLT-03), counted while services stream past: a small
 * array of counters per doctor instead of a map keyed by doctor and date.
 */
export class DoctorLoad {
  private readonly byDoctor = new Map<string, Uint16Array>();
  private readonly lastDay: number;

  constructor(asOf: string) {
    this.lastDay = toDay(asOf);
  }

  observe(doctorIin: string, serviceDate: string): void {
    const offset = this.lastDay - toDay(serviceDate);
    if (offset < 0 || offset >= SPAN_DAYS) return;
    let counts = this.byDoctor.get(doctorIin);
    if (!counts) {
      counts = new Uint16Array(SPAN_DAYS);
      this.byDoctor.set(doctorIin, counts);
    }
    counts[offset] = (counts[offset] ?? 0) + 1;
  }

  /** Doctor-days with more than `limit` services: [doctor_iin, day offset before as_of, count]. */
  over(limit: number): [string, number, number][] {
    const out: [string, number, number][] = [];
    for (const [doctor, counts] of this.byDoctor) {
      counts.forEach((count, offset) => {
        if (count > limit) out.push([doctor, offset, count]);
      });
    }
    return out;
  }
}
