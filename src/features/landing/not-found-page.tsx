import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found — CareerFit');
  return (
    <section className="panel message-panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">We can't find that page</h1>
      <p>The link may be old or mistyped. Your quiz answers are still saved on this device.</p>
      <div className="actions">
        <Link className="button primary" to="/quiz">
          Go to the quiz
        </Link>
        <Link className="button" to="/">
          Start page
        </Link>
      </div>
    </section>
  );
}
