import { create } from 'zustand';

/** How long a correct PIN keeps counselor pages open on a shared device. */
export const UNLOCK_MS = 5 * 60_000;

interface DeviceSession {
  /** The current student's first name or initials. Memory only: never saved, gone on reset. */
  studentName: string;
  /** Counselor pages are open until this time (ms since epoch); 0 when locked. */
  unlockedUntil: number;
  setStudentName(name: string): void;
  unlock(now?: number): void;
  lock(): void;
}

/** What this shared device holds for the current student and the counselor, in memory only. */
export const useDeviceSession = create<DeviceSession>()((set) => ({
  studentName: '',
  unlockedUntil: 0,
  setStudentName: (studentName) => set({ studentName }),
  unlock: (now = Date.now()) => set({ unlockedUntil: now + UNLOCK_MS }),
  lock: () => set({ unlockedUntil: 0 }),
}));
