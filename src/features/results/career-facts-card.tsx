import type { CareerFacts, Figure } from '../../domain';
import { ONET_ATTRIBUTION_BY_LOCALE } from '../../content/attribution';
import { useFormat, useLocale, useLocalized, useMessages } from '../../i18n';
import { FIGURE_WORDS, figureText } from '../../lib/figure-text';
import { factsFor } from './facts-for';
import { factsMessages } from './facts-messages';

/** A pay or outlook figure: the number from the English facts, written the student's way. */
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
        {text ? (
          <>
            {text.value}
            <span className="source">
              {' '}
              ({text.year}; {text.source})
            </span>
          </>
        ) : (
          <span className="muted">{t.noFigure}</span>
        )}
      </dd>
    </div>
  );
}

export function CareerFactsCard({ facts }: { facts: CareerFacts }) {
  const t = useMessages(factsMessages);
  const format = useFormat();
  const attribution = useLocalized(ONET_ATTRIBUTION_BY_LOCALE);
  const english = factsFor(facts.id, 'en');
  const remote = {
    common: t.remoteCommon,
    some: t.remoteSome,
    rare: t.remoteRare,
    unknown: t.remoteUnknown,
  }[facts.remote.level];
  return (
    <section className="panel facts-card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t.factsTitle(facts.title)}</h2>
      <p>{facts.summary}</p>
      <h3>{t.duties}</h3>
      <ul>
        {facts.duties.map((duty) => (
          <li key={duty}>{duty}</li>
        ))}
      </ul>
      <dl className="fact-list">
        <div className="fact">
          <dt>{t.education}</dt>
          <dd>{facts.education.typical}</dd>
        </div>
        {facts.credentials.length > 0 ? (
          <div className="fact">
            <dt>{t.credentials}</dt>
            <dd>
              {facts.credentials.map((c) => t.credential(c.code, c.name, c.issuer)).join('; ')}
            </dd>
          </div>
        ) : null}
        <FigureLine name={t.pay} english={english.pay} figure={facts.pay} />
        <FigureLine name={t.outlook} english={english.outlook} figure={facts.outlook} />
        <div className="fact">
          <dt>{t.workplaces}</dt>
          <dd>{format.list(facts.workplaces)}</dd>
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
      <p className="attribution">{attribution}</p>
    </section>
  );
}
