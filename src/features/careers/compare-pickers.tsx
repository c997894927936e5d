import { Link } from 'react-router-dom';
import { CAREER_IDS, careerGroup, isCareerId, type CareerGroup, type CareerId } from '../../domain';
import { CAREER_TITLES } from '../../content/career-titles';
import { useLocalized, useMessages } from '../../i18n';
import { careerPath } from '../../lib/career-path';
import { CAREER_COPY } from './career-copy';
import { compareMessages } from './compare-messages';
import { careersMessages } from './messages';
import type { CompareSlot } from './use-compare-selection';

const GROUPS: readonly CareerGroup[] = ['records', 'growth', 'alternate'];

interface PickerProps {
  slot: CompareSlot;
  value: CareerId;
  onChoose: (slot: CompareSlot, id: CareerId) => void;
}

function CareerPicker({ slot, value, onChoose }: PickerProps) {
  const id = `compare-${slot}`;
  const titles = useLocalized(CAREER_TITLES);
  const copy = useLocalized(CAREER_COPY);
  const t = useMessages(compareMessages);
  const shared = useMessages(careersMessages);
  return (
    <div className="compare-picker">
      <label htmlFor={id}>{slot === 'a' ? t.first : t.second}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          if (isCareerId(event.target.value)) onChoose(slot, event.target.value);
        }}
      >
        {GROUPS.map((group) => (
          <optgroup key={group} label={copy.groupHeadings[group]}>
            {CAREER_IDS.filter((career) => careerGroup(career) === group).map((career) => (
              <option key={career} value={career}>
                {titles[career]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <Link className="no-print" to={careerPath(value)}>
        {shared.readAbout(titles[value])}
      </Link>
    </div>
  );
}

export function ComparePickers(
  props: { a: CareerId; b: CareerId } & Pick<PickerProps, 'onChoose'>,
) {
  return (
    <div className="compare-pickers">
      <CareerPicker slot="a" value={props.a} onChoose={props.onChoose} />
      <CareerPicker slot="b" value={props.b} onChoose={props.onChoose} />
    </div>
  );
}
