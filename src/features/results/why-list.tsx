import type { Answers, Recommendation, TraitEffect } from '../../domain';
import { QUESTIONS } from '../../content/questions';
import { SCALES } from '../../content/scales';
import { TRAIT_COPY } from '../../content/trait-copy';
import { gapSentence } from './result-copy';

const QUESTION_BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

function Evidence({ effect }: { effect: TraitEffect }) {
  const question = effect.evidence ? QUESTION_BY_ID.get(effect.evidence.questionId) : undefined;
  if (!question || !effect.evidence) return null;
  const answer = SCALES[question.kind].labels[effect.evidence.value - 1];
  return (
    <p className="evidence">
      You answered “{answer}” to “{question.text}”
    </p>
  );
}

export function WhyList({ recommendation }: { recommendation: Recommendation; answers: Answers }) {
  const { strengths, gaps } = recommendation;
  return (
    <section className="panel" aria-labelledby="why-title">
      <h2 id="why-title">Why this career</h2>
      <div className="why-grid">
        <div>
          <h3>What fits</h3>
          {strengths.length === 0 ? (
            <p className="muted">No single trait stood out.</p>
          ) : (
            <ul className="why-list">
              {strengths.map((s) => (
                <li key={s.trait} className="why-item why-plus">
                  <strong>{TRAIT_COPY[s.trait].label}</strong>
                  <Evidence effect={s} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>What might not fit</h3>
          {gaps.length === 0 ? (
            <p className="muted">Nothing held this match back.</p>
          ) : (
            <ul className="why-list">
              {gaps.map((g) => (
                <li key={g.trait} className="why-item why-minus">
                  <strong>{TRAIT_COPY[g.trait].label}</strong>
                  <span>{gapSentence(g)}</span>
                  <Evidence effect={g} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
