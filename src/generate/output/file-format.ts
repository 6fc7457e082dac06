import type { RegistryName } from '../../registries/catalog';

/**
 * How one registry file is written. Clean cities use one format for all (UTF-8, comma,
 * canonical headers, ISO dates); messy cities give each registry the habits of its agency
 * (registries.md "File rules"): Windows-1251 with `;`, Russian or Kazakh headers, DD.MM.YYYY,
 * decimal commas, IINs that lost their leading zero, XLSX.
 */
export interface FileFormat {
  readonly container: 'csv' | 'xlsx';
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'windows-1251';
  readonly delimiter: ',' | ';' | '\t';
  readonly lineEnd: '\n' | '\r\n';
  readonly headers: 'canonical' | 'ru' | 'kk';
  readonly dates: 'iso' | 'dotted';
  readonly money: 'plain' | 'comma_spaces';
  readonly booleans: 'true_false' | 'da_net' | 'ie_zhoq' | 'one_zero';
  readonly districts: 'code' | 'names';
  /** Person IINs starting with 0 are written with 11 digits, as spreadsheets do. */
  readonly lostZeros: boolean;
}

export const CLEAN_FORMAT: FileFormat = {
  container: 'csv',
  encoding: 'utf-8',
  delimiter: ',',
  lineEnd: '\n',
  headers: 'canonical',
  dates: 'iso',
  money: 'plain',
  booleans: 'true_false',
  districts: 'code',
  lostZeros: false,
};

const CP1251: FileFormat = {
  container: 'csv',
  encoding: 'windows-1251',
  delimiter: ';',
  lineEnd: '\r\n',
  headers: 'ru',
  dates: 'dotted',
  money: 'comma_spaces',
  booleans: 'da_net',
  districts: 'names',
  lostZeros: true,
};

const XLSX_KK: FileFormat = { ...CP1251, container: 'xlsx', encoding: 'utf-8', headers: 'kk', lineEnd: '\n' };

export const MESSY_FORMATS: Readonly<Record<RegistryName, FileFormat>> = {
  population: { ...CP1251, encoding: 'utf-8-bom', headers: 'kk', money: 'plain', booleans: 'ie_zhoq' },
  organizations: { ...CLEAN_FORMAT, headers: 'ru', districts: 'names' },
  contributions: CP1251,
  osms_status: { ...CLEAN_FORMAT, delimiter: '\t', dates: 'dotted', booleans: 'da_net', lostZeros: true },
  employment: { ...CP1251, lostZeros: false },
  asp_cases: { ...CLEAN_FORMAT, headers: 'ru', districts: 'names' },
  asp_members: { ...CP1251, encoding: 'utf-8', headers: 'kk', lineEnd: '\n' },
  staff: { ...XLSX_KK, headers: 'ru' },
  enrollment: { ...CLEAN_FORMAT, booleans: 'ie_zhoq', dates: 'dotted' },
  kindergarten_queue: XLSX_KK,
  phc_attachment: CP1251,
  medical_services: {
    ...CP1251,
    encoding: 'utf-8',
    headers: 'canonical',
    lineEnd: '\n',
    booleans: 'true_false',
  },
  disability: { ...CP1251, delimiter: '\t', money: 'plain' },
  benefits: { ...CLEAN_FORMAT, lostZeros: true },
  reported: { ...CP1251, encoding: 'utf-8', lineEnd: '\n', headers: 'ru' },
};

export function fileNameOf(registry: RegistryName, format: FileFormat): string {
  return `${registry}.${format.container}`;
}
