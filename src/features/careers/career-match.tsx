import { Link } from 'react-router-dom';
import type { CareerId } from '../../domain';
import { useFormat, useLocalized, useMessages } from '../../i18n';
import { MINUTES_TO_FINISH } from '../../content/quiz-facts';
import { CAREER_COPY } from './career-copy';
import { careerPageMessages } from './career-page-messages';
import { careersMessages } from './messages';
import { useCareerFit } from './use-career-fit';

/** "See how you match" with the student's fit, or an invitation to take the quiz. */
export function CareerMatch({ careerId, title }: { careerId: CareerId; title: string }) {
  const match = useCareerFit(careerId);
  const t = useMessages(careerPageMessages);
  const shared = useMessages(careersMessages);
  const copy = useLocalized(CAREER_COPY);
  const format = useFormat();
  if (!match) {
    return (
      <section className="panel career-match no-print" aria-labelledby="match-title">
        <h2 id="match-title">{t.matchQuestion}</h2>
        <p>{t.matchInvite(title, format.number(MINUTES_TO_FINISH))}</p>
        <Link className="button primary" to="/quiz">
          {shared.takeQuiz}
        </Link>
      </section>
    );
  }
  return (
    <section className="panel career-match" aria-labelledby="match-title">
      <h2 id="match-title">{t.matchHeading}</h2>
      <p className="career-fit-line">
        <span className="career-fit-score">
          {format.number(match.fit)}
          <span className="career-fit-max">{t.outOf100}</span>
        </span>
        <span className={`career-band career-band-${match.band}`}>{copy.bands[match.band]}</span>
      </p>
      <p>{match.isRecommended ? t.recommended : t.ranks(match.rank, match.total)}</p>
      <Link className="button no-print" to="/results">
        {t.fullResults}
      </Link>
    </section>
  );
}
