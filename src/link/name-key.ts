/**
 * The transliteration key of a name: Kazakh Cyrillic, Russian Cyrillic, the 2021 Kazakh
 * Latin alphabet and passport-style Latin spellings of one name all fold to one ASCII key
 * (Жұмабаев / Жумабаев / Zhumabayev / Jumabaev -> `jumabaev`). No library knows Kazakh, so
 * the folding is ours: one ordered list of steps, held as data, applied by TS (tests, small
 * inputs) and compiled to one SQL expression (DuckDB, millions of rows). A test keeps the two
 * equal on every name it knows.
 */
export type KeyStep =
  | { readonly kind: 'lower' }
  | { readonly kind: 'replace'; readonly from: string; readonly to: string }
  | { readonly kind: 'translate'; readonly from: string; readonly to: string }
  | { readonly kind: 'strip_accents' }
  | { readonly kind: 'regexp'; readonly pattern: string; readonly to: string };

/**
 * Cyrillic and Kazakh Latin letters that become several Latin letters (or none). ё is е: Russian
 * writing itself drops the dots (Фёдоров / Федоров), and Latin spells it e, yo or io.
 */
const MULTI_LETTER: readonly (readonly [string, string])[] = [
  ['щ', 'shch'],
  ['ж', 'zh'],
  ['х', 'kh'],
  ['ц', 'ts'],
  ['ч', 'ch'],
  ['ш', 'sh'],
  ['ю', 'yu'],
  ['я', 'ya'],
  ['ё', 'e'],
  ['ş', 'sh'],
  ['ç', 'ch'],
  ['ъ', ''],
  ['ь', ''],
  ['’', ''],
  ["'", ''],
];

/**
 * One letter for one letter. Kazakh ә ғ қ ң ө ұ ү һ і fold to their Russian neighbours (the
 * Russian spelling of a Kazakh name drops them: Іңкәр / Инкар / Inkar, so ң and ñ are n); й and ы become `y`, later folded with i.
 */
const ONE_LETTER_FROM = 'абвгдезийклмнопрстуфыэәғқңөұүһіıäğñöüūq';
const ONE_LETTER_TO = 'abvgdeziyklmnoprstufyeagknouuhiiagnouuk';

const DOUBLE_LETTERS = [...'abcdefghijklmnopqrstuvwxz'].map((c): KeyStep => ({
  kind: 'replace',
  from: c + c,
  to: c,
}));

export const NAME_KEY_STEPS: readonly KeyStep[] = [
  { kind: 'lower' },
  ...MULTI_LETTER.map(([from, to]): KeyStep => ({ kind: 'replace', from, to })),
  { kind: 'translate', from: ONE_LETTER_FROM, to: ONE_LETTER_TO },
  { kind: 'strip_accents' },
  { kind: 'regexp', pattern: '[^a-z]', to: '' },
  // Passport spellings write ж as zh, dzh or j (and дж as dzh, dj or j); х as kh or h;
  // щ as shch, sch or sh; ц as ts or c; кс as ks or x.
  { kind: 'replace', from: 'shch', to: 'sh' },
  { kind: 'replace', from: 'sch', to: 'sh' },
  { kind: 'replace', from: 'zh', to: 'j' },
  { kind: 'replace', from: 'dj', to: 'j' },
  { kind: 'replace', from: 'kh', to: 'h' },
  { kind: 'replace', from: 'ts', to: 'c' },
  { kind: 'replace', from: 'x', to: 'ks' },
  // ё after a consonant is written yo or io in Latin (Fyodorov, Fiodorov), e in Cyrillic
  // without dots and in official Latin (Федоров, Fedorov).
  { kind: 'regexp', pattern: '([bcdfghjklmnpqrstvwz])(yo|io)', to: '$1e' },
  // Older and German-style passports write й as j (Sergej, Nikolaj, Kajrat). Before a vowel
  // j stays, since it spells ж as well (Janna, Jumabaev): Jakupov may be Якупов or Жақыпов.
  { kind: 'regexp', pattern: '([aeiou])j([^aeiou]|$)', to: '$1i$2' },
  // Russian е is written "ye" at the start of a word (Ержан / Yerzhan) and after a vowel
  // (Жумабаев / Zhumabayev); я, ю likewise. Drop that glide, then y and i are one letter.
  { kind: 'regexp', pattern: '^ye', to: 'e' },
  { kind: 'regexp', pattern: '([aeiou])y([aeiou])', to: '$1$2' },
  // ье is written ye or ie, and as e where ь is dropped (Васильев / Vasilyev / Vasiliev /
  // Vasilev): after a consonant the glide goes (also in Dmitriyev once its y is gone).
  { kind: 'regexp', pattern: '([bcdfghjklmnpqrstvwz])(ye|ie)', to: '$1e' },
  { kind: 'replace', from: 'y', to: 'i' },
  // Doubled letters are spelt single as often as not (Асель / Assel).
  ...DOUBLE_LETTERS,
];

function applyStep(value: string, step: KeyStep): string {
  switch (step.kind) {
    case 'lower':
      return value.toLowerCase();
    case 'replace':
      return value.split(step.from).join(step.to);
    case 'translate': {
      let out = '';
      for (const ch of value) {
        const at = step.from.indexOf(ch);
        out += at < 0 ? ch : step.to.charAt(at);
      }
      return out;
    }
    case 'strip_accents':
      return value.normalize('NFD').replace(/\p{M}/gu, '');
    case 'regexp':
      return value.replace(new RegExp(step.pattern, 'g'), step.to);
  }
}

/** The key of one name, '' when nothing letter-like is left. */
export function nameKey(name: string | null | undefined): string {
  return NAME_KEY_STEPS.reduce(applyStep, name ?? '');
}

function sqlLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function stepSql(expr: string, step: KeyStep): string {
  switch (step.kind) {
    case 'lower':
      return `lower(${expr})`;
    case 'replace':
      return `replace(${expr}, ${sqlLiteral(step.from)}, ${sqlLiteral(step.to)})`;
    case 'translate':
      return `translate(${expr}, ${sqlLiteral(step.from)}, ${sqlLiteral(step.to)})`;
    case 'strip_accents':
      return `strip_accents(${expr})`;
    case 'regexp':
      // RE2 writes back-references in the replacement as \1, JS as $1.
      return `regexp_replace(${expr}, ${sqlLiteral(step.pattern)}, ${sqlLiteral(step.to.replace(/\$(\d)/g, '\\$1'))}, 'g')`;
  }
}

/** The same key as one SQL expression over `expr`; NULL when the key is empty. */
export function nameKeySql(expr: string): string {
  return `nullif(${NAME_KEY_STEPS.reduce(stepSql, expr)}, '')`;
}
