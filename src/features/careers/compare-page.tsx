import './careers.css';
import './compare.css';
import { Link } from 'react-router-dom';
import { ONET_ATTRIBUTION_BY_LOCALE } from '../../content/attribution';
import { useLocalized, useMessages } from '../../i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCareerFacts } from './career-facts-by-id';
import { compareMessages } from './compare-messages';
import { CompareGlanceTable } from './compare-glance-table';
import { ComparePickers } from './compare-pickers';
import { CompareTraitsTable } from './compare-traits-table';
import { careersMessages } from './messages';
import { useCompareSelection } from './use-compare-selection';

export function ComparePage() {
  const t = useMessages(compareMessages);
  const shared = useMessages(careersMessages);
  const attribution = useLocalized(ONET_ATTRIBUTION_BY_LOCALE);
  const { a, b, choose } = useCompareSelection();
  const factsA = useCareerFacts(a);
  const factsB = useCareerFacts(b);
  useDocumentTitle(t.pageTitle(factsA.title, factsB.title));
  return (
    <div className="careers compare-page">
      <nav className="career-breadcrumb no-print" aria-label={shared.breadcrumb}>
        <Link to="/careers">
          <span aria-hidden="true">←</span>
          {shared.allCareers}
        </Link>
      </nav>
      <header className="careers-hero">
        <p className="eyebrow">{shared.eyebrow}</p>
        <h1>{t.heading}</h1>
        <p className="lead">{t.lead}</p>
      </header>
      <section className="panel no-print" aria-label={t.choose}>
        <ComparePickers a={a} b={b} onChoose={choose} />
      </section>
      <section className="panel compare-panel" aria-labelledby="glance-title">
        <h2 id="glance-title">{t.glance}</h2>
        <CompareGlanceTable a={factsA} b={factsB} />
      </section>
      <section className="panel compare-panel" aria-labelledby="compare-traits-title">
        <h2 id="compare-traits-title">{t.traits}</h2>
        <CompareTraitsTable a={factsA} b={factsB} />
      </section>
      <p className="career-attribution">{attribution}</p>
    </div>
  );
}
