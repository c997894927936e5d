import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedPreview } from '../../../src/features/embed-builder/embed-preview';

const frame = () => screen.getByTitle('CareerFit preview');

describe('EmbedPreview', () => {
  afterEach(() => vi.useRealTimers());

  it('stays inert until the preview is asked for', () => {
    render(<EmbedPreview src="/?embed=1&org=A" height={720} />);
    expect(frame()).toHaveAttribute('inert');
    fireEvent.click(screen.getByRole('button', { name: 'Try the preview' }));
    expect(frame()).not.toHaveAttribute('inert');
    expect(frame()).toHaveFocus();
  });

  it('asked for mid-typing, loads the latest options and stays live once typing settles', () => {
    vi.useFakeTimers();
    const { rerender } = render(<EmbedPreview src="/?embed=1&org=Linc" height={720} />);
    act(() => vi.advanceTimersByTime(400));
    rerender(<EmbedPreview src="/?embed=1&org=Lincoln" height={720} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try the preview' }));
    expect(frame()).toHaveAttribute('src', '/?embed=1&org=Lincoln');
    act(() => vi.advanceTimersByTime(400));
    expect(frame()).not.toHaveAttribute('inert');
    expect(frame()).toHaveAttribute('src', '/?embed=1&org=Lincoln');
  });

  it('turns inert again when an option changes', () => {
    vi.useFakeTimers();
    const { rerender } = render(<EmbedPreview src="/?embed=1&org=A" height={720} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try the preview' }));
    rerender(<EmbedPreview src="/?embed=1&org=B" height={720} />);
    act(() => vi.advanceTimersByTime(400));
    expect(frame()).toHaveAttribute('inert');
    expect(frame()).toHaveAttribute('src', '/?embed=1&org=B');
  });
});
