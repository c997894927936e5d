import { MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

// Animation features load with the results (their LazyMotion), not with the start page or quiz.
export function Providers({ children }: { children: ReactNode }) {
  return <MotionConfig reducedMotion="user">{children}</MotionConfig>;
}
