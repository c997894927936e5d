import { createSafeStorage } from '../lib/safe-storage';

/**
 * Whether a shared-device session is saved on this device, read straight from storage so the
 * start page need not download the counselor store to find out (usually it is not).
 */
export function hasSharedDeviceSession(key = 'careerfit:counselor'): boolean {
  try {
    const raw = createSafeStorage().getItem(key);
    if (!raw) return false;
    const saved = JSON.parse(raw) as { state?: { settings?: { sharedDevice?: unknown } | null } };
    return saved.state?.settings?.sharedDevice === true;
  } catch {
    return false;
  }
}
