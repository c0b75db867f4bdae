import { useI18nProvider } from 'react-admin';

const INTL_LOCALES: Record<string, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * The Intl locale of the UI language, for amounts and dates. Read from the i18n provider, which
 * react-admin re-renders the whole app for when the language changes: no subscription to the
 * locale per field and per row.
 */
export function useIntlLocale(): string {
  const locale = useI18nProvider().getLocale();
  return INTL_LOCALES[locale] ?? locale;
}
