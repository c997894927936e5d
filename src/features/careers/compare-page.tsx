import './careers.css';
import { Link } from 'react-router-dom';
import { ONET_ATTRIBUTION } from '../../content/attribution';
import { useDocumentTitle } from '../../lib/use-document-title';
import { careerFactsFor } from './career-facts-by-id';
import { CompareGlanceTable } from './compare-glance-table';
import { ComparePickers } from './compare-pickers';
import { CompareTraitsTable } from './compare-traits-table';
import { useCompareSelection } from './use-compare-selection';

export function ComparePage() {
  const { a, b, choose } = useCompareSelection();
  const factsA = careerFactsFor(a);
  const factsB = careerFactsFor(b);
  useDocumentTitle(`Compare ${factsA.title} and ${factsB.title} — CareerFit`);
  return (
    <div className="careers compare-page">
      <nav className="career-breadcrumb no-print" aria-label="Breadcrumb">
        <Link to="/careers">
          <span aria-hidden="true">←</span>All careers
        </Link>
      </nav>
      <header className="careers-hero">
        <p className="eyebrow">Explore careers</p>
        <h1>Compare two careers</h1>
        <p className="lead">Pick any two careers to see them side by side.</p>
      </header>
      <section className="panel no-print" aria-label="Choose careers">
        <ComparePickers a={a} b={b} onChoose={choose} />
      </section>
      <section className="panel compare-panel" aria-labelledby="glance-title">
        <h2 id="glance-title">At a glance</h2>
        <CompareGlanceTable a={factsA} b={factsB} />
      </section>
      <section className="panel compare-panel" aria-labelledby="compare-traits-title">
        <h2 id="compare-traits-title">Traits each job calls for</h2>
        <CompareTraitsTable a={factsA} b={factsB} />
      </section>
      <p className="career-attribution">{ONET_ATTRIBUTION}</p>
    </div>
  );
}
