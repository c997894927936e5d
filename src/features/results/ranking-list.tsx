import { Link } from 'react-router-dom';
import { careerPath } from '../../lib/career-path';
import {
  fitBand,
  type Answers,
  type CareerFit,
  type CareerId,
  type TraitProfile,
} from '../../domain';
import { CAREER_TITLES } from '../../content/career-titles';
import { useLocalized } from '../../i18n';
import { CareerExplainer } from './career-explainer';
import { BAND_LABELS } from './result-copy';

export interface RankingListProps {
  ranking: readonly CareerFit[];
  primary: CareerId;
  profile: TraitProfile;
  answers: Answers;
}

export function RankingList({ ranking, primary, profile, answers }: RankingListProps) {
  const titles = useLocalized(CAREER_TITLES);
  return (
    <section className="panel" aria-labelledby="ranking-title">
      <h2 id="ranking-title">All eight careers, best fit first</h2>
      <ol className="ranking">
        {ranking.map(({ careerId, fit }) => {
          const band = fitBand(fit);
          const score = Math.round(fit);
          return (
            <li key={careerId} className={careerId === primary ? 'rank rank-top' : 'rank'}>
              <Link className="rank-title" to={careerPath(careerId)}>
                {titles[careerId]}
              </Link>
              <span className="rank-score">
                {score}
                <span className="visually-hidden"> out of 100, </span>
                <span className={`band band-${band} band-small`}>{BAND_LABELS[band]}</span>
              </span>
              <span className="bar" aria-hidden="true">
                <span className={`bar-fill bar-${band}`} style={{ width: `${score}%` }} />
              </span>
              <CareerExplainer
                careerId={careerId}
                title={titles[careerId]}
                isTop={careerId === ranking[0]?.careerId}
                profile={profile}
                answers={answers}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
