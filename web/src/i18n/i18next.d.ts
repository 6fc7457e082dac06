import 'i18next';
import type en from './en.json';

// Keys are typed from the English file: a key used in code but absent there fails `tsc`,
// and i18n.test.ts keeps kk and ru equal to en.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
