import { Link } from 'react-router-dom';
import type { CareerId } from '../../domain';
import { SIMILAR_CAREERS } from '../../content/similar-careers';
import { useLocale, useMessages } from '../../i18n';
import { careerPath, comparePath } from '../../lib/career-path';
import { careerFactsFor } from './career-facts-by-id';
import { careerPageMessages } from './career-page-messages';
import { careersMessages } from './messages';

export function SimilarCareers({ careerId }: { careerId: CareerId }) {
  const t = useMessages(careerPageMessages);
  const shared = useMessages(careersMessages);
  const locale = useLocale();
  const similar = SIMILAR_CAREERS[careerId];
  const compareWith = similar[0] ?? 'medical-records-technician';
  return (
    <section className="panel no-print" aria-labelledby="similar-title">
      <h2 id="similar-title">{t.similar}</h2>
      <ul className="career-similar">
        {similar.map((id) => {
          const facts = careerFactsFor(id, locale);
          return (
            <li key={id}>
              <Link to={careerPath(id)}>{shared.readAbout(facts.title)}</Link>
              <span className="muted">{facts.summary}</span>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <Link className="button" to={comparePath(careerId, compareWith)}>
          {t.compareSideBySide}
        </Link>
        <Link className="button" to="/careers">
          {shared.allCareers}
        </Link>
      </div>
    </section>
  );
}
