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

const records = new Set<CareerId>(RECORDS_FAMILY);

export function LandingPage() {
  if (EMBED.startAtQuiz) return <Navigate to="/quiz" replace />;
  return <Landing />;
}

function Landing() {
  useDocumentTitle('CareerFit — is a medical records career right for you?');
  const answered = useAnsweredCount();
  return (
    <div className="landing">
      <section className="hero" aria-labelledby="landing-title">
        <p className="eyebrow">A career quiz for high-school students</p>
        <h1 id="landing-title">Could a career in medical records fit you?</h1>
        <p className="lead">
          Answer {QUESTION_COUNT} quick questions about how you like to work. We'll show you how
          well you match a medical records technician job — or a related healthcare career that fits
          you even better — and why.
        </p>
        <StartButtons answered={answered} />
        <ul className="facts" aria-label="About the quiz">
          <li>
            <strong>About {MINUTES_TO_FINISH} minutes</strong>
            <span>One question per screen</span>
          </li>
          <li>
            <strong>No sign-up</strong>
            <span>No account, no email</span>
          </li>
          <li>
            <strong>Private</strong>
            <span>Your answers stay on this device</span>
          </li>
        </ul>
      </section>
      <section className="panel" aria-labelledby="careers-title">
        <h2 id="careers-title">Careers the quiz compares</h2>
        <ul className="career-chips">
          {CAREER_IDS.map((id) => (
            <li key={id} className={records.has(id) ? 'chip chip-records' : 'chip'}>
              {CAREER_TITLES[id]}
            </li>
          ))}
        </ul>
        <p className="muted">
          Records technicians keep patients' health records correct, organized and private. Medical
          coders and cancer registrars are records jobs with a special focus.
        </p>
      </section>
    </div>
  );
}
