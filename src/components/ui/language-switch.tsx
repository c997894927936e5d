import { LOCALES, LOCALE_NAMES } from '../../domain/locale';
import { useLocale, useSetLocale } from '../../i18n';

/** One button naming the other language in that language, so a student can always find it. */
export function LanguageSwitch({ className = 'language-switch' }: { className?: string }) {
  const locale = useLocale();
  const setLocale = useSetLocale();
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  return (
    <button type="button" className={className} lang={other} onClick={() => setLocale(other)}>
      <span aria-hidden="true" className="language-switch-icon">
        🌐
      </span>{' '}
      {LOCALE_NAMES[other]}
    </button>
  );
}
