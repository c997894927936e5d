export { useLocale, useSetLocale, initialLocale, LOCALE_STORAGE_KEY } from './locale-store';
export { defineMessages, useMessages, useLocalized, type Messages } from './messages';
export { useFormat, formatters, type Formatters } from './format';
export type { Locale, Localized } from '../domain/locale';
