import './careers.css';
import './careers-list.css';
import { Link } from 'react-router-dom';
import { careerGroup, type CareerGroup } from '../../domain';
import { useLocale, useLocalized, useMessages } from '../../i18n';
import { comparePath } from '../../lib/career-path';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAnsweredCount } from '../../store/hooks';
import { CareerCard } from './career-card';
import { CAREER_COPY } from './career-copy';
import { allCareerFacts } from './career-facts-by-id';
import { careersMessages } from './messages';

const GROUPS: readonly CareerGroup[] = ['records', 'growth', 'alternate'];

export function CareersPage() {
  const t = useMessages(careersMessages);
  const copy = useLocalized(CAREER_COPY);
  const careers = allCareerFacts(useLocale());
  useDocumentTitle(t.title);
  const answered = useAnsweredCount();
  return (
    <div className="careers">
      <header className="careers-hero">
        <p className="eyebrow">{t.eyebrow}</p>
        <h1>{t.heading}</h1>
        <p className="lead">{t.lead}</p>
        <div className="actions no-print">
          <Link
            className="button primary"
            to={comparePath('medical-records-technician', 'medical-assistant')}
          >
            {t.compareTwo}
          </Link>
          {answered > 0 ? (
            <Link className="button" to="/results">
              {t.seeMyResults}
            </Link>
          ) : (
            <Link className="button" to="/quiz">
              {t.takeQuiz}
            </Link>
          )}
        </div>
      </header>
      {GROUPS.map((group) => (
        <section key={group} className="careers-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{copy.groupHeadings[group]}</h2>
          <p className="muted">{copy.groupIntros[group]}</p>
          <ul className="career-cards">
            {careers
              .filter((facts) => careerGroup(facts.id) === group)
              .map((facts) => (
                <CareerCard key={facts.id} facts={facts} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
