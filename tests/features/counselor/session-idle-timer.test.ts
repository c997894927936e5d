import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from '../../../src/features/counselor/shared-device/idle-timer';

function setup(idleMs = 60_000, warningSeconds = 30) {
  const onWarn = vi.fn();
  const onTick = vi.fn();
  const onExpire = vi.fn();
  const timer = createIdleTimer({ idleMs, warningSeconds, onWarn, onTick, onExpire });
  return { timer, onWarn, onTick, onExpire };
}

describe('createIdleTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('warns after the idle time, counts down, then expires once', () => {
    const { timer, onWarn, onTick, onExpire } = setup();
    vi.advanceTimersByTime(59_999);
    expect(onWarn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onWarn).toHaveBeenCalledWith(30);
    expect(timer.phase).toBe('warning');
    vi.advanceTimersByTime(1000);
    expect(onTick).toHaveBeenLastCalledWith(29);
    vi.advanceTimersByTime(28_000);
    expect(onTick).toHaveBeenLastCalledWith(1);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(timer.phase).toBe('stopped');
    vi.advanceTimersByTime(600_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(onWarn).toHaveBeenCalledTimes(1);
  });

  it('starts the wait again on activity', () => {
    const { timer, onWarn } = setup();
    vi.advanceTimersByTime(50_000);
    timer.activity();
    vi.advanceTimersByTime(50_000);
    expect(onWarn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onWarn).toHaveBeenCalledTimes(1);
  });

  it('ignores ordinary activity during the warning; "still here" cancels it', () => {
    const { timer, onExpire, onWarn } = setup();
    vi.advanceTimersByTime(60_000);
    timer.activity();
    expect(timer.phase).toBe('warning');
    vi.advanceTimersByTime(10_000);
    timer.stillHere();
    expect(timer.phase).toBe('watching');
    vi.advanceTimersByTime(59_000);
    expect(onExpire).not.toHaveBeenCalled();
    expect(onWarn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(onWarn).toHaveBeenCalledTimes(2);
  });

  it('does nothing after stop', () => {
    const { timer, onWarn, onExpire } = setup();
    timer.stop();
    timer.activity();
    vi.advanceTimersByTime(1_000_000);
    expect(onWarn).not.toHaveBeenCalled();
    expect(onExpire).not.toHaveBeenCalled();
  });
});
