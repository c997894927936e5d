import type { Transition } from 'framer-motion';
import { describe, expect, it } from 'vitest';
import { barGrow, rankingReveal } from '../../src/lib/motion';

const shownTransition = (variant: unknown) =>
  (variant as { transition: Transition & { staggerChildren?: number } }).transition;

describe('ranking bar motion', () => {
  it('grows each bar from nothing to its full fit', () => {
    expect(barGrow.hidden).toMatchObject({ scaleX: 0 });
    expect(barGrow.shown).toMatchObject({ scaleX: 1 });
  });

  it('starts each bar a little after the one above it, so the order reads as it appears', () => {
    expect(shownTransition(rankingReveal.shown).staggerChildren).toBeGreaterThan(0);
  });

  it('has the last of eight careers finished within a second', () => {
    const stagger = Number(shownTransition(rankingReveal.shown).staggerChildren);
    const duration = Number(shownTransition(barGrow.shown).duration);
    expect(7 * stagger + duration).toBeLessThanOrEqual(1);
  });
});
