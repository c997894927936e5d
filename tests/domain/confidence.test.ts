import { describe, expect, it } from 'vitest';
import type { CareerFit, Question } from '../../src/domain';
import {
  answerConsistency,
  countContradictions,
  leadOverOtherPaths,
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

  it('treats the records family as one path when measuring the lead', () => {
    const ranking: CareerFit[] = [
      { careerId: 'medical-coder', fit: 80 },
      { careerId: 'medical-records-technician', fit: 79 },
      { careerId: 'medical-assistant', fit: 70 },
    ];
    expect(leadOverOtherPaths(ranking)).toBe(10);
    const alternates: CareerFit[] = [
      { careerId: 'medical-assistant', fit: 80 },
      { careerId: 'pharmacy-technician', fit: 79 },
    ];
    expect(leadOverOtherPaths(alternates)).toBe(1);
    expect(leadOverOtherPaths([])).toBe(0);
  });
});
