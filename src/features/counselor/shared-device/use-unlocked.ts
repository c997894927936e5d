import { useEffect, useState } from 'react';
import { useDeviceSession } from './device-session';

/** True while a correct PIN is still fresh; flips back by itself when it runs out. */
export function useUnlocked(): boolean {
  const until = useDeviceSession((state) => state.unlockedUntil);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const wait = until - Date.now();
    if (wait <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), wait + 50);
    return () => clearTimeout(timer);
  }, [until]);
  return until > now;
}
