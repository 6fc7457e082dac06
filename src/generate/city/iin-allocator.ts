import { composeBin, composeIin, isValidIdNumber, type Sex } from '../../core/iin';

/**
 * Hands out unique valid IINs: one serial counter per birth date and sex (a few tens of
 * thousands of small entries even for 2.5 M persons). composeIin may skip serials that
 * could never be issued; the counter then continues after the one used.
 */
export class IinAllocator {
  private readonly next = new Map<string, number>();

  allocate(birthDate: string, sex: Sex): { readonly iin: string; readonly serial: number } {
    const key = `${birthDate}${sex}`;
    const from = this.next.get(key) ?? 1;
    const iin = composeIin(birthDate, sex, from);
    const serial = Number(iin.slice(7, 11));
    if (serial < from) throw new RangeError(`IIN serials exhausted for ${key}`);
    this.next.set(key, serial + 1);
    return { iin, serial };
  }
}

/** BINs of organisations: registered in 2005-2019, one counter for the whole city. */
export class BinAllocator {
  private serial = 100;

  allocate(year: number, month: number, entityType: 4 | 5 | 6): string {
    const bin = composeBin(year, month, entityType, this.serial);
    this.serial = Number(bin.slice(5, 11)) + 1;
    return bin;
  }
}

/**
 * An IIN with one digit changed so that the checksum fails (a typing mistake). Tries
 * the positions from the serial backwards until the result is invalid.
 */
export function mistypeIin(iin: string, seed: number): string {
  for (let attempt = 0; attempt < 40; attempt++) {
    const position = 7 + ((seed + attempt) % 4);
    const digit = (Number(iin.charAt(position)) + 1 + ((seed + attempt) % 8)) % 10;
    const candidate = iin.slice(0, position) + String(digit) + iin.slice(position + 1);
    if (candidate !== iin && !isValidIdNumber(candidate)) return candidate;
  }
  return `${iin.slice(0, 11)}${(Number(iin.charAt(11)) + 1) % 10}`;
}
