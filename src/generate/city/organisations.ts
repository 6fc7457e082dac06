import { ALMATY_CITY_DISTRICTS } from '../../core/districts';
import type { Random } from '../random';
import { BinAllocator } from './iin-allocator';

/**
 * Organisations of the city, the one index the generator keeps whole in memory (a few
 * thousand rows even at 2.5 M persons). Capacity is set at the end, from the enrollments
 * actually written, so that no background school or kindergarten is over capacity.
 */
export type OrgKind = 'kindergarten' | 'school' | 'clinic' | 'employer';

export interface Organisation {
  readonly bin: string;
  readonly name: string;
  readonly kind: OrgKind;
  readonly ownership: 'state' | 'private';
  readonly district: string;
  /** Active enrollments at as_of (schools, kindergartens) or attached persons (clinics). */
  load: number;
  /** Fixed capacity for planted organisations (EDU-07); otherwise derived from the load. */
  capacity: number | null;
  /** Doctors of a clinic. */
  readonly doctors: string[];
}

const EMPLOYER_NAMES = [
  'ТОО «Алатау Құрылыс»',
  'АО «Казахтелеком»',
  'ТОО «Жетісу Логистик»',
  'ТОО «Медеу Сервис»',
  'ТОО «Алматы Нан»',
  'АО «Halyk Bank»',
  'ТОО «Астық Трейд»',
  'ТОО «Ақ Жол Транс»',
  'ИП «Бекова»',
  'ТОО «Almaty Tech»',
  'ТОО «Қазақ Сауда»',
  'КГП «Алматы Су»',
] as const;

export interface OrgPlan {
  readonly employers: number;
  readonly schools: number;
  readonly kindergartens: number;
  readonly clinics: number;
}

/** How many organisations of each kind a district of `persons` inhabitants has. */
export function orgPlan(persons: number): OrgPlan {
  return {
    employers: Math.max(3, Math.ceil(persons / 400)),
    schools: Math.max(1, Math.ceil(persons / 2500)),
    kindergartens: Math.max(2, Math.ceil(persons / 1200)),
    clinics: Math.max(1, Math.ceil(persons / 25000)),
  };
}

export class OrgRegistry {
  readonly all: Organisation[] = [];
  private readonly byDistrictKind = new Map<string, Organisation[]>();
  private readonly bins = new BinAllocator();
  private counter = 0;

  constructor(private readonly random: Random) {}

  create(
    kind: OrgKind,
    district: string,
    ownership: 'state' | 'private',
    capacity: number | null = null,
  ): Organisation {
    this.counter++;
    const year = this.random.int(2005, 2019);
    const bin = this.bins.allocate(year, this.random.int(1, 12), 4);
    const org: Organisation = {
      bin,
      name: this.nameFor(kind, ownership),
      kind,
      ownership,
      district,
      load: 0,
      capacity,
      doctors: [],
    };
    this.all.push(org);
    const key = `${district}|${kind}`;
    const list = this.byDistrictKind.get(key) ?? [];
    list.push(org);
    this.byDistrictKind.set(key, list);
    return org;
  }

  /** The background organisations of a city of `persons`, evenly over the districts. */
  populate(persons: number): void {
    const perDistrict = Math.ceil(persons / ALMATY_CITY_DISTRICTS.length);
    const plan = orgPlan(perDistrict);
    for (const d of ALMATY_CITY_DISTRICTS) {
      for (let i = 0; i < plan.employers; i++)
        this.create('employer', d.code, this.random.chance(0.2) ? 'state' : 'private');
      for (let i = 0; i < plan.schools; i++) this.create('school', d.code, i % 4 === 3 ? 'private' : 'state');
      for (let i = 0; i < plan.kindergartens; i++)
        this.create('kindergarten', d.code, i % 5 === 0 ? 'state' : 'private');
      for (let i = 0; i < plan.clinics; i++) this.create('clinic', d.code, 'state');
    }
  }

  list(district: string, kind: OrgKind): readonly Organisation[] {
    return this.byDistrictKind.get(`${district}|${kind}`) ?? [];
  }

  pick(district: string, kind: OrgKind): Organisation {
    return this.random.pick(this.list(district, kind));
  }

  private nameFor(kind: OrgKind, ownership: 'state' | 'private'): string {
    const n = this.counter;
    switch (kind) {
      case 'school':
        return ownership === 'state' ? `КГУ «Школа-гимназия № ${n}»` : `ЧУ «Частная школа Білім-${n}»`;
      case 'kindergarten':
        return ownership === 'state' ? `ГККП «Ясли-сад № ${n}»` : `ТОО «Детский сад Балапан-${n}»`;
      case 'clinic':
        return `ГКП на ПХВ «Городская поликлиника № ${n}»`;
      case 'employer':
        return `${EMPLOYER_NAMES[n % EMPLOYER_NAMES.length] ?? 'ТОО'} ${n}`;
    }
  }
}
