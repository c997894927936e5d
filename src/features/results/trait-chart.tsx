import { CAREER_PROFILES, TRAIT_IDS, type Recommendation } from '../../domain';
import { TRAIT_COPY } from '../../content/trait-copy';
import { withArticle } from './result-copy';

const IMPORTANCE = { 1: 'Matters a little', 2: 'Matters', 3: 'Essential' } as const;

/** A table first (readable by everyone), with bars drawn inside the cells for sighted readers. */
export function TraitChart({
  recommendation,
  title,
}: {
  recommendation: Recommendation;
  title: string;
}) {
  const target = CAREER_PROFILES[recommendation.primary.careerId];
  return (
    <section className="panel" aria-labelledby="traits-title">
      <h2 id="traits-title">Your traits and what {withArticle(title)} needs</h2>
      <p className="muted legend">
        <span className="legend-item">
          <span className="key key-you" aria-hidden="true" /> You
        </span>
        <span className="legend-item">
          <span className="key key-job" aria-hidden="true" /> The job
        </span>
        <span className="legend-item">Scores from 0 to 100</span>
      </p>
      <table className="trait-table">
        <caption className="visually-hidden">
          Your score on each trait next to the level {withArticle(title)} needs
        </caption>
        <thead>
          <tr>
            <th scope="col">Trait</th>
            <th scope="col">You</th>
            <th scope="col">The job</th>
          </tr>
        </thead>
        <tbody>
          {TRAIT_IDS.map((trait) => {
            const you = Math.round(recommendation.profile[trait].score);
            const job = target[trait];
            return (
              <tr key={trait}>
                <th scope="row">
                  {TRAIT_COPY[trait].label}
                  <span className="importance">{IMPORTANCE[job.importance]}</span>
                </th>
                <td>
                  <span className="cell-bar" aria-hidden="true">
                    <span className="cell-fill fill-you" style={{ width: `${you}%` }} />
                  </span>
                  {you}
                </td>
                <td>
                  <span className="cell-bar" aria-hidden="true">
                    <span className="cell-fill fill-job" style={{ width: `${job.level}%` }} />
                  </span>
                  {job.level}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
