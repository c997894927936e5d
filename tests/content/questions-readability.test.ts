import { describe, it, expect } from 'vitest';
import { QUESTIONS } from '../../src/content/questions';
import { fleschKincaidGrade } from '../../src/domain/readability';

const MAX_GRADE = 8;

describe('question readability (Flesch–Kincaid grade)', () => {
  it.each(QUESTIONS.map((q) => [q.id, q.text] as const))(
    '%s reads at grade 8 or below',
    (id, text) => {
      const grade = fleschKincaidGrade(text);
      expect(grade, `${id} reads at grade ${grade.toFixed(1)}: "${text}"`).toBeLessThanOrEqual(
        MAX_GRADE,
      );
    },
  );

  it('lists no question above grade 8', () => {
    const tooHard = QUESTIONS.map((q) => ({ id: q.id, grade: fleschKincaidGrade(q.text) }))
      .filter((q) => q.grade > MAX_GRADE)
      .map((q) => `${q.id} (grade ${q.grade.toFixed(1)})`);
    expect(tooHard).toEqual([]);
  });
});
