import { Link } from 'react-router-dom';
import type { CareerId } from '../../domain';
import { SIMILAR_CAREERS } from '../../content/similar-careers';
import { careerPath, comparePath } from '../../lib/career-path';
import { careerFactsFor } from './career-facts-by-id';

export function SimilarCareers({ careerId }: { careerId: CareerId }) {
  const similar = SIMILAR_CAREERS[careerId];
  const compareWith = similar[0] ?? 'medical-records-technician';
  return (
    <section className="panel no-print" aria-labelledby="similar-title">
      <h2 id="similar-title">Similar careers</h2>
      <ul className="career-similar">
        {similar.map((id) => {
          const facts = careerFactsFor(id);
          return (
            <li key={id}>
              <Link to={careerPath(id)}>Read about {facts.title}</Link>
              <span className="muted">{facts.summary}</span>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <Link className="button" to={comparePath(careerId, compareWith)}>
          Compare side by side
        </Link>
        <Link className="button" to="/careers">
          All careers
        </Link>
      </div>
    </section>
  );
}
