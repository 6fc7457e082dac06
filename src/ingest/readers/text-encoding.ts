import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * Extract encodings met in practice: UTF-8 (with or without BOM), Windows-1251 from
 * older Russian-locale exports, and UTF-16LE from Excel's "Unicode text". Anything that
 * is not valid UTF-8 (and has no UTF-16 BOM) is read as Windows-1251.
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1251' | 'utf-16le';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/** Length of the prefix of `bytes` that ends on a UTF-8 character boundary. */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(4, n); back++) {
    const b = bytes[n - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0x80) return n;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > back ? n - back : n;
  }
  return n;
}

/** Decide from the first bytes of a file; a later invalid byte makes the reader start again as cp1251. */
export function sniffEncoding(sample: Uint8Array, complete: boolean): TextEncoding {
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (hasUtf8Bom(sample)) return 'utf-8-bom';
  const checked = complete ? sample : sample.subarray(0, completeUtf8Length(sample));
  return isUtf8(checked) ? 'utf-8' : 'windows-1251';
}

/** Decode a sample to text (for the header line). */
export function decodeSample(sample: Uint8Array, encoding: TextEncoding): string {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return Buffer.from(sample.subarray(0, completeUtf8Length(sample)))
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    case 'windows-1251':
      return iconv.decode(Buffer.from(sample), 'win1251');
    case 'utf-16le':
      return iconv.decode(Buffer.from(sample.subarray(0, sample.length - (sample.length % 2))), 'utf-16le');
  }
}

/**
 * A streaming converter of file chunks to UTF-8 bytes. For UTF-8 input it passes the
 * bytes through and validates them; `invalid` turns true at the first bad sequence.
 */
export interface Utf8Converter {
  convert(chunk: Buffer): Buffer;
  finish(): Buffer;
  readonly invalid: boolean;
}

export function createUtf8Converter(encoding: TextEncoding): Utf8Converter {
  if (encoding === 'windows-1251' || encoding === 'utf-16le') {
    const decoder = iconv.getDecoder(encoding === 'windows-1251' ? 'win1251' : 'utf-16le');
    return {
      invalid: false,
      convert: (chunk) => Buffer.from(decoder.write(chunk), 'utf8'),
      finish: () => Buffer.from(decoder.end() ?? '', 'utf8'),
    };
  }
  let carry: Buffer = Buffer.alloc(0);
  let first = true;
  let invalid = false;
  return {
    get invalid() {
      return invalid;
    },
    convert(chunk) {
      let bytes = first && encoding === 'utf-8-bom' && hasUtf8Bom(chunk) ? chunk.subarray(3) : chunk;
      first = false;
      // Validation needs whole characters: hold back a split character for the next chunk.
      const joined = carry.length > 0 ? Buffer.concat([carry, bytes]) : bytes;
      const cut = completeUtf8Length(joined);
      if (!isUtf8(joined.subarray(0, cut))) invalid = true;
      carry = Buffer.from(joined.subarray(cut));
      bytes = joined.subarray(0, cut);
      return bytes;
    },
    finish() {
      if (carry.length > 0) invalid = true;
      return carry;
    },
  };
}
