import { useEffect, useRef, type ReactNode } from 'react';
import type { Answers, Recommendation } from '../../domain';
import { useLocale, useMessages } from '../../i18n';
import { EducationFacts, FactSources, JobFacts } from './career-facts-card';
import { ConfidenceDetails, ConfidenceHeadline } from './confidence-note';
import { useFacts } from './facts-for';
import { factsMessages } from './facts-messages';
import { resultsMessages } from './messages';
import { NextSteps } from './next-steps';
import { PrintHeader } from './print-header';
import { RankingList } from './ranking-list';
import { ResultSection } from './result-section';
import { RecordsContext, ResultSummary } from './result-summary';
import { KeepActions, KeepDetails } from './share-and-print';
import { shareMessages } from './share-messages';
import { TraitChart } from './trait-chart';
import { SECTION_IDS, useOpenSections, type SectionId } from './use-open-sections';
import { withArticle } from './result-copy';
import { WhyList } from './why-list';

export interface ResultsViewProps {
  recommendation: Recommendation;
  answers: Answers;
  /** The link that reproduces this result (null when it cannot be made). */
  shareLink: string | null;
  /** Shown above the result, e.g. "shared result" banner. */
  banner?: ReactNode;
  /** A short word just under the first screen's card, beside "Open every section". */
  note?: ReactNode;
  actions: ReactNode;
}

/** A link to one section (`#/results?open=job`) lands on it, opened, once the page has drawn. */
function useScrollToLinkedSection(open: ReadonlySet<SectionId>) {
  const first = useRef([...open][0]);
  useEffect(() => {
    if (first.current)
      // jsdom has no scrollIntoView; every browser does.
      document.getElementById(`section-${first.current}`)?.scrollIntoView?.();
  }, []);
}

/**
 * The whole result, from whatever answers it is given: the student's own or a shared link's.
 * The first screen holds the answer (career, fit, why in a sentence, confidence, keep/share);
 * everything else is in sections a student opens, all of them open on paper.
 */
export function ResultsView({
  recommendation,
  answers,
  shareLink,
  banner,
  note,
  actions,
}: ResultsViewProps) {
  const facts = useFacts(recommendation.primary.careerId);
  const t = useMessages(resultsMessages);
  const f = useMessages(factsMessages);
  const s = useMessages(shareMessages);
  const locale = useLocale();
  const { open, toggle, setAll } = useOpenSections();
  useScrollToLinkedSection(open);
  const section = (id: SectionId) => ({ id, open: open.has(id), onToggle: toggle });
  const allOpen = open.size === SECTION_IDS.length;
  return (
    <div className="results">
      <PrintHeader shareLink={shareLink} />
      {banner}
      <ResultSummary recommendation={recommendation} facts={facts}>
        <ConfidenceHeadline confidence={recommendation.confidence} />
        <KeepActions
          shareLink={shareLink}
          onCopyFailed={() => {
            if (!open.has('keep')) toggle('keep');
          }}
        />
      </ResultSummary>
      <div className="section-tools no-print">
        {note}
        <button type="button" className="link-button" onClick={() => setAll(!allOpen)}>
          {allOpen ? t.closeAll : t.openAll}
        </button>
      </div>
      <div className="result-sections">
        <ResultSection {...section('confidence')} title={t.confidenceTitle}>
          <ConfidenceDetails confidence={recommendation.confidence} />
        </ResultSection>
        <ResultSection {...section('why')} title={t.whyTitle} className="why-section">
          <RecordsContext recommendation={recommendation} facts={facts} />
          <WhyList recommendation={recommendation} answers={answers} />
        </ResultSection>
        <ResultSection {...section('careers')} title={t.rankingTitle}>
          <RankingList
            ranking={recommendation.ranking}
            primary={recommendation.primary.careerId}
            profile={recommendation.profile}
            answers={answers}
          />
        </ResultSection>
        <ResultSection
          {...section('traits')}
          title={t.traitsTitle(withArticle(facts.title, locale))}
        >
          <TraitChart recommendation={recommendation} title={facts.title} />
        </ResultSection>
        <ResultSection {...section('job')} title={f.factsTitle(facts.title)}>
          <JobFacts facts={facts} />
        </ResultSection>
        <ResultSection {...section('education')} title={f.educationTitle}>
          <EducationFacts facts={facts} />
        </ResultSection>
        <ResultSection {...section('next')} title={f.nextTitle}>
          <NextSteps recommendation={recommendation} facts={facts} />
        </ResultSection>
        <ResultSection {...section('sources')} title={f.sourcesTitle} className="sources-section">
          <FactSources facts={facts} />
        </ResultSection>
        <ResultSection {...section('keep')} title={s.keepTitle} className="no-print">
          <KeepDetails shareLink={shareLink} />
        </ResultSection>
      </div>
      <div className="actions results-end no-print">{actions}</div>
    </div>
  );
}
