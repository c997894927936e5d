import { describe, it, expect } from 'vitest';
import { countSyllables, fleschKincaidGrade } from '../../src/domain/readability';

describe('countSyllables', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['make', 1],
    ['table', 2],
    ['people', 2],
    ['banana', 3],
    ['created', 3],
    ['named', 1],
    ['needed', 2],
    ['makes', 1],
    ['boxes', 2],
    ['medication', 4],
    ['diagnosis', 4],
    ['patient', 2],
    ['being', 2],
    ['homework', 2],
    ['organization', 5],
  ] as const)('counts %s as %i', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });

  it.each([
    ["don't", 1],
    ["didn't", 2],
    ["patient's", 2],
    ["nurse's", 2],
    ['patient\u2019s', 2],
    ["visitors'", 3],
    ['up-to-date', 3],
    ['Label,', 2],
    ['FILES.', 1],
  ] as const)('handles punctuation, case and hyphens in %s (%i)', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });

  it.each([['a'], ['I'], ['hmm'], ['rhythm']])('gives at least 1 for "%s"', (word) => {
    expect(countSyllables(word)).toBeGreaterThanOrEqual(1);
  });

  it('gives 0 when there are no letters', () => {
    expect(countSyllables('')).toBe(0);
    expect(countSyllables('42!')).toBe(0);
  });
});

describe('fleschKincaidGrade', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['123 456.', 0],
    // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59
    ['The cat sat on the mat.', 0.39 * 6 + 11.8 - 15.59],
    // no end mark still counts as one sentence
    ['The cat sat on the mat', 0.39 * 6 + 11.8 - 15.59],
    // two sentences of 3 words, 3 syllables each: 0.39 × 3 + 11.8 × 1 − 15.59
    ['I see you. You see me!', 0.39 * 3 + 11.8 - 15.59],
  ] as const)('scores %j as %d', (text, expected) => {
    expect(fleschKincaidGrade(text)).toBeCloseTo(expected, 5);
  });

  it.each([
    ['I like to help people.'],
    ['Take a dog for a walk.'],
    ["Take a patient's blood pressure and write it down."],
  ])('scores the plain sentence %j at grade 6 or below', (text) => {
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(6);
  });

  it.each([
    [
      'Comprehensive documentation of patient information necessitates organizational proficiency and technological competency.',
    ],
    [
      'Medical records technicians ensure the security and confidentiality of patients’ personal health information in clinical databases and registries.',
    ],
  ])('scores the long polysyllabic sentence %j above grade 12', (text) => {
    expect(fleschKincaidGrade(text)).toBeGreaterThan(12);
  });

  it('scores the same words higher as one long sentence than as short ones', () => {
    const short = 'I file the charts. I check the notes. I call the nurse.';
    const long = 'I file the charts and I check the notes and I call the nurse.';
    expect(fleschKincaidGrade(long)).toBeGreaterThan(fleschKincaidGrade(short));
  });
});
