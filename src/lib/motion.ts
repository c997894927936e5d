import type { Variants } from 'framer-motion';

/** Animation features load after first paint, keeping them out of the initial bundle. */
export const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);

/**
 * A step slides in from the side it comes from (direction 1 forward, -1 back). Direction 0 only
 * fades: with reduced motion, MotionConfig makes transforms instant, so a 40px offset would
 * turn into a jump; the quiz passes 0 then.
 */
export const questionVariants: Variants = {
  enter: (direction: number) => ({ opacity: 0, x: 40 * Math.sign(direction) }),
  center: { opacity: 1, x: 0, transition: { duration: 0.22, ease: 'easeOut' } },
};

export const fadeUp: Variants = {
  hidden: { opacity: 0, y: 12 },
  shown: { opacity: 1, y: 0, transition: { duration: 0.3, ease: 'easeOut' } },
};
