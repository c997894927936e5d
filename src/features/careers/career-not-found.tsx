import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/use-document-title';

export function CareerNotFound() {
  useDocumentTitle('Career not found — CareerFit');
  return (
    <section className="panel message-panel" aria-labelledby="career-missing-title">
      <h1 id="career-missing-title">We can't find that career</h1>
      <p>The link may be old or mistyped. All eight careers are on the careers page.</p>
      <div className="actions">
        <Link className="button primary" to="/careers">
          See all careers
        </Link>
      </div>
    </section>
  );
}
