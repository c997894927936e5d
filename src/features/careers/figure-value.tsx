import type { CareerId } from '../../domain';
import { useFormat, useLocale, useMessages } from '../../i18n';
import { careerFactsFor } from './career-facts-by-id';
import { OlderFigureNote } from '../../components/ui/current-figures';
import { FIGURE_WORDS, figureText } from '../../lib/figure-text';
import { careersMessages } from './messages';

/** A BLS figure, always with its year and source; never a number without its year. */
export function FigureValue({ id, kind }: { id: CareerId; kind: 'pay' | 'outlook' }) {
  const locale = useLocale();
  const format = useFormat();
  const t = useMessages(careersMessages);
  const english = careerFactsFor(id, 'en')[kind];
  const localized = careerFactsFor(id, locale)[kind];
  if (!english || !localized) return <span className="muted">{t.noFigure}</span>;
  const { value, year, source } = figureText(
    english,
    localized,
    locale,
    format,
    FIGURE_WORDS[locale],
  );
  return (
    <>
      <span className="career-figure">{value}</span>
      <span className="career-source">
        {year} · {source}
      </span>
      <OlderFigureNote year={english.year} />
    </>
  );
}
