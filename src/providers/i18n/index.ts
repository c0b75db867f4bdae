import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { fr } from './fr';

export const LOCALES = [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
];

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? en : fr),
  'fr',
  LOCALES,
);

/** The language of the UI, sent to the API as Accept-Language. */
export const currentLocale = () => i18nProvider.getLocale();
