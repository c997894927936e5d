import { CAREER_PROFILES, TRAIT_IDS, type CareerFacts } from '../../domain';
import { TRAIT_COPY } from '../../content/trait-copy';
import { withArticle } from './career-copy';

/** Why the key traits matter, and the levels the job's profile calls for on its essential ones. */
export function CareerTraits({ facts }: { facts: CareerFacts }) {
  const profile = CAREER_PROFILES[facts.id];
  const essential = TRAIT_IDS.filter((trait) => profile[trait].importance === 3);
  return (
    <section className="panel" aria-labelledby="traits-title">
      <h2 id="traits-title">What matters in this job</h2>
      <ul className="career-why">
        {facts.traitsWhy.map(({ trait, why }) => (
          <li key={trait}>
            <strong>{TRAIT_COPY[trait].label}.</strong> {why}
          </li>
        ))}
      </ul>
      {essential.length > 0 ? (
        <table className="career-table career-levels">
          <caption>
            Essential traits: the level {withArticle(facts.title)} needs, from 0 to 100
          </caption>
          <thead>
            <tr>
              <th scope="col">Trait</th>
              <th scope="col">Level</th>
            </tr>
          </thead>
          <tbody>
            {essential.map((trait) => (
              <tr key={trait}>
                <th scope="row">{TRAIT_COPY[trait].label}</th>
                <td>
                  <span className="career-level">
                    <span className="career-level-bar" aria-hidden="true">
                      <span style={{ width: `${profile[trait].level}%` }} />
                    </span>
                    {profile[trait].level}
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
