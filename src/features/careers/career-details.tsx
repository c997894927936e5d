import type { CareerFacts } from '../../domain';
import { EDUCATION_LABELS, REMOTE_LABELS } from './career-copy';
import { FigureValue } from './figure-value';

export function CareerEducation({ facts }: { facts: CareerFacts }) {
  return (
    <section className="panel" aria-labelledby="education-title">
      <h2 id="education-title">Education and credentials</h2>
      <p>
        <span className="career-label">Typical education</span>
        <strong>{EDUCATION_LABELS[facts.education.length]}.</strong> {facts.education.typical}
      </p>
      {facts.credentials.length > 0 ? (
        <>
          <h3>Credentials</h3>
          <ul className="career-credentials">
            {facts.credentials.map((credential) => (
              <li key={credential.code}>
                <strong>{credential.code}</strong>: {credential.name}, from {credential.issuer}.
                {credential.note ? <span className="muted"> {credential.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function CareerPayOutlook({ facts }: { facts: CareerFacts }) {
  return (
    <section className="panel" aria-labelledby="pay-title">
      <h2 id="pay-title">Pay and job outlook</h2>
      <dl className="career-stats">
        <div>
          <dt>Pay</dt>
          <dd>
            <FigureValue figure={facts.pay} />
          </dd>
        </div>
        <div>
          <dt>Job outlook</dt>
          <dd>
            <FigureValue figure={facts.outlook} />
          </dd>
        </div>
      </dl>
      <p className="muted career-note">
        Figures are shown with the year they describe; newer ones may differ.
      </p>
    </section>
  );
}

export function CareerWorkplace({ facts }: { facts: CareerFacts }) {
  return (
    <section className="panel" aria-labelledby="workplace-title">
      <h2 id="workplace-title">Where they work</h2>
      <ul>
        {facts.workplaces.map((place) => (
          <li key={place}>{place}</li>
        ))}
      </ul>
      <h3>Working from home</h3>
      <p>
        <strong>{REMOTE_LABELS[facts.remote.level]}.</strong> {facts.remote.note}
      </p>
      <h3>How to grow</h3>
      <p>{facts.growth}</p>
    </section>
  );
}
