import type { CareerFacts, Figure } from '../../domain';
import { ONET_ATTRIBUTION } from '../../content/attribution';

const REMOTE = {
  common: 'Often possible',
  some: 'Sometimes possible',
  rare: 'Rarely',
  unknown: 'Not known',
} as const;

function FigureLine({ name, figure }: { name: string; figure: Figure | null }) {
  return (
    <div className="fact">
      <dt>{name}</dt>
      <dd>
        {figure ? (
          <>
            {figure.label}
            <span className="source">
              {' '}
              ({figure.year}; {figure.source})
            </span>
          </>
        ) : (
          <span className="muted">No verified figure available</span>
        )}
      </dd>
    </div>
  );
}

export function CareerFactsCard({ facts }: { facts: CareerFacts }) {
  return (
    <section className="panel facts-card" aria-labelledby="facts-title">
      <h2 id="facts-title">About the job: {facts.title}</h2>
      <p>{facts.summary}</p>
      <h3>What you'd do</h3>
      <ul>
        {facts.duties.map((duty) => (
          <li key={duty}>{duty}</li>
        ))}
      </ul>
      <dl className="fact-list">
        <div className="fact">
          <dt>Education</dt>
          <dd>{facts.education.typical}</dd>
        </div>
        {facts.credentials.length > 0 ? (
          <div className="fact">
            <dt>Credentials</dt>
            <dd>
              {facts.credentials.map((c) => `${c.code} (${c.name}, from ${c.issuer})`).join('; ')}
            </dd>
          </div>
        ) : null}
        <FigureLine name="Pay" figure={facts.pay} />
        <FigureLine name="Job outlook" figure={facts.outlook} />
        <div className="fact">
          <dt>Where they work</dt>
          <dd>{facts.workplaces.join(', ')}</dd>
        </div>
        <div className="fact">
          <dt>Working from home</dt>
          <dd>
            {REMOTE[facts.remote.level]}. {facts.remote.note}
          </dd>
        </div>
        <div className="fact">
          <dt>How to grow</dt>
          <dd>{facts.growth}</dd>
        </div>
      </dl>
      <p className="attribution">{ONET_ATTRIBUTION}</p>
    </section>
  );
}
