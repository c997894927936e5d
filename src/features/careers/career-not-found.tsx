import { Link } from 'react-router-dom';
import { useMessages } from '../../i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { careerPageMessages } from './career-page-messages';

export function CareerNotFound() {
  const t = useMessages(careerPageMessages);
  useDocumentTitle(t.notFoundTitle);
  return (
    <section className="panel message-panel" aria-labelledby="career-missing-title">
      <h1 id="career-missing-title">{t.notFoundHeading}</h1>
      <p>{t.notFoundBody}</p>
      <div className="actions">
        <Link className="button primary" to="/careers">
          {t.seeAllCareers}
        </Link>
      </div>
    </section>
  );
}
