import { Link } from 'react-router-dom';
import type { CareerId } from '../../domain';
import { BAND_LABELS, ordinal, withArticle } from './career-copy';
import { useCareerFit } from './use-career-fit';

/** "See how you match" with the student's fit, or an invitation to take the quiz. */
export function CareerMatch({ careerId, title }: { careerId: CareerId; title: string }) {
  const match = useCareerFit(careerId);
  if (!match) {
    return (
      <section className="panel career-match no-print" aria-labelledby="match-title">
        <h2 id="match-title">Would this job fit you?</h2>
        <p>
          Take the six-minute quiz to see how well {withArticle(title)} fits the way you like to
          work.
        </p>
        <Link className="button primary" to="/quiz">
          Take the quiz
        </Link>
      </section>
    );
  }
  return (
    <section className="panel career-match" aria-labelledby="match-title">
      <h2 id="match-title">See how you match</h2>
      <p className="career-fit-line">
        <span className="career-fit-score">
          {match.fit}
          <span className="career-fit-max"> out of 100</span>
        </span>
        <span className={`career-band career-band-${match.band}`}>{BAND_LABELS[match.band]}</span>
      </p>
      <p>
        {match.isRecommended
          ? `From your quiz answers, this is the career we recommend for you.`
          : `From your quiz answers, it ranks ${ordinal(match.rank)} of ${match.total} careers for you.`}
      </p>
      <Link className="button no-print" to="/results">
        See your full results
      </Link>
    </section>
  );
}
