import { CAREER_PROFILES, TRAIT_IDS, type CareerFacts, type TraitTarget } from '../../domain';
import { TRAIT_COPY_BY_LOCALE } from '../../content/trait-copy';
import { useFormat, useLocalized, useMessages } from '../../i18n';
import { CAREER_COPY } from './career-copy';
import { compareMessages } from './compare-messages';

function LevelCell({ target }: { target: TraitTarget }) {
  const copy = useLocalized(CAREER_COPY);
  const format = useFormat();
  return (
    <td className={target.importance === 3 ? 'compare-level compare-essential' : 'compare-level'}>
      <span className="career-level">
        <span className="career-level-bar" aria-hidden="true">
          <span style={{ width: `${target.level}%` }} />
        </span>
        {format.number(target.level)}
      </span>
      <span className="career-importance">{copy.importance[target.importance]}</span>
    </td>
  );
}

/** Every trait's target for both careers: the number and its importance are text, the bar only decoration. */
export function CompareTraitsTable({ a, b }: { a: CareerFacts; b: CareerFacts }) {
  const t = useMessages(compareMessages);
  const traits = useLocalized(TRAIT_COPY_BY_LOCALE);
  const profileA = CAREER_PROFILES[a.id];
  const profileB = CAREER_PROFILES[b.id];
  return (
    <table className="career-table compare-traits">
      <caption>{t.traitsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.trait}</th>
          <th scope="col">{a.title}</th>
          <th scope="col">{b.title}</th>
        </tr>
      </thead>
      <tbody>
        {TRAIT_IDS.map((trait) => (
          <tr key={trait}>
            <th scope="row">{traits[trait].label}</th>
            <LevelCell target={profileA[trait]} />
            <LevelCell target={profileB[trait]} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
