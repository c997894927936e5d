import { fitBand, type CareerFit, type CareerId } from '../../domain';
import { CAREER_TITLES } from '../../content/career-titles';
import { BAND_LABELS } from './result-copy';

export function RankingList({
  ranking,
  primary,
}: {
  ranking: readonly CareerFit[];
  primary: CareerId;
}) {
  return (
    <section className="panel" aria-labelledby="ranking-title">
      <h2 id="ranking-title">All eight careers, best fit first</h2>
      <ol className="ranking">
        {ranking.map(({ careerId, fit }) => {
          const band = fitBand(fit);
          const score = Math.round(fit);
          return (
            <li key={careerId} className={careerId === primary ? 'rank rank-top' : 'rank'}>
              <span className="rank-title">{CAREER_TITLES[careerId]}</span>
              <span className="rank-score">
                {score}
                <span className="visually-hidden"> out of 100, </span>
                <span className={`band band-${band} band-small`}>{BAND_LABELS[band]}</span>
              </span>
              <span className="bar" aria-hidden="true">
                <span className={`bar-fill bar-${band}`} style={{ width: `${score}%` }} />
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
