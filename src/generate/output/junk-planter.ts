import { QUARANTINE_REASONS, type QuarantineReason } from '../../ingest/quarantine-reasons';
import type { RegistryName } from '../../registries/catalog';
import { mistypeIin } from '../city/iin-allocator';
import type { Random } from '../random';
import type { RawOverride } from './registry-file';
import type { Row } from './value-format';

/**
 * Messy extracts carry rows no loader can accept. They are planted as *extra* copies of
 * real rows with one field broken, so losing them to quarantine never removes a row
 * the truth needs for a finding. Each kind names the reason ingest gives for it.
 */
export interface Junk {
  readonly reason: QuarantineReason;
  /** The column named in the quarantine truth ('' for a row-level problem). */
  readonly column: string;
  readonly row: Row;
  readonly overrides: readonly RawOverride[];
  readonly extraField: boolean;
}

interface JunkKind {
  readonly registry: RegistryName;
  readonly reason: QuarantineReason;
  readonly column: string;
  readonly make: (row: Row, random: Random) => Pick<Junk, 'row' | 'overrides' | 'extraField'>;
}

const NO_NAMES = { last_name: '', first_name: '', middle_name: '', birth_date: '' };

const KINDS: readonly JunkKind[] = [
  {
    registry: 'contributions',
    reason: QUARANTINE_REASONS.iinChecksum,
    column: 'iin',
    make: (row, random) => ({
      row: { ...row, ...NO_NAMES, iin: mistypeIin(String(row.iin), random.int(0, 99)) },
      overrides: [],
      extraField: false,
    }),
  },
  {
    registry: 'contributions',
    reason: QUARANTINE_REASONS.money,
    column: 'income_kzt',
    make: (row) => ({ row, overrides: [{ column: 'income_kzt', text: 'сто тысяч' }], extraField: false }),
  },
  {
    registry: 'contributions',
    reason: QUARANTINE_REASONS.tooManyFields,
    column: '',
    make: (row) => ({ row, overrides: [], extraField: true }),
  },
  {
    registry: 'phc_attachment',
    reason: QUARANTINE_REASONS.impossibleDate,
    column: 'attached_since',
    make: (row) => ({
      row,
      overrides: [{ column: 'attached_since', text: `31.02.${String(row.attached_since).slice(0, 4)}` }],
      extraField: false,
    }),
  },
  {
    registry: 'benefits',
    reason: QUARANTINE_REASONS.missingRequired,
    column: 'amount_kzt',
    make: (row) => ({ row: { ...row, amount_kzt: null }, overrides: [], extraField: false }),
  },
  {
    registry: 'kindergarten_queue',
    reason: QUARANTINE_REASONS.district,
    column: 'district',
    make: (row) => ({
      row,
      overrides: [{ column: 'district', text: 'Атлантида ауданы' }],
      extraField: false,
    }),
  },
];

const RATE = 1 / 2500;

export class JunkPlanter {
  private readonly seen = new Map<string, number>();

  constructor(private readonly random: Random) {}

  /** A junk copy to write after this row, or null. The first of each kind comes early. */
  after(registry: RegistryName, row: Row): Junk | null {
    for (const kind of KINDS) {
      if (kind.registry !== registry) continue;
      const key = `${kind.registry}:${kind.reason}`;
      const count = (this.seen.get(key) ?? 0) + 1;
      this.seen.set(key, count);
      if (count === 3 + KINDS.indexOf(kind) || this.random.chance(RATE)) {
        return { reason: kind.reason, column: kind.column, ...kind.make(row, this.random) };
      }
    }
    return null;
  }
}
