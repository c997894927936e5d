import type { TargetAndTransition } from 'framer-motion';
import { describe, expect, it } from 'vitest';
import { questionVariants } from '../../../src/lib/motion';

type Variant = (direction: number) => TargetAndTransition;
const enter = questionVariants.enter as Variant;

describe('question step motion', () => {
  it.each([
    [1, 40],
    [-1, -40],
  ])('slides in from the side it comes from (direction %i)', (direction, from) => {
    expect(enter(direction)).toMatchObject({ opacity: 0, x: from });
  });

  it('only fades for direction 0, which the quiz uses under reduced motion', () => {
    expect(Math.abs(Number(enter(0).x))).toBe(0);
  });

  it('has no exit step, so the next question is painted without waiting for the last to leave', () => {
    expect(questionVariants.exit).toBeUndefined();
  });
});
