import type { CareerFacts, Figure } from '../../domain';
import { ONET_ATTRIBUTION_BY_LOCALE } from '../../content/attribution';
import { CurrentFiguresLink, OlderFigureNote } from '../../components/ui/current-figures';
import { useFormat, useLocale, useLocalized, useMessages } from '../../i18n';
import { FIGURE_WORDS, figureText, formatFigureYear } from '../../lib/figure-text';
import { factsFor } from './facts-for';
import { factsMessages } from './facts-messages';
import { midSentence } from './result-copy';

/** A pay or outlook figure, written the student's way, with its year and its age beside it. */
function FigureLine({
  name,
  english,
  figure,
}: {
  name: string;
  english: Figure | null;
  figure: Figure | null;
}) {
  const t = useMessages(factsMessages);
  const locale = useLocale();
  const format = useFormat();
  const text =
    english && figure ? figureText(english, figure, locale, format, FIGURE_WORDS[locale]) : null;
  return (
    <div className="fact">
      <dt>{name}</dt>
      <dd>
        {text && english ? (
          <>
            {text.value} <span className="figure-year">{t.figureYear(text.year)}</span>
            <OlderFigureNote year={english.year} />
          </>
        ) : (
          <span className="muted">{t.noFigure}</span>
        )}
      </dd>
    </div>
  );
}

/** What the job is: what you'd do, pay and outlook with their dates, where, from home, growth. */
export function JobFacts({ facts }: { facts: CareerFacts }) {
  const t = useMessages(factsMessages);
  const format = useFormat();
  const english = factsFor(facts.id, 'en');
  const remote = {
    common: t.remoteCommon,
    some: t.remoteSome,
    rare: t.remoteRare,
    unknown: t.remoteUnknown,
  }[facts.remote.level];
  return (
    <div className="facts-card">
      <p>{facts.summary}</p>
      <h3>{t.duties}</h3>
      <ul>
        {facts.duties.map((duty) => (
          <li key={duty}>{duty}</li>
        ))}
      </ul>
      <dl className="fact-list">
        <FigureLine name={t.pay} english={english.pay} figure={facts.pay} />
        <FigureLine name={t.outlook} english={english.outlook} figure={facts.outlook} />
        <div className="fact">
          <dt>{t.workplaces}</dt>
          <dd>{format.list(facts.workplaces.map((w, i) => (i ? midSentence(w) : w)))}</dd>
        </div>
        <div className="fact">
          <dt>{t.remote}</dt>
          <dd>
            {remote}. {facts.remote.note}
          </dd>
        </div>
        <div className="fact">
          <dt>{t.growth}</dt>
          <dd>{facts.growth}</dd>
        </div>
      </dl>
      <CurrentFiguresLink careerId={facts.id} />
    </div>
  );
}

/** The schooling the job asks for and each credential, written once: code, name, who gives it. */
export function EducationFacts({ facts }: { facts: CareerFacts }) {
  const t = useMessages(factsMessages);
  return (
    <div className="education-facts">
      <p>{facts.education.typical}</p>
      {facts.credentials.length > 0 ? (
        <>
          <h3>{t.credentials}</h3>
          <ul className="credential-list">
            {facts.credentials.map((c) => (
              <li key={c.code}>
                <strong>{c.code}</strong>
                {t.credentialFrom(c.name, c.issuer)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** Where the figures and the trait ratings come from, in the page's language. */
export function FactSources({ facts }: { facts: CareerFacts }) {
  const t = useMessages(factsMessages);
  const attribution = useLocalized(ONET_ATTRIBUTION_BY_LOCALE);
  const locale = useLocale();
  const format = useFormat();
  const figure = facts.pay ?? facts.outlook;
  const years = [facts.pay?.year, facts.outlook?.year]
    .filter((y): y is string => Boolean(y))
    .map((y) => formatFigureYear(y, locale));
  return (
    <div className="fact-sources">
      <p>{figure ? t.figuresFrom(figure.source, format.list(years)) : t.noFiguresSource}</p>
      <p>{t.articleSource}</p>
      <p className="attribution">{attribution}</p>
    </div>
  );
}
