import type { Variants } from 'framer-motion';

/** Animation features load with the results, keeping them out of the start page and the quiz. */
export const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);

/**
 * The ranking list, once it scrolls into view, grows its bars one after another down the list,
 * so the order reads as it appears. Decorative (each score is text beside its bar);
 * `MotionConfig reducedMotion="user"` makes it instant for students who ask for less motion, and
 * print styles draw every bar at full length.
 */
export const rankingReveal: Variants = {
  hidden: {},
  shown: { transition: { staggerChildren: 0.06 } },
};

/** One bar of the ranking: from nothing to its fit (its width), from the left. */
export const barGrow: Variants = {
  hidden: { scaleX: 0 },
  shown: { scaleX: 1, transition: { duration: 0.5, ease: 'easeOut' } },
};

/** How much of the list must be on screen before it starts (a phone shows about a third). */
export const RANKING_IN_VIEW = 0.25;
