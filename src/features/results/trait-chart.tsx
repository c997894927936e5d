import { CAREER_PROFILES, TRAIT_IDS, type Recommendation } from '../../domain';
import { TRAIT_COPY_BY_LOCALE } from '../../content/trait-copy';
import { useFormat, useLocale, useMessages } from '../../i18n';
import { resultsMessages } from './messages';
import { withArticle } from './result-copy';

/**
 * A table first (readable by everyone: screen readers get its caption and headers, and it prints
 * as a table), with bars drawn inside the cells for sighted readers.
 */
export function TraitChart({
  recommendation,
  title,
}: {
  recommendation: Recommendation;
  title: string;
}) {
  const t = useMessages(resultsMessages);
  const locale = useLocale();
  const format = useFormat();
  const traits = TRAIT_COPY_BY_LOCALE[locale];
  const importance = { 1: t.importance1, 2: t.importance2, 3: t.importance3 } as const;
  const article = withArticle(title, locale);
  const target = CAREER_PROFILES[recommendation.primary.careerId];
  return (
    <>
      <p className="muted legend">
        <span className="legend-item">
          <span className="key key-you" aria-hidden="true" /> {t.legendYou}
        </span>
        <span className="legend-item">
          <span className="key key-job" aria-hidden="true" /> {t.legendJob}
        </span>
        <span className="legend-item">{t.legendScale}</span>
      </p>
      <table className="trait-table">
        <caption className="visually-hidden">{t.traitsCaption(article)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colTrait}</th>
            <th scope="col">{t.legendYou}</th>
            <th scope="col">{t.legendJob}</th>
          </tr>
        </thead>
        <tbody>
          {TRAIT_IDS.map((trait) => {
            const you = Math.round(recommendation.profile[trait].score);
            const job = target[trait];
            return (
              <tr key={trait}>
                <th scope="row">
                  {traits[trait].label}
                  <span className="importance">{importance[job.importance]}</span>
                </th>
                <td>
                  <span className="cell-bar" aria-hidden="true">
                    <span className="cell-fill fill-you" style={{ width: `${you}%` }} />
                  </span>
                  {format.number(you)}
                </td>
                <td>
                  <span className="cell-bar" aria-hidden="true">
                    <span className="cell-fill fill-job" style={{ width: `${job.level}%` }} />
                  </span>
                  {format.number(job.level)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
