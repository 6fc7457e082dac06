import { registrySpec, type RegistryName } from '../../registries/catalog';
import { mistypeIin } from '../city/iin-allocator';
import { NAME_VARIANT_KINDS, nameVariant, type NameVariantKind } from '../city/name-variants';
import type { Person } from '../city/person';
import type { Random } from '../random';
import type { LinkVariant } from '../truth/truth-writer';
import type { Row } from './value-format';

/** How a row about a person is written: normally, or planted for linkage by name. */
export type LinkMode = 'never' | 'auto' | { readonly variant: LinkVariant; readonly name?: NameVariantKind };

/**
 * Registries whose background rows may lose their IIN: rows whose loss, should the link
 * stage miss them, would not create a finding (disability rows would: BEN-02).
 */
const AUTO_REGISTRIES: ReadonlySet<RegistryName> = new Set([
  'contributions',
  'osms_status',
  'phc_attachment',
  'medical_services',
  'benefits',
  'kindergarten_queue',
]);

/** About one row in 400 of those registries is typed without an IIN or with a typo. */
const AUTO_RATE = 1 / 400;

export interface PlantedLink {
  readonly row: Row;
  readonly variant: LinkVariant;
}

/**
 * Issue 5: rows that reach the registries without an IIN or with a mistyped one, but
 * with the person's last name, first name (in a variant spelling) and exact birth date.
 */
export class LinkPlanter {
  constructor(private readonly random: Random) {}

  plant(registry: RegistryName, row: Row, person: Person, mode: LinkMode): PlantedLink | null {
    if (mode === 'never') return null;
    if (mode === 'auto' && (!AUTO_REGISTRIES.has(registry) || !this.random.chance(AUTO_RATE))) return null;
    const column = registrySpec(registry).personColumn;
    if (!column) return null;
    const variant: LinkVariant =
      mode === 'auto' ? (this.random.chance(0.5) ? 'no_iin' : 'typo_iin') : mode.variant;
    const kind: NameVariantKind =
      mode !== 'auto' && mode.name ? mode.name : this.random.pick(NAME_VARIANT_KINDS);
    const name = nameVariant(person, kind, this.random.int(0, 1000));
    const iin = variant === 'no_iin' ? '' : mistypeIin(person.iin, this.random.int(0, 1000));
    return {
      variant,
      row: {
        ...row,
        [column]: iin,
        last_name: name.lastName,
        first_name: name.firstName,
        middle_name: name.middleName,
        birth_date: person.birthDate,
      },
    };
  }
}
