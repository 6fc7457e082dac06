import { describe, expect, it } from 'vitest';
import { composeBin, composeIin, decodeIin, isValidIdNumber, readIdNumber } from '../../src/core/iin';

describe('IIN/BIN checksum (domain.md test vectors)', () => {
  it.each(['901123300258', '061211600012', '791028302728', '990940003030'])('accepts %s', (value) => {
    expect(isValidIdNumber(value)).toBe(true);
  });
  it.each(['901123300255', '821214240092', '990940003031'])('rejects %s', (value) => {
    expect(isValidIdNumber(value)).toBe(false);
  });
  it('rejects wrong lengths and non-digits', () => {
    expect(isValidIdNumber('90112330025')).toBe(false);
    expect(isValidIdNumber('9011233002581')).toBe(false);
    expect(isValidIdNumber('90112330025a')).toBe(false);
  });
});

describe('readIdNumber', () => {
  it('restores a leading zero lost by a spreadsheet', () => {
    expect(readIdNumber('61211600012', 'iin')).toEqual({
      kind: 'restored',
      value: '061211600012',
      raw: '61211600012',
    });
  });
  it('does not restore an 11-digit value whose padded form fails the checksum', () => {
    expect(readIdNumber('61211600013', 'iin')).toMatchObject({ kind: 'invalid', reason: 'bad_checksum' });
  });
  it('classifies missing, bad checksum, wrong length, non-digits', () => {
    expect(readIdNumber('  ', 'iin')).toEqual({ kind: 'missing' });
    expect(readIdNumber(undefined, 'iin')).toEqual({ kind: 'missing' });
    expect(readIdNumber('901123300255', 'iin')).toMatchObject({ kind: 'invalid', reason: 'bad_checksum' });
    expect(readIdNumber('9011', 'iin')).toMatchObject({ kind: 'invalid', reason: 'wrong_length' });
    expect(readIdNumber('9011-2330025', 'iin')).toMatchObject({ kind: 'invalid', reason: 'not_digits' });
  });
  it('restores two or three zeros lost by a numeric cell when the padded form decodes', () => {
    // Born 2000-06-08: the numeric cell keeps 9 digits; 2000-11-25: 10 digits.
    expect(readIdNumber('608500018', 'iin')).toEqual({
      kind: 'restored',
      value: '000608500018',
      raw: '608500018',
    });
    expect(readIdNumber('1125600031', 'iin')).toMatchObject({ kind: 'restored', value: '001125600031' });
    // BINs registered in 2000: month 05 (9 digits) and 11 (10 digits).
    expect(readIdNumber('540000077', 'bin')).toMatchObject({ kind: 'restored', value: '000540000077' });
    expect(readIdNumber('1140000055', 'bin')).toMatchObject({ kind: 'restored', value: '001140000055' });
  });
  it('does not restore 9-10 digits whose padded form passes the checksum but does not decode', () => {
    expect(isValidIdNumber('000230500013')).toBe(true); // 30 February
    expect(readIdNumber('230500013', 'iin')).toMatchObject({ kind: 'invalid', reason: 'wrong_length' });
    expect(isValidIdNumber('000608700010')).toBe(true); // century digit 7
    expect(readIdNumber('608700010', 'iin')).toMatchObject({ kind: 'invalid', reason: 'wrong_length' });
    expect(isValidIdNumber('001340000012')).toBe(true); // month 13
    expect(readIdNumber('1340000012', 'bin')).toMatchObject({ kind: 'invalid', reason: 'wrong_length' });
    // A BIN is not an IIN: 000540000077 has no century digit.
    expect(readIdNumber('540000077', 'iin')).toMatchObject({ kind: 'invalid', reason: 'wrong_length' });
  });
  it('does not restore 9-10 digits whose padded form fails the checksum, nor 8 digits', () => {
    expect(readIdNumber('608500019', 'iin')).toMatchObject({ kind: 'invalid', reason: 'wrong_length' });
    expect(readIdNumber('60850001', 'iin')).toMatchObject({ kind: 'invalid', reason: 'wrong_length' });
  });
  it('tolerates spaces and a numeric-cell ".0"', () => {
    expect(readIdNumber(' 901123 300258 ', 'iin')).toEqual({ kind: 'valid', value: '901123300258' });
    expect(readIdNumber('901123300258.0', 'iin')).toEqual({ kind: 'valid', value: '901123300258' });
  });
});

describe('decodeIin', () => {
  it('reads birth date and sex', () => {
    expect(decodeIin('901123300258')).toEqual({ birthDate: '1990-11-23', sex: 'M' });
    expect(decodeIin('061211600012')).toEqual({ birthDate: '2006-12-11', sex: 'F' });
  });
  it('rejects impossible dates and century digits', () => {
    expect(decodeIin('900231300258')).toBeNull();
    expect(decodeIin('901123700258')).toBeNull();
  });
});

describe('compose', () => {
  it('builds valid IINs that decode back', () => {
    for (let serial = 0; serial < 300; serial += 7) {
      const iin = composeIin('2004-02-29', 'F', serial);
      expect(isValidIdNumber(iin)).toBe(true);
      expect(decodeIin(iin)).toEqual({ birthDate: '2004-02-29', sex: 'F' });
    }
    expect(composeIin('1955-07-01', 'M', 12).slice(6, 7)).toBe('3');
  });
  it('builds valid BINs', () => {
    expect(isValidIdNumber(composeBin(2010, 5, 4, 123))).toBe(true);
  });
});
