import './outcome-note.css';
import type { Recommendation } from '../../domain';
import { CAREER_TITLES } from '../../content/career-titles';
import { TRAIT_COPY_BY_LOCALE } from '../../content/trait-copy';
import { useFormat, useLocale, useMessages } from '../../i18n';
import { CAREER_SEARCH_URL, outcomeMessages } from './outcome-messages';

type Texts = (typeof outcomeMessages)['en'];

/** The headline's eyebrow: "Your best fit" unless the answers did not crown one career. */
export function outcomeEyebrow(recommendation: Recommendation, t: Texts): string | null {
  switch (recommendation.outcome.kind) {
    case 'no-clear-match':
      return t.eyebrowNoClearMatch;
    case 'outside-family':
      return t.eyebrowOutside;
    case 'career':
      // A tie keeps "Your best fit" over the leading career; the note under it names the others.
      return null;
    default: {
      const unreachable: never = recommendation.outcome;
      return unreachable;
    }
  }
}

/** Said plainly under the headline: a tie, no clear match, or interests beyond these careers. */
export function OutcomeNote({ recommendation }: { recommendation: Recommendation }) {
  const t = useMessages(outcomeMessages);
  const locale = useLocale();
  const format = useFormat();
  const { outcome, tiedWith } = recommendation;
  if (outcome.kind === 'career') {
    if (tiedWith.length === 0) return null;
    const titles = tiedWith.map((fit) => CAREER_TITLES[locale][fit.careerId]);
    return <p className="outcome-note outcome-tie">{t.tie(format.list(titles), titles.length)}</p>;
  }
  if (outcome.kind === 'no-clear-match') {
    return (
      <div className="outcome-note outcome-unclear" role="note">
        <p>
          <strong>{t.noClearMatchTitle}</strong>
        </p>
        <p>{t.noClearMatchBody}</p>
      </div>
    );
  }
  const leanings = outcome.leanings.map((id) =>
    TRAIT_COPY_BY_LOCALE[locale][id].label.toLocaleLowerCase(locale),
  );
  return (
    <div className="outcome-note outcome-outside" role="note">
      <p>
        <strong>{t.outsideTitle}</strong>
      </p>
      <p>{t.outsideBody(format.list(leanings))}</p>
      <p>
        <a href={CAREER_SEARCH_URL[locale]} target="_blank" rel="noopener noreferrer">
          {t.outsideLink}
        </a>{' '}
        <span className="muted">{t.outsideLinkNote}</span>
      </p>
    </div>
  );
}
