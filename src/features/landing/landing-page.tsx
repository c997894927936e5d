import './landing.css';
// Direct module imports keep the start page's download free of the scoring engine.
import { CAREER_IDS, RECORDS_FAMILY, type CareerId } from '../../domain/careers';
import { CAREER_TITLES } from '../../content/career-titles';
import { QUESTION_COUNT, MINUTES_TO_FINISH } from '../../content/quiz-facts';
import { Navigate } from 'react-router-dom';
import { EMBED } from '../../lib/embed';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAnsweredCount } from '../../store/hooks';
import { StartButtons } from './start-buttons';
import { useLocalized, useMessages } from '../../i18n';
import { landingMessages } from './messages';

const records = new Set<CareerId>(RECORDS_FAMILY);

export function LandingPage() {
  if (EMBED.startAtQuiz) return <Navigate to="/quiz" replace />;
  return <Landing />;
}

function Landing() {
  const t = useMessages(landingMessages);
  const titles = useLocalized(CAREER_TITLES);
  useDocumentTitle(t.title);
  const answered = useAnsweredCount();
  return (
    <div className="landing">
      <section className="hero" aria-labelledby="landing-title">
        <p className="eyebrow">{t.eyebrow}</p>
        <h1 id="landing-title">{t.heading}</h1>
        <p className="lead">{t.lead(QUESTION_COUNT)}</p>
        <StartButtons answered={answered} />
        <ul className="facts" aria-label={t.aboutQuiz}>
          <li>
            <strong>{t.minutes(MINUTES_TO_FINISH)}</strong>
            <span>{t.onePerScreen}</span>
          </li>
          <li>
            <strong>{t.noSignUp}</strong>
            <span>{t.noAccount}</span>
          </li>
          <li>
            <strong>{t.private}</strong>
            <span>{t.staysHere}</span>
          </li>
        </ul>
      </section>
      <section className="panel" aria-labelledby="careers-title">
        <h2 id="careers-title">{t.careersHeading}</h2>
        <ul className="career-chips">
          {CAREER_IDS.map((id) => (
            <li key={id} className={records.has(id) ? 'chip chip-records' : 'chip'}>
              {titles[id]}
            </li>
          ))}
        </ul>
        <p className="muted">{t.careersNote}</p>
      </section>
    </div>
  );
}
