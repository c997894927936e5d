import './careers.css';
import { Link } from 'react-router-dom';
import { careerGroup, type CareerGroup } from '../../domain';
import { comparePath } from '../../lib/career-path';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAnsweredCount } from '../../store/hooks';
import { CareerCard } from './career-card';
import { ALL_CAREER_FACTS } from './career-facts-by-id';
import { GROUP_HEADINGS, GROUP_INTROS } from './career-copy';

const GROUPS: readonly CareerGroup[] = ['records', 'growth', 'alternate'];

export function CareersPage() {
  useDocumentTitle('Explore careers — CareerFit');
  const answered = useAnsweredCount();
  return (
    <div className="careers">
      <header className="careers-hero">
        <p className="eyebrow">Explore careers</p>
        <h1>Eight healthcare careers to explore</h1>
        <p className="lead">
          What each job is like, the schooling it takes, what it pays and how it compares with the
          medical records technician role.
        </p>
        <div className="actions no-print">
          <Link
            className="button primary"
            to={comparePath('medical-records-technician', 'medical-assistant')}
          >
            Compare two careers
          </Link>
          {answered > 0 ? (
            <Link className="button" to="/results">
              See my results
            </Link>
          ) : (
            <Link className="button" to="/quiz">
              Take the quiz
            </Link>
          )}
        </div>
      </header>
      {GROUPS.map((group) => (
        <section key={group} className="careers-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{GROUP_HEADINGS[group]}</h2>
          <p className="muted">{GROUP_INTROS[group]}</p>
          <ul className="career-cards">
            {ALL_CAREER_FACTS.filter((facts) => careerGroup(facts.id) === group).map((facts) => (
              <CareerCard key={facts.id} facts={facts} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
