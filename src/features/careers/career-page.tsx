import './careers.css';
import './career-page.css';
import { Link } from 'react-router-dom';
import { CareerIcon } from '../../components/ui/career-icon';
import { careerGroup, isCareerId, type CareerId } from '../../domain';
import { ONET_ATTRIBUTION_BY_LOCALE } from '../../content/attribution';
import { useLocalized, useMessages } from '../../i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCareerFacts } from './career-facts-by-id';
import { CAREER_COPY } from './career-copy';
import { CareerEducation, CareerPayOutlook, CareerWorkplace } from './career-details';
import { CareerMatch } from './career-match';
import { CareerNotFound } from './career-not-found';
import { careerPageMessages } from './career-page-messages';
import { CareerSources } from './career-sources';
import { CareerTraits } from './career-traits';
import { careersMessages } from './messages';
import { SimilarCareers } from './similar-careers';

/** A career's page; any id that is not a career gets a friendly not-found message. */
export function CareerPage({ careerId }: { careerId: string | undefined }) {
  if (!isCareerId(careerId)) return <CareerNotFound />;
  return <CareerDetail id={careerId} />;
}

function CareerDetail({ id }: { id: CareerId }) {
  const facts = useCareerFacts(id);
  const t = useMessages(careerPageMessages);
  const shared = useMessages(careersMessages);
  const copy = useLocalized(CAREER_COPY);
  const attribution = useLocalized(ONET_ATTRIBUTION_BY_LOCALE);
  useDocumentTitle(shared.pageTitle(facts.title));
  return (
    <article className="careers career-detail" aria-labelledby="career-title">
      <nav className="career-breadcrumb no-print" aria-label={shared.breadcrumb}>
        <Link to="/careers">
          <span aria-hidden="true">←</span>
          {shared.allCareers}
        </Link>
      </nav>
      <header className="careers-hero">
        <p className="eyebrow icon-eyebrow">
          <span className="career-badge">
            <CareerIcon careerId={facts.id} />
          </span>
          {copy.groupLabels[careerGroup(facts.id)]}
        </p>
        <h1 id="career-title">{facts.title}</h1>
        <p className="lead">{facts.summary}</p>
      </header>
      <CareerMatch careerId={facts.id} title={facts.title} />
      <section className="panel" aria-labelledby="duties-title">
        <h2 id="duties-title">{t.duties}</h2>
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
          <h2 id="differs-title">{t.differs}</h2>
          <p>{facts.comparedWithRecords}</p>
        </section>
      ) : null}
      <SimilarCareers careerId={facts.id} />
      <CareerSources citations={facts.citations} />
      <p className="career-attribution">{attribution}</p>
    </article>
  );
}
