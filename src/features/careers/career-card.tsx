import { Link } from 'react-router-dom';
import type { CareerFacts } from '../../domain';
import { useLocalized, useMessages } from '../../i18n';
import { careerPath } from '../../lib/career-path';
import { CareerIcon } from '../../components/ui/career-icon';
import { CAREER_COPY } from './career-copy';
import { careersMessages } from './messages';

export function CareerCard({ facts }: { facts: CareerFacts }) {
  const t = useMessages(careersMessages);
  const copy = useLocalized(CAREER_COPY);
  return (
    <li className="career-card">
      <h3 className="career-card-title">
        <span className="career-badge">
          <CareerIcon careerId={facts.id} />
        </span>
        {facts.title}
      </h3>
      <p>{facts.summary}</p>
      <p className="career-card-education">
        <span className="career-label">{t.typicalEducation}</span>
        {copy.education[facts.education.length]}
      </p>
      <Link className="career-card-link" to={careerPath(facts.id)}>
        {t.readAbout(facts.title)}
      </Link>
    </li>
  );
}
