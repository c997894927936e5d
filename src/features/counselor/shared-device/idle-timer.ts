/** Seconds the "Are you still there?" warning counts down before the device resets. */
export const WARNING_SECONDS = 45;

export interface IdleTimerOptions {
  /** Time without input before the warning shows. */
  idleMs: number;
  /** Length of the warning countdown, in whole seconds. */
  warningSeconds?: number;
  onWarn(secondsLeft: number): void;
  onTick(secondsLeft: number): void;
  onExpire(): void;
}

export interface IdleTimer {
  /** Any input from the student: starts the idle wait again, unless the warning is showing. */
  activity(): void;
  /** "I'm still here": closes the warning and starts the idle wait again. */
  stillHere(): void;
  stop(): void;
  readonly phase: 'watching' | 'warning' | 'stopped';
}

/**
 * Watches for inactivity: after `idleMs` with no `activity()`, warns and counts down; when the
 * countdown ends, expires once and stops. While the warning shows, only `stillHere()` cancels it,
 * so a stray touch cannot hide the warning without the student seeing it.
 */
export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const total = options.warningSeconds ?? WARNING_SECONDS;
  let phase: IdleTimer['phase'] = 'watching';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let left = total;

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const tick = () => {
    left -= 1;
    if (left <= 0) {
      phase = 'stopped';
      timer = undefined;
      options.onExpire();
      return;
    }
    options.onTick(left);
    timer = setTimeout(tick, 1000);
  };
  const warn = () => {
    phase = 'warning';
    left = total;
    options.onWarn(left);
    timer = setTimeout(tick, 1000);
  };
  const watch = () => {
    clear();
    phase = 'watching';
    timer = setTimeout(warn, options.idleMs);
  };

  watch();
  return {
    activity() {
      if (phase === 'watching') watch();
    },
    stillHere() {
      if (phase !== 'stopped') watch();
    },
    stop() {
      clear();
      phase = 'stopped';
    },
    get phase() {
      return phase;
    },
  };
}
