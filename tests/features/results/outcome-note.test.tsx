import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../../src/content/questions';
import { recommend, type Answers, type LikertValue, type TraitId } from '../../../src/domain';
import { Providers } from '../../../src/app/providers';
import { factsFor } from '../../../src/features/results/facts-for';
import { ResultSummary } from '../../../src/features/results/result-summary';

/** Answers that agree `high` with one set of traits, `low` with another, middle elsewhere. */
function answersLeaning(high: TraitId[], low: TraitId[]): Answers {
  const answers: Answers = {};
  for (const question of QUESTIONS) {
    let value: LikertValue = 3;
    if (high.includes(question.trait)) value = question.reverse ? 1 : 5;
    if (low.includes(question.trait)) value = question.reverse ? 5 : 1;
    answers[question.id] = value;
  }
  return answers;
}

function renderSummary(answers: Answers, tweak = (r: ReturnType<typeof recommend>) => r) {
  const recommendation = tweak(recommend(QUESTIONS, answers, { educationPlan: 'certificate' }));
  render(
    <Providers>
      <ResultSummary
        recommendation={recommendation}
        facts={factsFor(recommendation.primary.careerId, 'en')}
      />
    </Providers>,
  );
  return recommendation;
}

describe('OutcomeNote', () => {
  it('says plainly when the answers point to no career, and makes no "your answers show" claim', () => {
    const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, 3 as LikertValue]));
    const recommendation = renderSummary(answers);
    expect(recommendation.outcome.kind).toBe('no-clear-match');
    expect(screen.getByText('No clear match yet — closest for now')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('do not point to one career yet');
    expect(screen.queryByText(/Your answers show/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Strong fit|Good fit|Worth exploring/)).not.toBeInTheDocument();
  });

  it('names the interests that lie beyond these careers and links to a wider search', () => {
    const recommendation = renderSummary(
      answersLeaning(['artistic', 'realistic'], ['conventional', 'social', 'enterprising']),
    );
    expect(recommendation.outcome.kind).toBe('outside-family');
    expect(screen.getByRole('note')).toHaveTextContent(/creating and designing/);
    const link = screen.getByRole('link', { name: /My Next Move/ });
    expect(link).toHaveAttribute('href', 'https://www.mynextmove.org/explore/ip');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
  });

  it('states a tie instead of crowning one career', () => {
    const answers = answersLeaning(['conventional', 'detail', 'organization'], ['artistic']);
    const recommendation = renderSummary(answers, (r) => ({
      ...r,
      outcome: { kind: 'career' },
      tiedWith: [r.shown[1]!],
    }));
    expect(screen.getByText('Your best fit')).toBeInTheDocument();
    expect(screen.getByText(/fits about as well/)).toHaveTextContent(
      new RegExp(`^${factsFor(recommendation.shown[1]!.careerId, 'en').title}`),
    );
  });

  it('keeps the plain "best fit" headline for a clear career', () => {
    const answers = answersLeaning(['conventional', 'detail', 'organization'], ['artistic']);
    renderSummary(answers, (r) => ({ ...r, outcome: { kind: 'career' }, tiedWith: [] }));
    expect(screen.getByText('Your best fit')).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
