import { Link } from 'react-router-dom';
import type { CareerFacts } from '../../domain';
import { careerPath } from '../../lib/career-path';
import { EDUCATION_LABELS } from './career-copy';

export function CareerCard({ facts }: { facts: CareerFacts }) {
  return (
    <li className="career-card">
      <h3>{facts.title}</h3>
      <p>{facts.summary}</p>
      <p className="career-card-education">
        <span className="career-label">Typical education</span>
        {EDUCATION_LABELS[facts.education.length]}
      </p>
      <Link className="career-card-link" to={careerPath(facts.id)}>
        Read about {facts.title}
      </Link>
    </li>
  );
}
