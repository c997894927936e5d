import { LOCALES, LOCALE_NAMES } from '../../domain/locale';
import { useLocale, useSetLocale } from '../../i18n';

/** One button naming the other language in that language, so a student can always find it. */
export function LanguageSwitch({ className = 'language-switch' }: { className?: string }) {
  const locale = useLocale();
  const setLocale = useSetLocale();
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  return (
    <button type="button" className={className} lang={other} onClick={() => setLocale(other)}>
      {/* Drawn, not an emoji: some school devices have no emoji font. */}
      <svg
        className="language-switch-icon"
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9s1.3-6.4 3.8-9z" />
      </svg>
      {LOCALE_NAMES[other]}
    </button>
  );
}
