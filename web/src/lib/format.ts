import type { Language } from '../../../src/core/localized';

/**
 * The Intl locale of each interface language. Browsers ship thin ICU data for Kazakh
 * (Chromium formats kk-KZ numbers as `1,234,567.5` and dates as `2025 M03 4`), so Kazakh
 * numbers use the Kazakhstan Russian conventions (identical: space groups, decimal comma)
 * and Kazakh dates are written `dd.MM.yyyy`, as in Kazakh official documents.
 */
export const INTL_LOCALES: { readonly [L in Language]: string } = { kk: 'ru-KZ', ru: 'ru-RU', en: 'en-GB' };

const pad = (n: number) => String(n).padStart(2, '0');

const THIN_NBSP = '\u202f';
const SPACES = /[\u0020\u00a0\u202f]/g;

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALES[lang], options);
    cache.set(key, format);
  }
  return format;
}

/** Intl output with every space (group separator, before the sign) as a thin no-break space. */
function thin(parts: Intl.NumberFormatPart[]): string {
  return parts.map((p) => p.value.replace(SPACES, THIN_NBSP)).join('');
}

/**
 * `1 234 567 ₸` (kk, ru: thin no-break spaces, sign after), `₸1,234,567` (en); `—` for null.
 * Built from the locale's number format rather than its currency pattern, whose placement
 * of ₸ differs between ICU versions (Node and Chromium disagree for kk).
 */
export function formatMoney(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const number = thin(numberFormat(lang, { maximumFractionDigits: 0 }).formatToParts(Math.round(value)));
  return lang === 'en' ? (value < 0 ? `-₸${number.slice(1)}` : `₸${number}`) : `${number}${THIN_NBSP}₸`;
}

const KK_COMPACT: readonly [number, string][] = [
  [1e12, 'трлн'],
  [1e9, 'млрд'],
  [1e6, 'млн'],
  [1e3, 'мың'],
];

/** Short money for chart axes: `1,2 млн ₸` (Kazakh: `1,2 мың ₸`, its own abbreviations). */
export function formatMoneyCompact(value: number, lang: Language): string {
  if (lang === 'kk') {
    const [unit, word] = KK_COMPACT.find(([u]) => Math.abs(value) >= u) ?? [1, ''];
    const number = formatNumber(value / unit, lang, 1);
    return word ? `${number}${THIN_NBSP}${word}${THIN_NBSP}₸` : `${number}${THIN_NBSP}₸`;
  }
  const number = thin(
    numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).formatToParts(value),
  );
  return lang === 'en' ? `₸${number}` : `${number}${THIN_NBSP}₸`;
}

export function formatNumber(value: number | null | undefined, lang: Language, fractionDigits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return thin(numberFormat(lang, { maximumFractionDigits: fractionDigits }).formatToParts(value));
}

/** A value already in percent units: 80.3 → `80,3 %` (ru), `80.3%` (en). */
export function formatPercent(value: number | null | undefined, lang: Language, fractionDigits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const format = numberFormat(lang, { style: 'percent', maximumFractionDigits: fractionDigits });
  return thin(format.formatToParts(value / 100));
}

/** Signed percent for gaps: `+12,5 %`. */
export function formatSignedPercent(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const format = numberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return thin(format.formatToParts(value / 100));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** `2025-03-04` or an ISO timestamp → the locale's date (UTC: dates of registries have no zone). */
export function formatDate(value: string | null | undefined, lang: Language): string {
  if (!value) return '—';
  const match = ISO_DATE.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (lang === 'kk') return `${match[3]}.${match[2]}.${match[1]}`;
  return new Intl.DateTimeFormat(INTL_LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(value: string | null | undefined, lang: Language): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (lang === 'kk') {
    return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }
  return new Intl.DateTimeFormat(INTL_LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
