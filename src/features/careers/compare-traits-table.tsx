import { CAREER_PROFILES, TRAIT_IDS, type CareerFacts, type TraitTarget } from '../../domain';
import { TRAIT_COPY } from '../../content/trait-copy';
import { IMPORTANCE_LABELS } from './career-copy';

function LevelCell({ target }: { target: TraitTarget }) {
  return (
    <td className={target.importance === 3 ? 'compare-level compare-essential' : 'compare-level'}>
      <span className="career-level">
        <span className="career-level-bar" aria-hidden="true">
          <span style={{ width: `${target.level}%` }} />
        </span>
        {target.level}
      </span>
      <span className="career-importance">{IMPORTANCE_LABELS[target.importance]}</span>
    </td>
  );
}

export function CompareTraitsTable({ a, b }: { a: CareerFacts; b: CareerFacts }) {
  const profileA = CAREER_PROFILES[a.id];
  const profileB = CAREER_PROFILES[b.id];
  return (
    <table className="career-table compare-traits">
      <caption>
        The level each career needs on each trait, from 0 to 100, and how much it matters
      </caption>
      <thead>
        <tr>
          <th scope="col">Trait</th>
          <th scope="col">{a.title}</th>
          <th scope="col">{b.title}</th>
        </tr>
      </thead>
      <tbody>
        {TRAIT_IDS.map((trait) => (
          <tr key={trait}>
            <th scope="row">{TRAIT_COPY[trait].label}</th>
            <LevelCell target={profileA[trait]} />
            <LevelCell target={profileB[trait]} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
