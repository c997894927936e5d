import './careers.css';
import { Link } from 'react-router-dom';
import { careerGroup, isCareerId, type CareerFacts } from '../../domain';
import { ONET_ATTRIBUTION } from '../../content/attribution';
import { useDocumentTitle } from '../../lib/use-document-title';
import { careerFactsFor } from './career-facts-by-id';
import { GROUP_LABELS } from './career-copy';
import { CareerEducation, CareerPayOutlook, CareerWorkplace } from './career-details';
import { CareerMatch } from './career-match';
import { CareerNotFound } from './career-not-found';
import { CareerTraits } from './career-traits';
import { SimilarCareers } from './similar-careers';

/** A career's page; any id that is not a career gets a friendly not-found message. */
export function CareerPage({ careerId }: { careerId: string | undefined }) {
  if (!isCareerId(careerId)) return <CareerNotFound />;
  return <CareerDetail facts={careerFactsFor(careerId)} />;
}

function CareerDetail({ facts }: { facts: CareerFacts }) {
  useDocumentTitle(`${facts.title} — CareerFit`);
  return (
    <article className="careers career-detail" aria-labelledby="career-title">
      <nav className="career-breadcrumb no-print" aria-label="Breadcrumb">
        <Link to="/careers">
          <span aria-hidden="true">←</span>All careers
        </Link>
      </nav>
      <header className="careers-hero">
        <p className="eyebrow">{GROUP_LABELS[careerGroup(facts.id)]}</p>
        <h1 id="career-title">{facts.title}</h1>
        <p className="lead">{facts.summary}</p>
      </header>
      <CareerMatch careerId={facts.id} title={facts.title} />
      <section className="panel" aria-labelledby="duties-title">
        <h2 id="duties-title">What they do</h2>
        <ul>
          {facts.duties.map((duty) => (
            <li key={duty}>{duty}</li>
          ))}
        </ul>
      </section>
      <CareerTraits facts={facts} />
      <CareerEducation facts={facts} />
      <CareerPayOutlook facts={facts} />
      <CareerWorkplace facts={facts} />
      {facts.comparedWithRecords ? (
        <section className="panel career-differs" aria-labelledby="differs-title">
          <h2 id="differs-title">How it differs from a medical records technician</h2>
          <p>{facts.comparedWithRecords}</p>
        </section>
      ) : null}
      <SimilarCareers careerId={facts.id} />
      <p className="career-attribution">{ONET_ATTRIBUTION}</p>
    </article>
  );
}
