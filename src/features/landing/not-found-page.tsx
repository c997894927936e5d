import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMessages } from '../../i18n';
import { landingMessages } from './messages';

export function NotFoundPage() {
  const t = useMessages(landingMessages);
  useDocumentTitle(t.notFoundTitle);
  return (
    <section className="panel message-panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t.notFoundHeading}</h1>
      <p>{t.notFoundBody}</p>
      <div className="actions">
        <Link className="button primary" to="/quiz">
          {t.goToQuiz}
        </Link>
        <Link className="button" to="/">
          {t.startPage}
        </Link>
      </div>
    </section>
  );
}
