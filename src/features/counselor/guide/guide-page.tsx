import '../counselor.css';
import './guide.css';
import { useId, type MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { CAREER_IDS } from '../../../domain';
import { CAREER_TITLES } from '../../../content/career-titles';
import { DISCUSSION_GUIDE } from '../../../content/discussion-guide';
import { useLocalized, useMessages } from '../../../i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { guideMessages } from './guide-messages';

/** #/counselor/guide: talking points and questions per career, printable. */
export function GuidePage() {
  const t = useMessages(guideMessages);
  const guide = useLocalized(DISCUSSION_GUIDE);
  const titles = useLocalized(CAREER_TITLES);
  const id = useId();
  useDocumentTitle(t.title);
  return (
    <div className="counselor-page counselor-guide">
      <header>
        <h1>{t.heading}</h1>
        <p className="lead">{t.lead}</p>
        <div className="actions no-print">
          <Link to="/counselor">{t.back}</Link>
          <button type="button" className="button" onClick={() => window.print()}>
            {t.print}
          </button>
        </div>
      </header>
      <nav className="panel no-print" aria-label={t.contents}>
        <ul className="counselor-links guide-toc">
          {CAREER_IDS.map((careerId) => (
            <li key={careerId}>
              <a href={`#${id}-${careerId}`} onClick={(e) => jump(e, `${id}-${careerId}`)}>
                {titles[careerId]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {CAREER_IDS.map((careerId) => (
        <section
          key={careerId}
          id={`${id}-${careerId}`}
          className="panel guide-career"
          aria-labelledby={`${id}-${careerId}-h`}
          tabIndex={-1}
        >
          <h2 id={`${id}-${careerId}-h`}>{titles[careerId]}</h2>
          <h3>{t.points}</h3>
          <ul>
            {guide[careerId].points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <h3>{t.questions}</h3>
          <ol>
            {guide[careerId].questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

/** Hash routing owns the URL fragment, so in-page links move focus by hand. */
function jump(event: MouseEvent, target: string) {
  event.preventDefault();
  // Focusing the section also scrolls it into view.
  document.getElementById(target)?.focus();
}
