import { useMessages } from '../../i18n';
import { careerPageMessages } from './career-page-messages';

type SourceKind = 'article' | 'duties' | 'data';

/** 'Article: "…"' → a quote from the article; anything else is a note on the data behind a fact. */
export function splitCitation(citation: string): { kind: SourceKind; text: string } {
  const match = /^Article( duties)?: (.+)$/s.exec(citation);
  if (!match?.[2]) return { kind: 'data', text: citation };
  return { kind: match[1] ? 'duties' : 'article', text: match[2] };
}

/**
 * The article's own sentences and the data notes behind the page. They stay in English in every
 * language (they are evidence, not copy), so each is marked `lang="en"` and labelled as English.
 */
export function CareerSources({ citations }: { citations: readonly string[] }) {
  const t = useMessages(careerPageMessages);
  const labels: Readonly<Record<SourceKind, string>> = {
    article: t.fromArticle,
    duties: t.dutiesFromArticle,
    data: t.dataNote,
  };
  return (
    <section className="panel career-sources no-print" aria-labelledby="sources-title">
      <h2 id="sources-title">{t.sources}</h2>
      <p className="muted">{t.sourcesIntro}</p>
      <details>
        <summary>{t.showSources}</summary>
        <ul>
          {citations.map((citation) => {
            const { kind, text } = splitCitation(citation);
            return (
              <li key={citation}>
                <span className="career-source-kind">{labels[kind]}</span>{' '}
                <span lang="en">{text}</span>
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
