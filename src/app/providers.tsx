import { MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

// Animation features load with the quiz (its LazyMotion), not with the start page.
export function Providers({ children }: { children: ReactNode }) {
  return <MotionConfig reducedMotion="user">{children}</MotionConfig>;
}
