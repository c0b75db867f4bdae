import { useLocaleState } from 'react-admin';

const INTL_LOCALES: Record<string, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The Intl locale of the UI language, for amounts and dates. */
export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return INTL_LOCALES[locale] ?? locale;
}
