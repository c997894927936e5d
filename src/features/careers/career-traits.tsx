import { CAREER_PROFILES, TRAIT_IDS, type CareerFacts } from '../../domain';
import { TOPIC_LABELS_BY_LOCALE } from '../../content/topic-copy';
import { TRAIT_COPY_BY_LOCALE } from '../../content/trait-copy';
import { useFormat, useLocalized, useMessages } from '../../i18n';
import { careerPageMessages } from './career-page-messages';

/** Why the key traits matter, and the levels the job's profile calls for on its essential ones. */
export function CareerTraits({ facts }: { facts: CareerFacts }) {
  const t = useMessages(careerPageMessages);
  const traits = useLocalized(TRAIT_COPY_BY_LOCALE);
  const topics = useLocalized(TOPIC_LABELS_BY_LOCALE);
  const format = useFormat();
  const profile = CAREER_PROFILES[facts.id];
  const essential = TRAIT_IDS.filter((trait) => profile[trait].importance === 3);
  return (
    <section className="panel" aria-labelledby="traits-title">
      <h2 id="traits-title">{t.traits}</h2>
      <ul className="career-why">
        {facts.traitsWhy.map(({ trait, why }) => (
          <li key={trait}>
            <strong>{topics[trait]}.</strong> {why}
          </li>
        ))}
      </ul>
      {essential.length > 0 ? (
        <table className="career-table career-levels">
          <caption>{t.essentialCaption(facts.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.trait}</th>
              <th scope="col">{t.level}</th>
            </tr>
          </thead>
          <tbody>
            {essential.map((trait) => (
              <tr key={trait}>
                <th scope="row">{traits[trait].label}</th>
                <td>
                  <span className="career-level">
                    <span className="career-level-bar" aria-hidden="true">
                      <span style={{ width: `${profile[trait].level}%` }} />
                    </span>
                    {format.number(profile[trait].level)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
