import type { CareerId } from '../../domain';
import { useFormat, useLocale, useMessages } from '../../i18n';
import { careerFactsFor } from './career-facts-by-id';
import { figureText, type FigureWords } from '../../lib/figure-text';
import { careersMessages } from './messages';

/** A BLS figure, always with its year and source; never a number without its year. */
export function FigureValue({ id, kind }: { id: CareerId; kind: 'pay' | 'outlook' }) {
  const locale = useLocale();
  const format = useFormat();
  const t = useMessages(careersMessages);
  const english = careerFactsFor(id, 'en')[kind];
  const localized = careerFactsFor(id, locale)[kind];
  if (!english || !localized) return <span className="muted">{t.noFigure}</span>;
  const words: FigureWords = {
    perYearMedian: t.perYearMedian,
    change: t.change,
    paces: {
      'much-faster': t.paceMuchFaster,
      faster: t.paceFaster,
      average: t.paceAverage,
      slower: t.paceSlower,
      decline: t.paceDecline,
      'little-or-no-change': t.paceNoChange,
    },
  };
  const { value, year, source } = figureText(english, localized, locale, format, words);
  return (
    <>
      <span className="career-figure">{value}</span>
      <span className="career-source">
        {year} · {source}
      </span>
    </>
  );
}
