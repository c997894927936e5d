import { describe, expect, it } from 'vitest';
import type { CareerFit, Question } from '../../src/domain';
import { scoreAnswers } from '../../src/domain';
import {
  answerConsistency,
  countContradictions,
  assessConfidence,
  leadOverRivals,
  mostCommonShare,
} from '../../src/domain/confidence';

const q = (id: string, trait: Question['trait'], reverse = false): Question =>
  ({ id: `q-${id}`, kind: 'statement', text: id, trait, source: 't', reverse }) as Question;

const QS = [
  q('o1', 'organization'),
  q('o2', 'organization'),
  q('omess', 'organization', true),
  q('d1', 'detail'),
  q('d2', 'detail'),
];

describe('confidence measures', () => {
  it.each([
    [[], 0],
    [[3, 3, 3, 1], 0.75],
    [[1, 2, 3, 4], 0.25],
  ])('mostCommonShare(%j) = %d', (values, share) => {
    expect(mostCommonShare(values)).toBe(share);
  });

  it('counts a reverse-keyed answer that contradicts its trait twins', () => {
    // Very organized (5, 5) and also "my desk is a mess" 5 -> keyed 1: a gap of 4.
    expect(countContradictions(QS, { 'q-o1': 5, 'q-o2': 5, 'q-omess': 5 })).toBe(1);
    expect(countContradictions(QS, { 'q-o1': 5, 'q-o2': 5, 'q-omess': 1 })).toBe(0);
    expect(countContradictions(QS, { 'q-omess': 5 })).toBe(0);
  });

  it('scores consistent answers near 1 and disagreeing ones near 0', () => {
    expect(
      answerConsistency(QS, { 'q-o1': 5, 'q-o2': 5, 'q-omess': 1, 'q-d1': 1, 'q-d2': 1 }),
    ).toBe(1);
    expect(answerConsistency(QS, { 'q-o1': 5, 'q-o2': 1, 'q-d1': 5, 'q-d2': 1 })).toBe(0);
    expect(answerConsistency(QS, {})).toBe(0);
  });

  it('measures the lead over the first career after a stated tie, in standing points', () => {
    const shown: CareerFit[] = [
      { careerId: 'medical-coder', fit: 90, standing: 80 },
      { careerId: 'medical-records-technician', fit: 89, standing: 78 },
      { careerId: 'medical-assistant', fit: 80, standing: 70 },
    ];
    expect(leadOverRivals(shown)).toBe(2);
    expect(leadOverRivals(shown, 1)).toBe(10);
    expect(leadOverRivals(shown.slice(0, 1))).toBe(Infinity);
    expect(leadOverRivals([])).toBe(0);
  });

  it('never says "high" beside a stated tie', () => {
    const shown: CareerFit[] = [
      { careerId: 'medical-coder', fit: 99, standing: 100 },
      { careerId: 'cancer-registrar', fit: 99, standing: 98 },
      { careerId: 'medical-assistant', fit: 50, standing: 50 },
    ];
    const answers = Object.fromEntries(QS.map((x, i) => [x.id, ((i % 5) + 1) as 1]));
    const profile = scoreAnswers(QS, answers);
    expect(assessConfidence(QS, answers, profile, shown, 1).level).not.toBe('high');
  });
});

describe('confidence reasons never contradict each other', () => {
  const even: CareerFit[] = [];

  it('the same answer everywhere is said once, not also as disagreeing answers', () => {
    // All 5: reverse-keyed items make the trait's answers "disagree", but that is the same cause.
    const answers = Object.fromEntries(QS.map((question) => [question.id, 5 as const]));
    const confidence = assessConfidence(QS, answers, scoreAnswers(QS, answers), even);
    expect(confidence.reasons).toContain('straight-lined');
    expect(confidence.reasons).not.toContain('inconsistent');
    expect(confidence.reasons).not.toContain('mixed-answers');
    expect(confidence.reasons).not.toContain('contradictions');
  });

  it('counts the questions left unanswered', () => {
    const answers = { 'q-o1': 5, 'q-o2': 4, 'q-omess': 1, 'q-d1': 2 } as const;
    const confidence = assessConfidence(QS, answers, scoreAnswers(QS, answers), even);
    expect(confidence.reasons).toContain('some-unanswered');
    expect(confidence.unanswered).toBe(1);
  });
});
