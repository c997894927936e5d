import type { CareerFacts } from '../../domain';
import { useLocalized, useMessages } from '../../i18n';
import { CurrentFiguresLink } from '../../components/ui/current-figures';
import { CAREER_COPY } from './career-copy';
import { careerPageMessages } from './career-page-messages';
import { FigureValue } from './figure-value';
import { careersMessages } from './messages';

export function CareerEducation({ facts }: { facts: CareerFacts }) {
  const t = useMessages(careerPageMessages);
  const shared = useMessages(careersMessages);
  const copy = useLocalized(CAREER_COPY);
  return (
    <section className="panel" aria-labelledby="education-title">
      <h2 id="education-title">{t.education}</h2>
      <p>
        <span className="career-label">{shared.typicalEducation}</span>
        <strong>{copy.education[facts.education.length]}.</strong> {facts.education.typical}
      </p>
      {facts.credentials.length > 0 ? (
        <>
          <h3>{t.credentials}</h3>
          <ul className="career-credentials">
            {facts.credentials.map((credential) => (
              <li key={credential.code}>
                <strong>{credential.code}</strong>
                {t.credentialFrom(credential.name, credential.issuer)}
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
  const t = useMessages(careerPageMessages);
  return (
    <section className="panel" aria-labelledby="pay-title">
      <h2 id="pay-title">{t.payOutlook}</h2>
      <dl className="career-stats">
        <div>
          <dt>{t.pay}</dt>
          <dd>
            <FigureValue id={facts.id} kind="pay" />
          </dd>
        </div>
        <div>
          <dt>{t.outlook}</dt>
          <dd>
            <FigureValue id={facts.id} kind="outlook" />
          </dd>
        </div>
      </dl>
      <p className="muted career-note">{t.figuresNote}</p>
      <CurrentFiguresLink careerId={facts.id} />
    </section>
  );
}

export function CareerWorkplace({ facts }: { facts: CareerFacts }) {
  const t = useMessages(careerPageMessages);
  const copy = useLocalized(CAREER_COPY);
  return (
    <section className="panel" aria-labelledby="workplace-title">
      <h2 id="workplace-title">{t.workplace}</h2>
      <ul>
        {facts.workplaces.map((place) => (
          <li key={place}>{place}</li>
        ))}
      </ul>
      <h3>{t.remote}</h3>
      <p>
        <strong>{copy.remote[facts.remote.level]}.</strong> {facts.remote.note}
      </p>
      <h3>{t.growth}</h3>
      <p>{facts.growth}</p>
    </section>
  );
}
