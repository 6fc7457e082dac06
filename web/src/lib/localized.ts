import type { Language } from '../../../src/core/localized';
import type { Meta } from '../../../src/server/schemas/meta-schemas';

type LocalizedText = { readonly kk: string; readonly ru: string; readonly en: string };

/** Text the API sends in the three languages (rule titles, explanations). */
export function pick(text: LocalizedText | null | undefined, lang: Language, fallback = ''): string {
  if (!text) return fallback;
  return text[lang] || text.en || fallback;
}

type MetaDistrict = Meta['districts'][number];

export function districtName(
  code: string | null | undefined,
  districts: readonly MetaDistrict[] | undefined,
  lang: Language,
): string {
  if (!code) return '—';
  const d = districts?.find((x) => x.code === code);
  if (!d) return code;
  return lang === 'kk' ? d.nameKk : lang === 'ru' ? d.nameRu : d.nameEn;
}

/** The rule family of an id: `ASP-01` → `ASP`. */
export function ruleFamily(ruleId: string): string {
  return ruleId.split('-')[0] ?? ruleId;
}
