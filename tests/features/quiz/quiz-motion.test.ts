import type { TargetAndTransition } from 'framer-motion';
import { describe, expect, it } from 'vitest';
import { questionVariants } from '../../../src/lib/motion';

type Variant = (direction: number) => TargetAndTransition;
const enter = questionVariants.enter as Variant;
const exit = questionVariants.exit as Variant;

describe('question step motion', () => {
  it.each([
    [1, 40, -40],
    [-1, -40, 40],
  ])('slides in from the side it comes from (direction %i)', (direction, from, to) => {
    expect(enter(direction)).toMatchObject({ opacity: 0, x: from });
    expect(exit(direction)).toMatchObject({ opacity: 0, x: to });
  });

  it('only fades for direction 0, which the quiz uses under reduced motion', () => {
    expect(Math.abs(Number(enter(0).x))).toBe(0);
    expect(Math.abs(Number(exit(0).x))).toBe(0);
  });
});
