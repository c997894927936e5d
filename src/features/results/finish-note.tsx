import { LineIcon } from '../../components/ui/career-icon';
import { useMessages } from '../../i18n';
import { resultsMessages } from './messages';

/** A friendly word on arriving from the last question, with a drawn spark. */
export function FinishNote() {
  const t = useMessages(resultsMessages);
  return (
    <p className="finish-note" role="status">
      <LineIcon size={20}>
        <path d="M12 3l1.8 5.2L19 10l-5.2 1.8L12 17l-1.8-5.2L5 10l5.2-1.8z" />
        <path d="M19 16v4M17 18h4M5 3v3M3.5 4.5h3" />
      </LineIcon>
      {t.finished}
    </p>
  );
}
