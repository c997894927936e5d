import type { Variants } from 'framer-motion';

/** Animation features load after first paint, keeping them out of the initial bundle. */
export const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);

export const questionVariants: Variants = {
  enter: (direction: number) => ({ opacity: 0, x: direction >= 0 ? 40 : -40 }),
  center: { opacity: 1, x: 0, transition: { duration: 0.22, ease: 'easeOut' } },
  exit: (direction: number) => ({
    opacity: 0,
    x: direction >= 0 ? -40 : 40,
    transition: { duration: 0.15, ease: 'easeIn' },
  }),
};

export const fadeUp: Variants = {
  hidden: { opacity: 0, y: 12 },
  shown: { opacity: 1, y: 0, transition: { duration: 0.3, ease: 'easeOut' } },
};
