import { LazyMotion, m } from 'framer-motion';
import { Link } from 'react-router-dom';
import { barGrow, loadMotionFeatures, RANKING_IN_VIEW, rankingReveal } from '../../lib/motion';
import { careerPath } from '../../lib/career-path';
import {
  fitBand,
  type Answers,
  type CareerFit,
  type CareerId,
  type TraitProfile,
} from '../../domain';
import { CAREER_TITLES } from '../../content/career-titles';
import { useFormat, useLocale, useLocalized, useMessages } from '../../i18n';
import { CareerExplainer } from './career-explainer';
import { resultsMessages } from './messages';
import { bandLabel } from './result-copy';

export interface RankingListProps {
  ranking: readonly CareerFit[];
  primary: CareerId;
  profile: TraitProfile;
  answers: Answers;
}

export function RankingList({ ranking, primary, profile, answers }: RankingListProps) {
  const titles = useLocalized(CAREER_TITLES);
  const t = useMessages(resultsMessages);
  const locale = useLocale();
  const format = useFormat();
  return (
    <>
      <LazyMotion features={loadMotionFeatures} strict>
        <m.ol
          className="ranking"
          variants={rankingReveal}
          initial="hidden"
          whileInView="shown"
          viewport={{ once: true, amount: RANKING_IN_VIEW }}
        >
          {ranking.map(({ careerId, fit }) => {
            const band = fitBand(fit);
            const score = Math.round(fit);
            return (
              <li key={careerId} className={careerId === primary ? 'rank rank-top' : 'rank'}>
                <Link className="rank-title" to={careerPath(careerId)}>
                  {titles[careerId]}
                </Link>
                <span className="rank-score">
                  {format.number(score)}
                  <span className="visually-hidden">{t.rankOutOf100}</span>
                  <span className={`band band-${band} band-small`}>{bandLabel(band, locale)}</span>
                </span>
                <span className="bar" aria-hidden="true">
                  <m.span
                    className={`bar-fill bar-${band}`}
                    style={{ width: `${score}%`, originX: 0 }}
                    variants={barGrow}
                  />
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
        </m.ol>
      </LazyMotion>
    </>
  );
}
